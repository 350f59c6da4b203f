import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsIssued } from '@reg/db';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, createTestDatabase, errorCode, gql, type TestDatabase } from '@reg/testkit';
import { buildCatalogue } from '@reg/catalogue';
import { buildPeople } from './server.ts';

let database: TestDatabase;
const closers: Array<() => Promise<void>> = [];
let url: string;
let catalogueUrl: string;
let providerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const catalogue = await buildCatalogue({ location: database.location });
  const catalogueRunning = await catalogue.server.listen(0);
  catalogueUrl = catalogueRunning.url;
  const people = await buildPeople({ location: database.location, catalogueUrl });
  const running = await people.server.listen(0);
  url = running.url;
  closers.push(running.close, people.database.close, catalogueRunning.close, catalogue.database.close);
  const { data } = await gql(
    catalogueUrl,
    await callers.region(),
    `mutation { registerProvider(input: { name: "Ente Lavoro Milano", kind: ACCREDITED, province: "MI", serviceCodes: ["3A", "3Bb"], accreditedFrom: "2020-01-01" }) { id } }`,
  );
  providerId = data!['registerProvider'].id;
});

afterAll(async () => {
  for (const close of closers) await close();
  await database.drop();
});

const person = (
  givenName: string,
  familyName: string,
  birthDate = '1990-04-12',
  sex: 'F' | 'M' = 'F',
  province = 'MI',
) => ({
  fiscalCode: encodePersonFiscalCode({ givenName, familyName, birthDate, sex, birthPlaceCode: 'F205' }),
  givenName,
  familyName,
  birthDate,
  sex,
  residenceProvince: province,
  residenceMunicipality: 'F205',
});

const registerPerson = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id fiscalCode residenceProvince } }`;

async function register(input: ReturnType<typeof person>, token?: string) {
  return gql(url, token ?? (await callers.cpi(input.residenceProvince)), registerPerson, { input });
}

describe('people subgraph', () => {
  it('a CPI operator registers a person with a valid fiscal code (D.M. 23/12/1976)', async () => {
    const input = person('Giulia', 'Bianchi');
    const { data, errors } = await register(input);
    expect(errors).toBeUndefined();
    expect(data!['registerPerson']).toMatchObject({ fiscalCode: input.fiscalCode, residenceProvince: 'MI' });
  });

  it('a wrong check character is BAD_USER_INPUT on input.fiscalCode and writes nothing', async () => {
    const input = person('Anna', 'Verdi');
    const wrong = input.fiscalCode.slice(0, 15) + (input.fiscalCode.endsWith('A') ? 'B' : 'A');
    const response = await register({ ...input, fiscalCode: wrong });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0]!.extensions!['field']).toBe('input.fiscalCode');
    const lookup = await gql(
      url,
      await callers.cpi('MI'),
      `query ($f: String!) { personByFiscalCode(fiscalCode: $f) { id } }`,
      { f: input.fiscalCode },
    );
    expect(lookup.data!['personByFiscalCode']).toBeNull();
  });

  it('a fiscal code of someone else (name or birth date do not match) is BAD_USER_INPUT', async () => {
    const input = person('Marco', 'Neri', '1985-01-01', 'M');
    expect(errorCode(await register({ ...input, birthDate: '1985-01-02' }))).toBe('BAD_USER_INPUT');
  });

  it('fiscal codes looked up together (a batch of an importer) cost the statements of one', async () => {
    const inputs = [person('Elena', 'Ricci'), person('Paolo', 'Conti', '1970-02-03', 'M'), person('Irene', 'Fabbri')];
    const ids: string[] = [];
    for (const input of inputs) ids.push((await register(input)).data!['registerPerson'].id as string);
    const unknown = person('Nessuno', 'Registrato').fiscalCode;
    const token = await callers.cpi('MI');
    const lookUp = async (codes: readonly string[]) => {
      const query = `query (${codes.map((_, i) => `$f${i}: String!`).join(', ')}) { ${codes
        .map((_, i) => `f${i}: personByFiscalCode(fiscalCode: $f${i}) { id }`)
        .join(' ')} }`;
      const started = statementsIssued();
      const { data, errors } = await gql(url, token, query, Object.fromEntries(codes.map((c, i) => [`f${i}`, c])));
      expect(errors).toBeUndefined();
      return { statements: statementsIssued() - started, ids: codes.map((_, i) => data![`f${i}`]?.id ?? null) };
    };
    const one = await lookUp([inputs[0]!.fiscalCode]);
    const many = await lookUp([...inputs.map((i) => i.fiscalCode.toLowerCase()), unknown]);
    expect(one.ids).toEqual([ids[0]]);
    expect(many.ids).toEqual([...ids, null]);
    expect(many.statements).toBe(one.statements);
  });

  it('the same fiscal code twice is CONFLICT', async () => {
    const input = person('Sara', 'Gallo');
    await register(input);
    expect(errorCode(await register(input))).toBe('CONFLICT');
  });

  it('a CPI of another province can neither register nor see the person', async () => {
    const input = person('Luca', 'Moretti', '1979-09-30', 'M');
    expect(errorCode(await register(input, await callers.cpi('BG')))).toBe('FORBIDDEN');
    const { data } = await register(input);
    const seen = await gql(url, await callers.cpi('BG'), `query ($id: ID!) { person(id: $id) { id } }`, {
      id: data!['registerPerson'].id,
    });
    expect(seen.data!['person']).toBeNull();
  });

  it('the Region cannot list named people', async () => {
    expect(errorCode(await gql(url, await callers.region(), '{ people { items { id } } }'))).toBe('FORBIDDEN');
  });

  it('pages people by name with an opaque cursor', async () => {
    const cpi = await callers.cpi('LO');
    for (const name of ['Amato', 'Barbieri', 'Costa', 'De Luca', 'Esposito'])
      await register(person('Paola', name, '1970-02-02', 'F', 'LO'));
    const first = await gql(url, cpi, '{ people(first: 2) { items { familyName } nextCursor } }');
    expect(first.data!['people'].items.map((p: { familyName: string }) => p.familyName)).toEqual(['Amato', 'Barbieri']);
    const second = await gql(
      url,
      cpi,
      'query ($after: String) { people(first: 10, after: $after) { items { familyName } nextCursor } }',
      { after: first.data!['people'].nextCursor },
    );
    expect(second.data!['people'].items.map((p: { familyName: string }) => p.familyName)).toEqual([
      'Costa',
      'De Luca',
      'Esposito',
    ]);
    expect(second.data!['people'].nextCursor).toBeNull();
    expect(errorCode(await gql(url, cpi, '{ people(first: 101) { items { id } } }'))).toBe('BAD_USER_INPUT');
  });

  describe('enrolment (seed 001; L. 241/1990 art. 10-bis)', () => {
    const submit = `mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id status province } }`;
    const declare = `mutation ($input: DeclareUnemploymentInput!) { declareUnemployment(input: $input) { id } }`;
    const change = `mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status decidedOn history { from to by reason } } }`;

    it('moves only along allowed transitions and records who and why', async () => {
      const cpi = await callers.cpi('MI');
      const { data } = await register(person('Elena', 'Ricci', '1988-06-15'));
      const personId = data!['registerPerson'].id;
      await gql(url, cpi, declare, { input: { personId, declaredOn: '2025-02-01', reference: 'DID-1' } });
      const submitted = await gql(url, cpi, submit, {
        input: {
          personId,
          list: 'DISABILITY',
          submittedOn: '2025-03-01',
          category: 'WORK_INVALID',
          invalidityPercent: 40,
        },
      });
      const enrolmentId = submitted.data!['submitEnrolment'].id;
      expect(submitted.data!['submitEnrolment']).toMatchObject({ status: 'SUBMITTED', province: 'MI' });

      const noReason = await gql(url, cpi, change, { input: { enrolmentId, to: 'PRE_REJECTED', on: '2025-03-10' } });
      expect(noReason.errors![0]!.extensions).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'ENROLMENT_REASON_REQUIRED',
      });

      const preRejected = await gql(url, cpi, change, {
        input: { enrolmentId, to: 'PRE_REJECTED', on: '2025-03-10', reason: 'Missing invalidity certificate' },
      });
      expect(preRejected.data!['changeEnrolmentStatus'].status).toBe('PRE_REJECTED');
      const accepted = await gql(url, cpi, change, { input: { enrolmentId, to: 'ACCEPTED', on: '2025-03-25' } });
      expect(accepted.data!['changeEnrolmentStatus']).toMatchObject({ status: 'ACCEPTED', decidedOn: '2025-03-25' });
      expect(accepted.data!['changeEnrolmentStatus'].history.map((h: { to: string }) => h.to)).toEqual([
        'SUBMITTED',
        'PRE_REJECTED',
        'ACCEPTED',
      ]);
      expect(accepted.data!['changeEnrolmentStatus'].history[1]).toMatchObject({
        from: 'SUBMITTED',
        by: 'operator@cpi-mi',
        reason: 'Missing invalidity certificate',
      });

      const back = await gql(url, cpi, change, { input: { enrolmentId, to: 'SUBMITTED', on: '2025-04-01' } });
      expect(back.errors![0]!.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ENROLMENT_TRANSITION' });
      expect(
        errorCode(
          await gql(url, cpi, submit, {
            input: {
              personId,
              list: 'DISABILITY',
              submittedOn: '2025-05-01',
              category: 'WORK_INVALID',
              invalidityPercent: 40,
            },
          }),
        ),
      ).toBe('CONFLICT');
    });

    it('an unknown person is NOT_FOUND', async () => {
      expect(
        errorCode(
          await gql(url, await callers.cpi('MI'), submit, {
            input: {
              personId: 'no-such-person',
              list: 'ART18',
              submittedOn: '2025-03-01',
              category: 'REPATRIATED_REFUGEE',
            },
          }),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  describe('take-in-charge', () => {
    const take = `mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id active programme provider { id } person { id } } }`;

    it('a CPI assigns a person to an accredited body, which then sees the person; one active per programme', async () => {
      const input = person('Chiara', 'Fontana', '1992-11-03');
      const { data } = await register(input);
      const personId = data!['registerPerson'].id;
      const accredited = await callers.accredited(providerId);
      expect(
        (await gql(url, accredited, 'query ($id: ID!) { person(id: $id) { id } }', { id: personId })).data!['person'],
      ).toBeNull();

      const taken = await gql(url, await callers.cpi('MI'), take, {
        input: { personId, providerId, programme: 'DOTE_LAVORO_DISABILITA', startedOn: '2025-02-01' },
      });
      expect(taken.errors).toBeUndefined();
      expect(taken.data!['takeInCharge']).toMatchObject({ active: true, provider: { id: providerId } });
      expect(
        (await gql(url, accredited, 'query ($id: ID!) { person(id: $id) { id } }', { id: personId })).data!['person'],
      ).toEqual({ id: personId });

      const again = await gql(url, accredited, take, {
        input: { personId, programme: 'DOTE_LAVORO_DISABILITA', startedOn: '2025-02-02', fiscalCode: input.fiscalCode },
      });
      expect(errorCode(again)).toBe('CONFLICT');
    });

    it('an accredited body needs the fiscal code, and an unknown provider is NOT_FOUND', async () => {
      const input = person('Franco', 'Rinaldi', '1966-03-08', 'M');
      const { data } = await register(input);
      const personId = data!['registerPerson'].id;
      const accredited = await callers.accredited(providerId);
      expect(
        errorCode(
          await gql(url, accredited, take, { input: { personId, programme: 'DOTE', startedOn: '2025-01-10' } }),
        ),
      ).toBe('NOT_FOUND');
      const ok = await gql(url, accredited, take, {
        input: { personId, programme: 'DOTE', startedOn: '2025-01-10', fiscalCode: input.fiscalCode },
      });
      expect(ok.data!['takeInCharge'].active).toBe(true);
      const unknownProvider = await gql(url, await callers.cpi('MI'), take, {
        input: { personId, providerId: 'no-such-provider', programme: 'OTHER', startedOn: '2025-01-10' },
      });
      expect(errorCode(unknownProvider)).toBe('NOT_FOUND');
    });
  });
});
