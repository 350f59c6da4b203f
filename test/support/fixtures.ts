import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, mustAt } from '@reg/testkit';

/**
 * A DID on record (D.Lgs. 150/2015 art. 19 c.1), recorded by the person's CPI: L. 68/1999 enrolment (art. 8 c.1
 * "disoccupate") and the pact of service (art. 20) read the status it starts.
 */
export async function declareUnemployment(
  must: (token: string, query: string, variables: Record<string, unknown>) => Promise<unknown>,
  cpi: string,
  personId: string,
  declaredOn: string,
) {
  await must(cpi, 'mutation ($input: DeclareUnemploymentInput!) { declareUnemployment(input: $input) { id } }', {
    input: { personId, declaredOn, reference: `DID-${declaredOn}-${personId.slice(0, 8)}` },
  });
}

/** Builds, through the gateway, the smallest world the cross-subgraph journeys need. */
export async function seedJourney(gatewayUrl: string) {
  const region = await callers.region();
  const must = mustAt(gatewayUrl);
  const provider = async (name: string, kind: 'CPI' | 'ACCREDITED', serviceCodes: string[]) =>
    (
      await must(region, `mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`, {
        input: { name, kind, province: 'MI', municipality: 'F205', serviceCodes, accreditedFrom: '2020-01-01' },
      })
    )['registerProvider'].id as string;
  const cpiId = await provider('CPI Milano', 'CPI', ['1A', '2A', '3A', '4C']);
  const accreditedId = await provider('Cooperativa Sociale Il Ponte', 'ACCREDITED', ['3A', '3Bb', '3Be']);
  const cpi = await callers.cpi('MI', cpiId);
  const accredited = await callers.accredited(accreditedId);

  const personInput = {
    fiscalCode: encodePersonFiscalCode({
      givenName: 'Marta',
      familyName: 'Colombo',
      birthDate: '1987-05-21',
      sex: 'F',
      birthPlaceCode: 'F205',
    }),
    givenName: 'Marta',
    familyName: 'Colombo',
    birthDate: '1987-05-21',
    sex: 'F',
    residenceProvince: 'MI',
    residenceMunicipality: 'F205',
  };
  const personId = (
    await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: personInput,
    })
  )['registerPerson'].id as string;
  await declareUnemployment(must, cpi, personId, '2025-01-02');
  const enrolmentId = (
    await must(cpi, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
      input: {
        personId,
        list: 'DISABILITY',
        submittedOn: '2025-01-15',
        category: 'CIVIL_INVALID',
        invalidityPercent: 67,
      },
    })
  )['submitEnrolment'].id;
  await must(cpi, 'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id } }', {
    input: { enrolmentId, to: 'ACCEPTED', on: '2025-02-01' },
  });
  await must(cpi, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
    input: { personId, providerId: accreditedId, programme: 'DOTE_LAVORO_DISABILITA', startedOn: '2025-02-10' },
  });
  const employerId = (
    await must(cpi, 'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }', {
      input: {
        name: 'Officine Meccaniche Lombarde S.p.A.',
        fiscalCode: '01199250158',
        kind: 'PRIVATE',
        atecoCode: '25.62',
        province: 'MI',
        sites: [{ name: 'Sede', province: 'MI', municipality: 'F205' }],
      },
    })
  )['registerEmployer'].id as string;
  return { cpiId, accreditedId, cpi, accredited, region, personId, personInput, employerId, must };
}
