import { describe, expect, it } from 'vitest';
import { vatCheckDigit } from '@reg/identifiers';
import { callers, errorCode, gql } from '@reg/testkit';
import { useJourneyGraph } from './support/journey-graph.ts';

/**
 * Employers and vacancies in bulk through the gateway (README "Bulk loading"): importEmployers and importVacancies
 * answer each row as registerEmployer and openVacancy would answer it, write the accepted rows, audit each one, and
 * refuse the callers the single mutations refuse.
 */
const world = useJourneyGraph();

const importEmployers =
  'mutation ImportEmployers($rows: [RegisterEmployerInput!]!) { importEmployers(rows: $rows) { index status employer { id fiscalCode sites { id name province } } errors { code field rule } } }';
const importVacancies =
  'mutation ImportVacancies($rows: [OpenVacancyInput!]!) { importVacancies(rows: $rows) { index status vacancy { id title province jobProfile { weeklyHours } } errors { code field rule } } }';

let n = 0;
/** An 11-digit VAT number that passes the check digit, different on each call. */
const vatNumber = () => {
  n += 1;
  const first10 = `${String(5300000 + n).padStart(7, '0')}015`;
  return first10 + vatCheckDigit(first10);
};
const employer = (overrides: Record<string, unknown> = {}) => ({
  name: `Azienda Importata ${n} S.r.l.`,
  fiscalCode: vatNumber(),
  kind: 'PRIVATE',
  atecoCode: '25.62',
  province: 'MI',
  sites: [{ name: 'Stabilimento', province: 'MI', municipality: 'F205' }],
  ...overrides,
});
const jobProfile = (siteId: string) => ({
  tasks: [{ description: 'Montaggio', demands: ['d440'] }],
  weeklyHours: 30,
  contract: 'PERMANENT',
  siteId,
});

describe('importEmployers and importVacancies through the gateway', () => {
  it('accepted employers are written with their sites; rejected rows stop nothing and are not written', async () => {
    const accepted = employer();
    const rows = [
      accepted,
      employer({ fiscalCode: '01234567891' }), // wrong check digit
      employer({ fiscalCode: accepted.fiscalCode }), // twice in one call
      employer({ fiscalCode: '01199250158' }), // already registered (the seeded employer)
      employer({ province: 'BG', sites: [] }), // not present in the CPI's province
      employer({ sites: [] }),
    ];
    const { data, errors } = await gql(world.graph.gatewayUrl, world.cpi, importEmployers, { rows });
    expect(errors).toBeUndefined();
    const results = data!['importEmployers'];
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'CREATED',
    ]);
    expect(results[0].employer).toMatchObject({
      fiscalCode: accepted.fiscalCode,
      sites: [{ id: expect.any(String), name: 'Stabilimento', province: 'MI' }],
    });
    expect(results[1].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'fiscalCode', rule: null }]);
    expect(results[2].errors).toEqual([{ code: 'CONFLICT', field: 'fiscalCode', rule: null }]);
    expect(results[3].errors).toEqual([{ code: 'CONFLICT', field: 'fiscalCode', rule: null }]);
    expect(results[4].errors).toEqual([{ code: 'FORBIDDEN', field: null, rule: 'EMPLOYER_REGISTRAR_PROVINCE' }]);

    const read = await gql(world.graph.gatewayUrl, world.cpi, 'query ($id: ID!) { employer(id: $id) { fiscalCode } }', {
      id: results[0].employer.id,
    });
    expect(read.data!['employer']).toEqual({ fiscalCode: accepted.fiscalCode });
    const list = await gql(world.graph.gatewayUrl, world.region, '{ employers(first: 100) { items { fiscalCode } } }');
    expect(list.errors).toBeUndefined();
    const codes = list.data!['employers'].items.map((e: { fiscalCode: string }) => e.fiscalCode);
    expect(codes).not.toContain(rows[1]!.fiscalCode);
    expect(codes).not.toContain(rows[4]!.fiscalCode);
  });

  it('an employer call sent again is refused row by row as already registered, never written twice', async () => {
    const rows = [employer()];
    const first = await gql(world.graph.gatewayUrl, world.cpi, importEmployers, { rows });
    expect(first.data!['importEmployers'][0].status).toBe('CREATED');
    const again = await gql(world.graph.gatewayUrl, world.cpi, importEmployers, { rows });
    expect(again.data!['importEmployers'][0]).toMatchObject({
      status: 'REJECTED',
      employer: null,
      errors: [{ code: 'CONFLICT', field: 'fiscalCode' }],
    });
  });

  it('vacancies are checked as openVacancy checks them: site, province, employer visible, manager', async () => {
    const { data } = await gql(world.graph.gatewayUrl, world.cpi, importEmployers, {
      rows: [employer({ sites: [{ name: 'Filiale', province: 'MI', municipality: 'F205' }] })],
    });
    const imported = data!['importEmployers'][0].employer;
    const siteId = imported.sites[0].id;
    const base = { employerId: imported.id, province: 'MI', positions: 1, openedOn: '2025-03-01' };
    const rows = [
      { ...base, title: 'Operaio', jobProfile: jobProfile(siteId) },
      { ...base, title: '  ' }, // no title
      { ...base, title: 'Altrove', province: 'BG' }, // the CPI of Milan does not manage a vacancy in Bergamo
      { ...base, title: 'Sconosciuta', employerId: 'no-such-employer' },
      { ...base, title: 'Altro sito', jobProfile: jobProfile('no-such-site') },
      { ...base, title: 'Impiegato' },
    ];
    const result = await gql(world.graph.gatewayUrl, world.cpi, importVacancies, { rows });
    expect(result.errors).toBeUndefined();
    const results = result.data!['importVacancies'];
    expect(results.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'CREATED',
    ]);
    expect(results[0].vacancy).toMatchObject({ title: 'Operaio', province: 'MI', jobProfile: { weeklyHours: 30 } });
    expect(results[1].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'title', rule: null }]);
    expect(results[2].errors).toEqual([{ code: 'FORBIDDEN', field: null, rule: 'VACANCY_MANAGER' }]);
    expect(results[3].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);
    expect(results[4].errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'jobProfile.siteId', rule: null }]);

    // The employer itself may open its own vacancies in bulk; another employer does not see this one (NOT_FOUND).
    const own = await gql(world.graph.gatewayUrl, await callers.employer(imported.id), importVacancies, {
      rows: [{ ...base, title: 'Magazziniere' }],
    });
    expect(own.data!['importVacancies'][0].status).toBe('CREATED');
    const other = await gql(world.graph.gatewayUrl, await callers.employer(world.employerId), importVacancies, {
      rows: [{ ...base, title: 'Magazziniere' }],
    });
    expect(other.data!['importVacancies'][0].errors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null }]);
  });

  it('who may: importEmployers as registerEmployer (CPI, Region), importVacancies as openVacancy (CPI, employer)', async () => {
    const employerRows = [employer()];
    for (const token of [world.accredited, await callers.employer(world.employerId), await callers.dpo()]) {
      expect(errorCode(await gql(world.graph.gatewayUrl, token, importEmployers, { rows: employerRows }))).toBe(
        'FORBIDDEN',
      );
    }
    const byRegion = await gql(world.graph.gatewayUrl, world.region, importEmployers, {
      rows: [employer({ province: 'BG' })],
    });
    expect(byRegion.data!['importEmployers'][0].status).toBe('CREATED');
    const vacancyRows = [
      { employerId: world.employerId, title: 'Operaio', province: 'MI', positions: 1, openedOn: '2025-03-01' },
    ];
    for (const token of [world.accredited, world.region, await callers.dpo()]) {
      expect(errorCode(await gql(world.graph.gatewayUrl, token, importVacancies, { rows: vacancyRows }))).toBe(
        'FORBIDDEN',
      );
    }
    const tooMany = await gql(world.graph.gatewayUrl, world.cpi, importEmployers, {
      rows: Array.from({ length: 201 }, () => employer()),
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('audited: the call ATTEMPT, then a WRITE for each employer and vacancy written', async () => {
    const from = new Date(Date.now() - 1_000).toISOString();
    const employers = await gql(world.graph.gatewayUrl, world.cpi, importEmployers, { rows: [employer()] });
    const imported = employers.data!['importEmployers'][0].employer;
    const vacancies = await gql(world.graph.gatewayUrl, world.cpi, importVacancies, {
      rows: [{ employerId: imported.id, title: 'Operaio', province: 'MI', positions: 1, openedOn: '2025-03-01' }],
    });
    const vacancyId = vacancies.data!['importVacancies'][0].vacancy.id;
    const audit = await gql(
      world.graph.gatewayUrl,
      await callers.dpo(),
      'query ($from: DateTime!, $to: DateTime!) { employersAuditEvents(from: $from, to: $to) { action entity entityId operationName } }',
      { from, to: new Date(Date.now() + 60_000).toISOString() },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!['employersAuditEvents']).toEqual(
      expect.arrayContaining([
        { action: 'ATTEMPT', entity: 'importEmployers', entityId: null, operationName: 'ImportEmployers' },
        { action: 'WRITE', entity: 'Employer', entityId: imported.id, operationName: 'ImportEmployers' },
        { action: 'ATTEMPT', entity: 'importVacancies', entityId: null, operationName: 'ImportVacancies' },
        { action: 'WRITE', entity: 'Vacancy', entityId: vacancyId, operationName: 'ImportVacancies' },
      ]),
    );
  });
});
