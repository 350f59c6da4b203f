import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePersonFiscalCode } from '@reg/identifiers';
import { callers, createTestDatabase, gql, tokenFor, type GraphQLResponse, type TestDatabase } from '@reg/testkit';
import { startGraph, type RunningGraph } from '../../scripts/graph.ts';
import { declareUnemployment } from '../support/fixtures.ts';

/**
 * Disclosure attacks (README, "Aggregates and microdata"; DESIGN.md: suppression holds across everything one caller
 * can obtain; errors carry nothing the caller may not read). A hand-made region: CPI Milano serves 7 people of MI,
 * CPI Torino 3 of TO (1A, 20 minutes, March 2025), so every cell about Turin counts 3 people and is suppressed for
 * the Region. The Region's monitoring token (indicators:read) then tries every endpoint it can call to get the 3 back.
 */
let database: TestDatabase;
let graph: RunningGraph;
const ids = { cpiMI: '', cpiTO: '', people: [] as string[], deliveries: [] as string[], paths: [] as string[] };
const tokens = {} as Record<'region' | 'microdata' | 'dpo' | 'cpiMI' | 'cpiTO' | 'cpiMINoHealth', string>;
const names = [
  'Anna',
  'Bruno',
  'Carla',
  'Dario',
  'Elena',
  'Fabio',
  'Giulia',
  'Luca',
  'Marco',
  'Nadia',
  'Olga',
  'Piero',
  'Quinto',
  'Rita',
];
const startedAt = new Date(Date.now() - 60_000).toISOString();

async function must(token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await gql(graph.gatewayUrl, token, query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!;
}

async function registerPerson(cpi: string, i: number, province: string, municipality: string): Promise<string> {
  const data = {
    givenName: names[i]!,
    familyName: 'Bianchi',
    birthDate: `198${i % 10}-05-1${i % 10}`,
    sex: 'M' as const,
    birthPlaceCode: municipality,
  };
  return (
    await must(cpi, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }', {
      input: {
        fiscalCode: encodePersonFiscalCode(data),
        givenName: data.givenName,
        familyName: data.familyName,
        birthDate: data.birthDate,
        sex: 'M',
        residenceProvince: province,
        residenceMunicipality: municipality,
      },
    })
  )['registerPerson'].id;
}

beforeAll(async () => {
  database = await createTestDatabase();
  graph = await startGraph({ location: database.location, quiet: true });
  tokens.region = await callers.region();
  tokens.dpo = await callers.dpo();
  tokens.microdata = await tokenFor({
    sub: 'statistics@region',
    org: 'region',
    org_kind: 'region',
    scope: 'indicators:read microdata:read',
  });
  const provider = async (name: string, province: string, municipality: string) =>
    (
      await must(
        tokens.region,
        'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
        {
          input: { name, kind: 'CPI', province, municipality, serviceCodes: ['1A'], accreditedFrom: '2020-01-01' },
        },
      )
    )['registerProvider'].id as string;
  ids.cpiMI = await provider('CPI Milano', 'MI', 'F205');
  ids.cpiTO = await provider('CPI Torino', 'TO', 'L219');
  tokens.cpiMI = await callers.cpi('MI', ids.cpiMI);
  tokens.cpiTO = await callers.cpi('TO', ids.cpiTO);
  tokens.cpiMINoHealth = await tokenFor({
    sub: 'desk@cpi-mi',
    org: ids.cpiMI,
    org_kind: 'cpi',
    province: 'MI',
    scope: 'people:read people:write',
  });
  let key = 0;
  const serve = async (cpi: string, personId: string, deliveredOn: string) => {
    const { reportServiceDelivery } = await must(
      cpi,
      'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id path { id } } }',
      {
        input: {
          idempotencyKey: `d${++key}`,
          personId,
          serviceCode: '1A',
          modality: 'INDIVIDUAL_INTERVIEW',
          minutes: 20,
          deliveredOn,
        },
      },
    );
    ids.deliveries.push(reportServiceDelivery.id);
    ids.paths.push(reportServiceDelivery.path.id);
  };
  for (let i = 0; i < 7; i++) {
    const id = await registerPerson(tokens.cpiMI, i, 'MI', 'F205');
    ids.people.push(id);
    await serve(tokens.cpiMI, id, `2025-03-0${i + 1}`);
  }
  for (let i = 7; i < 10; i++) {
    const id = await registerPerson(tokens.cpiTO, i, 'TO', 'L219');
    ids.people.push(id);
    await serve(tokens.cpiTO, id, '2025-03-10');
  }
});

afterAll(async () => {
  await graph?.close();
  await database?.drop();
});

type Cell = {
  period: string;
  province: string | null;
  providerKind: string | null;
  provider: { id: string } | null;
  serviceCode: string | null;
  people: number | null;
  measures: Array<{ name: string; value: number | null }>;
};

async function servicesCells(token: string, query: Record<string, unknown>): Promise<Cell[]> {
  const response = await gql(
    graph.gatewayUrl,
    token,
    `query ($q: IndicatorQuery!) { indicators(query: $q) { services {
    cells { period province providerKind provider { id } serviceCode people measures { name value } } } } }`,
    { q: { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', ...query } },
  );
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data!['indicators'].services.cells;
}

/**
 * The difference attack on one parent and its children: when the parent is shown and exactly one child is hidden,
 * the hidden child is the parent less the shown children. Returns what would be rebuilt, or null.
 */
function rebuiltByDifference(parent: Cell, children: Cell[]): number | null {
  if (parent.people === null) return null;
  const hidden = children.filter((c) => c.people === null);
  if (hidden.length !== 1) return null;
  return parent.people - children.reduce((sum, c) => sum + (c.people ?? 0), 0);
}

describe("the Region's monitoring token (indicators:read, no microdata:read) cannot rebuild a suppressed cell from anything it can call", () => {
  it('the Turin cell is suppressed, and no grouping, period or filter gives it back by difference', async () => {
    const [total] = await servicesCells(tokens.region, {});
    expect(total!.people).toBe(10);
    const byProvince = await servicesCells(tokens.region, { groupBy: ['PROVINCE'] });
    expect(byProvince.find((c) => c.province === 'TO')!.people).toBeNull();
    // Every way of cutting the same year: each is a parent (the year total) and its children.
    const cuts: Array<Record<string, unknown>> = [
      { groupBy: ['PROVINCE'] },
      { groupBy: ['PROVIDER'] },
      { groupBy: ['PROVIDER_KIND'] },
      { groupBy: ['SERVICE'] },
      { groupBy: ['PROVINCE', 'PROVIDER'] },
      { groupBy: ['PROVINCE', 'SERVICE'] },
    ];
    for (const cut of cuts) {
      expect(rebuiltByDifference(total!, await servicesCells(tokens.region, cut)), JSON.stringify(cut)).toBeNull();
    }
    // The months of the year, and the quarters: the same lattice, the same pattern.
    for (const granularity of ['MONTH', 'QUARTER']) {
      const periods = await servicesCells(tokens.region, { granularity });
      expect(rebuiltByDifference(total!, periods), granularity).toBeNull();
      const monthlyByProvince = await servicesCells(tokens.region, { granularity, groupBy: ['PROVINCE'] });
      for (const period of new Set(monthlyByProvince.map((c) => c.period))) {
        const parent = periods.find((c) => c.period === period);
        if (parent)
          expect(
            rebuiltByDifference(
              parent,
              monthlyByProvince.filter((c) => c.period === period),
            ),
            `${granularity} ${period}`,
          ).toBeNull();
      }
    }
    // Filtering on the other province, or on the hidden one, shows nothing more.
    for (const province of ['MI', 'TO']) {
      for (const cell of await servicesCells(tokens.region, { province })) expect(cell.people, province).toBeNull();
    }
    // Turin is one provider: its provider cell is hidden as well.
    const byProvider = await servicesCells(tokens.region, { groupBy: ['PROVIDER'] });
    expect(byProvider.find((c) => c.provider?.id === ids.cpiTO)!.people).toBeNull();
  });

  it("no row-level output: every provider's export is FORBIDDEN naming the microdata scope; lists, records and a provider's deliveries are refused or empty", async () => {
    const exportQuery =
      'query ($providerId: ID!) { deliveriesExport(providerId: $providerId, from: "2025-01-01", to: "2025-12-31") { rowCount csv } }';
    for (const providerId of [ids.cpiMI, ids.cpiTO]) {
      const response = await gql(graph.gatewayUrl, tokens.region, exportQuery, { providerId });
      expect(response.status).toBe(200);
      expect(response.data?.['deliveriesExport'] ?? null).toBeNull();
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'microdata:read' });
    }
    const refused: Array<[string, Record<string, unknown>, (d: Record<string, any>) => unknown]> = [
      ['{ people(first: 100) { items { id } } }', {}, (d) => d['people']],
      ['{ lateEnrolments { id } }', {}, (d) => d['lateEnrolments']],
      ['{ followUpWorklist(on: "2026-01-01") { placement { id } } }', {}, (d) => d['followUpWorklist']],
    ];
    for (const [query, variables, pick] of refused) {
      const response = await gql(graph.gatewayUrl, tokens.region, query, variables);
      expect(pick(response.data ?? {}) ?? null, query).toBeNull();
      expect(response.errors?.[0]?.extensions?.['code'], query).toBe('FORBIDDEN');
    }
    for (const id of ids.deliveries)
      expect(
        (await must(tokens.region, 'query ($id: ID!) { serviceDelivery(id: $id) { id } }', { id }))['serviceDelivery'],
      ).toBeNull();
    for (const id of ids.paths)
      expect(
        (await must(tokens.region, 'query ($id: ID!) { servicePath(id: $id) { id } }', { id }))['servicePath'],
      ).toBeNull();
    for (const id of ids.people)
      expect((await must(tokens.region, 'query ($id: ID!) { person(id: $id) { id } }', { id }))['person']).toBeNull();
    const providers = await gql(graph.gatewayUrl, tokens.region, '{ providers { id deliveries { id } } }');
    const turin = (providers.data!['providers'] as Array<{ id: string; deliveries: unknown[] | null }>).find(
      (p) => p.id === ids.cpiTO,
    )!;
    expect(turin.deliveries ?? []).toEqual([]);
  });
});

describe('the microdata release: a separate scope, for the region kind, audited per release', () => {
  it('with microdata:read the Region gets the pseudonymised rows, which do rebuild the hidden cell: hence a different release', async () => {
    const exported = await must(
      tokens.microdata,
      'query ($p: ID!) { deliveriesExport(providerId: $p, from: "2025-03-01", to: "2025-03-31") { rowCount pseudonymised csv } }',
      { p: ids.cpiTO },
    );
    expect(exported['deliveriesExport']).toMatchObject({ rowCount: 3, pseudonymised: true });
    const rows = parse(exported['deliveriesExport'].csv, { columns: true, delimiter: ';' }) as Array<
      Record<string, string>
    >;
    expect(new Set(rows.map((r) => r['pseudonimo'])).size).toBe(3);
    for (const id of ids.people) expect(exported['deliveriesExport'].csv).not.toContain(id);
  });

  it('each release is one audit row with the provider, the period and the row count, apart from ordinary reads', async () => {
    await must(
      tokens.microdata,
      'query ($p: ID!) { deliveriesExport(providerId: $p, from: "2025-01-01", to: "2025-06-30") { rowCount } }',
      { p: ids.cpiMI },
    );
    const { outcomesAuditEvents } = await must(
      tokens.dpo,
      'query ($from: DateTime!, $to: DateTime!) { outcomesAuditEvents(from: $from, to: $to, first: 200) { action entity entityId fields subject orgKind } }',
      {
        from: startedAt,
        to: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    const releases = (
      outcomesAuditEvents as Array<{
        action: string;
        entity: string;
        entityId: string;
        fields: string[];
        subject: string;
        orgKind: string;
      }>
    ).filter((e) => e.entity === 'DeliveriesExport');
    expect(releases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'READ',
          entityId: ids.cpiTO,
          subject: 'statistics@region',
          orgKind: 'region',
          fields: expect.arrayContaining(['period=2025-03-01/2025-03-31', 'rows=3']),
        }),
        expect.objectContaining({
          action: 'READ',
          entityId: ids.cpiMI,
          subject: 'statistics@region',
          orgKind: 'region',
          fields: expect.arrayContaining(['period=2025-01-01/2025-06-30', 'rows=7']),
        }),
      ]),
    );
    // The refused attempts of the monitoring token released nothing, so they left no release row.
    expect(releases.filter((e) => e.subject !== 'statistics@region')).toEqual([]);
  });

  it('the microdata scope on any other kind is not honoured: an employer or an accredited body with it is still FORBIDDEN', async () => {
    for (const token of [
      await tokenFor({ sub: 'hr@x', org: 'x', org_kind: 'employer', scope: 'microdata:read' }),
      await tokenFor({ sub: 'op@acc', org: 'acc', org_kind: 'accredited', scope: 'microdata:read deliveries:write' }),
    ]) {
      const response = await gql(
        graph.gatewayUrl,
        token,
        'query ($p: ID!) { deliveriesExport(providerId: $p, from: "2025-03-01", to: "2025-03-31") { rowCount } }',
        { p: ids.cpiTO },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(response.data?.['deliveriesExport'] ?? null).toBeNull();
    }
  });
});

describe('health facts never ride on an error the caller may not read; each disclosure is audited with the person', () => {
  const change =
    'mutation ($input: ChangeEnrolmentStatusInput!) { changeEnrolmentStatus(input: $input) { id status } }';
  const enrol = async (personId: string, invalidityPercent: number) => {
    await declareUnemployment(must, tokens.cpiMI, personId, '2025-04-01');
    return (
      await must(tokens.cpiMI, 'mutation ($input: SubmitEnrolmentInput!) { submitEnrolment(input: $input) { id } }', {
        input: {
          personId,
          list: 'DISABILITY',
          submittedOn: '2025-05-01',
          category: 'CIVIL_INVALID',
          invalidityPercent,
        },
      })
    )['submitEnrolment'].id as string;
  };
  const withoutPath = (response: GraphQLResponse) =>
    response.errors?.map(({ message, extensions }) => ({ message, extensions }));

  it('accepting without health:read: FORBIDDEN naming the scope, the same answer for an eligible and an ineligible application', async () => {
    const ineligible = await enrol(await registerPerson(tokens.cpiMI, 10, 'MI', 'F205'), 40);
    const eligible = await enrol(await registerPerson(tokens.cpiMI, 11, 'MI', 'F205'), 80);
    const refusedIneligible = await gql(graph.gatewayUrl, tokens.cpiMINoHealth, change, {
      input: { enrolmentId: ineligible, to: 'ACCEPTED', on: '2025-05-10' },
    });
    const refusedEligible = await gql(graph.gatewayUrl, tokens.cpiMINoHealth, change, {
      input: { enrolmentId: eligible, to: 'ACCEPTED', on: '2025-05-10' },
    });
    expect(refusedIneligible.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'health:read' });
    expect(withoutPath(refusedIneligible)).toEqual(withoutPath(refusedEligible));
    const text = JSON.stringify(refusedIneligible.errors);
    for (const leak of ['failures', 'ELIGIBLE', '45', '40', 'CIVIL_INVALID', 'invalid'])
      expect(text).not.toContain(leak);
  });

  it("with health:read the failures are given, and that read of the eligibility is audited with the person's id", async () => {
    const personId = await registerPerson(tokens.cpiMI, 12, 'MI', 'F205');
    const enrolmentId = await enrol(personId, 40);
    const from = new Date(Date.now() - 1000).toISOString();
    const refused = await gql(graph.gatewayUrl, tokens.cpiMI, change, {
      input: { enrolmentId, to: 'ACCEPTED', on: '2025-05-10' },
    });
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'ENROLMENT_NOT_ELIGIBLE',
      failures: ['L68_ART1_CIVIL_INVALID_OVER_45'],
    });
    const { auditEvents } = await must(
      tokens.dpo,
      'query ($id: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $id, from: $from, to: $to) { action entity entityId fields subject } }',
      {
        id: personId,
        from,
        to: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(auditEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'READ',
          entity: 'Enrolment',
          entityId: enrolmentId,
          fields: ['eligibility'],
          subject: `operator@${ids.cpiMI}`,
        }),
      ]),
    );
  });

  it('a refused attempt without the scope read nothing: no eligibility read is in the audit for it', async () => {
    const personId = await registerPerson(tokens.cpiMI, 13, 'MI', 'F205');
    const enrolmentId = await enrol(personId, 40);
    await gql(graph.gatewayUrl, tokens.cpiMINoHealth, change, {
      input: { enrolmentId, to: 'ACCEPTED', on: '2025-05-10' },
    });
    const { auditEvents } = await must(
      tokens.dpo,
      'query ($id: ID, $from: DateTime!, $to: DateTime!) { auditEvents(personId: $id, from: $from, to: $to) { action entity subject } }',
      {
        id: personId,
        from: startedAt,
        to: new Date(Date.now() + 60_000).toISOString(),
      },
    );
    expect(
      (auditEvents as Array<{ action: string; entity: string; subject: string }>).filter(
        (e) => e.action === 'READ' && e.subject === 'desk@cpi-mi',
      ),
    ).toEqual([]);
  });
});
