import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, type mustAt } from '@reg/testkit';
import { declareUnemployment } from './fixtures.ts';

type Must = ReturnType<typeof mustAt>;

/**
 * The hand-made region of the indicator suites: CPI Milano (MI), CPI Torino (TO), accredited body A (MI) and
 * accredited body B (MI, nobody in charge), with the builders each suite uses to add its people, takes-in-charge
 * and deliveries. Every suite states its own data on top, so the expected numbers can be counted by hand.
 */
export async function createIndicatorsRegion(
  must: Must,
  options: { year: number; familyName: string; sex: 'F' | 'M'; birthMonth: string; keyPrefix: string },
) {
  const { year, familyName, sex, birthMonth, keyPrefix } = options;
  const region = await callers.region();
  const provider = async (name: string, kind: string, province: string, municipality: string) =>
    (
      await must(region, 'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }', {
        input: { name, kind, province, municipality, serviceCodes: ['1A'], accreditedFrom: '2020-01-01' },
      })
    )['registerProvider'].id as string;
  const ids = {
    cpiMI: await provider('CPI Milano', 'CPI', 'MI', 'F205'),
    cpiTO: await provider('CPI Torino', 'CPI', 'TO', 'L219'),
    accA: await provider('Ente A', 'ACCREDITED', 'MI', 'F205'),
    accB: await provider('Ente B', 'ACCREDITED', 'MI', 'F205'),
  };
  const tokens = {
    region,
    dpo: await callers.dpo(),
    cpiMI: await callers.cpi('MI', ids.cpiMI),
    cpiTO: await callers.cpi('TO', ids.cpiTO),
    accA: await callers.accredited(ids.accA),
    accB: await callers.accredited(ids.accB),
  };

  /** Person number `i`, resident in the province, enrolled on 15 January and accepted on 1 February of the year. */
  const person = async (cpi: string, i: number, givenName: string, province: string, municipality: string) => {
    const data = { givenName, familyName, birthDate: `198${i}-${birthMonth}-1${i}`, sex, birthPlaceCode: municipality };
    const id = (
      await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
        input: {
          fiscalCode: encodePersonFiscalCode(data),
          givenName,
          familyName,
          birthDate: data.birthDate,
          sex,
          residenceProvince: province,
          residenceMunicipality: municipality,
        },
      })
    )['registerPerson'].id as string;
    await declareUnemployment(must, cpi, id, `${year}-01-15`);
    const enrolment = (
      await must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
        input: {
          personId: id,
          list: 'DISABILITY',
          submittedOn: `${year}-01-15`,
          category: 'CIVIL_INVALID',
          invalidityPercent: 67,
        },
      })
    )['submitEnrolment'].id;
    await must(cpi, 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
      input: { enrolmentId: enrolment, to: 'ACCEPTED', on: `${year}-02-01` },
    });
    return id;
  };

  /**
   * Body A takes the person in charge on 10 February (GOL programme), asked by CPI Milano, with the rest of the
   * take-in-charge's definition (DOMAIN.md Monitoring) recorded that day: assessment, basic orientation, signed pact.
   */
  const takeInChargeByA = async (personId: string) => {
    const day = `${year}-02-10`;
    await must(tokens.cpiMI, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
      input: { personId, providerId: ids.accA, programme: 'GOL', startedOn: day },
    });
    const inputs = {
      age: 40,
      sex: 'F',
      citizenship: 'IT',
      educationLevel: 'Diploma',
      province: 'MI',
      monthsSearching: 6,
      monthsEmployedLastFiveYears: 30,
      householdSize: 1,
    };
    await must(
      tokens.cpiMI,
      'mutation ($input: QuantitativeProfilingInput!) { recordQuantitativeProfiling(input: $input) { version } }',
      { input: { personId, score: 0.4, computedOn: day, inputs } },
    );
    await must(
      tokens.cpiMI,
      'mutation ($input: QualitativeProfilingInput!) { recordQualitativeProfiling(input: $input) { version } }',
      { input: { personId, assessedOn: day, needs: ['Orientamento'], barriers: [] } },
    );
    const pact = await must(
      tokens.cpiMI,
      'mutation ($input: ServicePactInput!) { saveServicePact(input: $input) { id } }',
      {
        input: {
          personId,
          responsibleOperator: 'Anna Ferri',
          employabilityProfile: 'Bassa distanza',
          searchActs: [{ act: 'Due candidature', timing: 'ogni mese' }],
          contactFrequency: 'Ogni 30 giorni',
          searchProof: 'Copia delle candidature',
          availableForWorkshops: true,
          availableForTraining: true,
          availableForSuitableOffers: true,
        },
      },
    );
    await must(
      tokens.cpiMI,
      'mutation ($id: ID!, $on: Date!) { signServicePact(pactId: $id, signedOn: $on) { status } }',
      { id: pact['saveServicePact'].id, on: day },
    );
  };

  let key = 0;
  /** A 20-minute 1A interview; answers the path it opened or joined. */
  const report = async (token: string, personId: string, deliveredOn: string) =>
    (
      await must(
        token,
        'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id path { id } } }',
        {
          input: {
            idempotencyKey: `${keyPrefix}${++key}`,
            personId,
            serviceCode: '1A',
            modality: 'INDIVIDUAL_INTERVIEW',
            minutes: 20,
            deliveredOn,
          },
        },
      )
    )['reportServiceDelivery'].path.id as string;

  return { ids, tokens, person, takeInChargeByA, report };
}
