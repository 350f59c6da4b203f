import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vatCheckDigit } from '@reg/identifiers';
import { callers, errorCode, gql, type GraphQLResponse } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { seedJourney } from './support/fixtures.ts';

/**
 * Services to employers (seed 003, area 4, 4A-4E) through the gateway: reported by the CPI of the employer's province
 * or an accredited body accredited for the service, checked against the catalogue's bounds, seen by the employer, its
 * CPI and the provider, and counted in the Region's indicators with employers as the disclosure unit.
 */
let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
let otherEmployerId: string;
let accreditedFor4E: string;
let accreditedFor4EId: string;

const H = 60;
const report = `mutation ($input: ReportEmployerServiceDeliveryInput!) {
  reportEmployerServiceDelivery(input: $input) { id minutes modality redundantWorkers serviceStandard { code } employer { id } provider { id } }
}`;
const call = (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
  gql(graph.gatewayUrl, token, query, variables);
const refusal = (r: GraphQLResponse) => [errorCode(r), r.errors?.[0]?.extensions?.['rule'] ?? null];

let vat = 0;
const registerEmployer = async (name: string, province = 'MI') => {
  vat += 1;
  const first10 = `${String(5100000 + vat).padStart(7, '0')}015`;
  return (
    await world.must(
      world.cpi,
      'mutation ($input: RegisterEmployerInput!) { registerEmployer(input: $input) { id } }',
      {
        input: {
          name,
          fiscalCode: first10 + vatCheckDigit(first10),
          kind: 'PRIVATE',
          atecoCode: '25.62',
          province,
          sites: [{ name: 'Sede', province, municipality: province === 'MI' ? 'F205' : 'A794' }],
        },
      },
    )
  )['registerEmployer'].id as string;
};

const relocation = (employerId: string, key: string, minutes: number, worker = 'ESUBERO-001') => ({
  input: {
    idempotencyKey: key,
    employerId,
    serviceCode: '4E',
    deliveredOn: '2025-06-20',
    minutes,
    sessions: 8,
    modality: 'INDIVIDUAL_INTERVIEW',
    outputs: ['JOB_PLACEMENT'],
    redundantWorkers: [worker],
  },
});

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  otherEmployerId = await registerEmployer('Tessiture Brianza S.r.l.');
  accreditedFor4EId = (
    await world.must(
      world.region,
      'mutation { registerProvider(input: { name: "Agenzia Ricollocazione", kind: ACCREDITED, province: "MI", serviceCodes: ["4B", "4E"], accreditedFrom: "2020-01-01" }) { id } }',
    )
  )['registerProvider'].id;
  accreditedFor4E = await callers.accredited(accreditedFor4EId);
});

afterAll(() => graph?.[Symbol.asyncDispose]());

let deliveryId: string;

describe('services to employers through the gateway (seed 003, area 4)', () => {
  it("4E: the CPI of the employer's province reports 16 hours of interviews with one redundant worker (seed 003: 15-20 h)", async () => {
    const { reportEmployerServiceDelivery: row } = await world.must(
      world.cpi,
      report,
      relocation(world.employerId, 'es-4e-1', 16 * H),
    );
    expect(row).toMatchObject({
      minutes: 16 * H,
      modality: 'INDIVIDUAL_INTERVIEW',
      redundantWorkers: ['ESUBERO-001'],
      serviceStandard: { code: '4E' },
      employer: { id: world.employerId },
      provider: { id: world.cpiId },
    });
    deliveryId = row.id;
  });

  it('a retry with the same key returns the same report; the same key for another report is CONFLICT', async () => {
    const again = await world.must(world.cpi, report, relocation(world.employerId, 'es-4e-1', 16 * H));
    expect(again['reportEmployerServiceDelivery'].id).toBe(deliveryId);
    expect(refusal(await call(world.cpi, report, relocation(world.employerId, 'es-4e-1', 17 * H)))).toEqual([
      'CONFLICT',
      null,
    ]);
  });

  it('4E: 20 h 1 min for one worker is over the maximum of 20 h, 14 h 59 min under the minimum of 15 h (seed 003)', async () => {
    const over = await call(world.cpi, report, relocation(world.employerId, 'es-4e-over', 20 * H + 1, 'ESUBERO-002'));
    expect(refusal(over)).toEqual(['RULE_VIOLATION', 'PATH_MAX_MINUTES']);
    expect(over.errors?.[0]?.extensions).toMatchObject({ bound: 20 * H, actual: 20 * H + 1, serviceCode: '4E' });
    const under = await call(world.cpi, report, relocation(world.employerId, 'es-4e-under', 15 * H - 1, 'ESUBERO-002'));
    expect(refusal(under)).toEqual(['RULE_VIOLATION', 'PATH_MIN_MINUTES']);
  });

  it('4E: the bound is per worker, so the same worker is not relocated twice for the same employer (seed 003)', async () => {
    expect(refusal(await call(world.cpi, report, relocation(world.employerId, 'es-4e-twice', 15 * H)))).toEqual([
      'RULE_VIOLATION',
      'REDUNDANT_WORKER_ALREADY_SERVED',
    ]);
  });

  it('the employer sees its own services; another employer, another province and the Region do not', async () => {
    const query = 'query ($id: ID!) { employerServiceDelivery(id: $id) { id minutes } }';
    const own = await call(await callers.employer(world.employerId), query, { id: deliveryId });
    expect(own.data?.['employerServiceDelivery']).toEqual({ id: deliveryId, minutes: 16 * H });
    const listed = await call(
      await callers.employer(world.employerId),
      'query ($id: ID!) { employer(id: $id) { serviceDeliveries { id serviceStandard { code } } } }',
      { id: world.employerId },
    );
    expect(listed.data?.['employer']?.serviceDeliveries).toEqual([{ id: deliveryId, serviceStandard: { code: '4E' } }]);
    for (const token of [
      await callers.employer(otherEmployerId),
      await callers.cpi('BG'),
      world.region,
      world.accredited,
    ]) {
      const answer = await call(token, query, { id: deliveryId });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.['employerServiceDelivery']).toBeNull();
    }
  });

  it('a CPI of another province cannot report for the employer; an accredited body only for the services it is accredited for', async () => {
    expect(
      refusal(await call(await callers.cpi('BG'), report, relocation(world.employerId, 'es-bg', 16 * H, 'E-BG'))),
    ).toEqual(['FORBIDDEN', 'EMPLOYER_PROVINCE']);
    expect(
      refusal(await call(world.accredited, report, relocation(world.employerId, 'es-acc', 16 * H, 'E-ACC'))),
    ).toEqual(['RULE_VIOLATION', 'PROVIDER_NOT_ACCREDITED']);
    const accepted = await call(accreditedFor4E, report, relocation(otherEmployerId, 'es-acc-ok', 18 * H, 'T-7'));
    expect(accepted.errors).toBeUndefined();
    const id = accepted.data?.['reportEmployerServiceDelivery'].id;
    // The reporting body and the CPI of the employer's province see it.
    for (const token of [accreditedFor4E, world.cpi, await callers.employer(otherEmployerId)]) {
      const seen = await call(token, 'query ($id: ID!) { employerServiceDelivery(id: $id) { id } }', { id });
      expect(seen.data?.['employerServiceDelivery']).toEqual({ id });
    }
  });

  it('an employer that does not exist is NOT_FOUND; a service to people is not an employer service', async () => {
    expect(refusal(await call(world.cpi, report, relocation('no-such-employer', 'es-none', 16 * H)))).toEqual([
      'NOT_FOUND',
      null,
    ]);
    const toPeople = await call(world.cpi, report, {
      input: {
        idempotencyKey: 'es-3a',
        employerId: world.employerId,
        serviceCode: '3A',
        deliveredOn: '2025-06-20',
        minutes: 50,
        modality: 'INDIVIDUAL_INTERVIEW',
      },
    });
    expect(refusal(toPeople)).toEqual(['RULE_VIOLATION', 'TARGET_GROUP']);
  });

  it('the Region sees employer services only as indicators: a cell of fewer than 5 employers is suppressed, one of 5 or more is not', async () => {
    // Five more employers of Milan get a 4B consultancy in 2024 (seed 003: 2-10 h): 5 employers served in 2024.
    for (let i = 0; i < 5; i += 1) {
      const employerId = await registerEmployer(`Consulenza ${i} S.r.l.`);
      await world.must(world.cpi, report, {
        input: {
          idempotencyKey: `es-4b-${i}`,
          employerId,
          serviceCode: '4B',
          deliveredOn: `2024-0${i + 3}-10`,
          minutes: 3 * H,
          sessions: 2,
          modality: 'EMPLOYER_CONSULTING',
        },
      });
    }
    const indicators = `query ($q: IndicatorQuery!) { indicators(query: $q) { employerServices {
      definition cells { period province serviceCode people suppressed suppression measures { name value } } } } }`;
    const region = await call(world.region, indicators, {
      q: { from: '2024-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy: ['PROVINCE'] },
    });
    expect(region.errors).toBeUndefined();
    const family = region.data?.['indicators'].employerServices;
    expect(family.definition).toContain('EMPLOYERS');
    const cell = (period: string) => family.cells.find((c: { period: string }) => c.period === period);
    // 2024: five employers of MI served: published.
    expect(cell('2024')).toMatchObject({
      province: 'MI',
      people: 5,
      suppressed: false,
      measures: [
        { name: 'deliveries', value: 5 },
        { name: 'hours', value: 15 },
      ],
    });
    // 2025: two employers (the CPI's 4E and the accredited body's): fewer than 5, suppressed.
    expect(cell('2025')).toMatchObject({ province: 'MI', people: null, suppressed: true, suppression: 'PRIMARY' });
    // The CPI of the province reads its own figures unsuppressed.
    const cpi = await call(world.cpi, indicators, {
      q: { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy: ['SERVICE'] },
    });
    const byService = cpi.data?.['indicators'].employerServices.cells;
    expect(byService).toEqual([expect.objectContaining({ serviceCode: '4E', people: 2, suppressed: false })]);
    // Employers read no indicators.
    expect(
      errorCode(
        await call(await callers.employer(world.employerId), indicators, {
          q: { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR' },
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

const indicators4E = async () => {
  const answer = await call(
    world.cpi,
    `query ($q: IndicatorQuery!) { indicators(query: $q) { employerServices { cells { serviceCode people measures { name value } } } } }`,
    { q: { from: '2025-01-01', to: '2025-12-31', granularity: 'YEAR', groupBy: ['SERVICE'] } },
  );
  const cell = answer.data?.['indicators'].employerServices.cells.find(
    (c: { serviceCode: string }) => c.serviceCode === '4E',
  );
  return {
    people: cell.people,
    ...Object.fromEntries(cell.measures.map((m: { name: string; value: number }) => [m.name, m.value])),
  };
};

// After the indicators above: the withdrawals and the batch change 2025's figures.
describe('a report made in error is withdrawn, then reported again (append-only)', () => {
  const cancel = `mutation ($input: CancelEmployerServiceDeliveryInput!) {
    cancelEmployerServiceDelivery(input: $input) { id minutes cancellation { reason cancelledBy cancelledByOrganisation cancelledAt } }
  }`;
  const withdraw = (reason = 'Ore registrate per il lavoratore sbagliato') => ({ input: { deliveryId, reason } });

  it('only the reporter or the CPI of the employer province withdraws; the employer sees but may not; others do not know it', async () => {
    expect(errorCode(await call(await callers.employer(world.employerId), cancel, withdraw()))).toBe('FORBIDDEN');
    expect(errorCode(await call(await callers.cpi('BG'), cancel, withdraw()))).toBe('NOT_FOUND');
    expect(errorCode(await call(accreditedFor4E, cancel, withdraw()))).toBe('NOT_FOUND');
    expect(errorCode(await call(world.cpi, cancel, withdraw(' ')))).toBe('BAD_USER_INPUT');
  });

  it('the CPI withdraws its 4E report: it stays with its cancellation, a retry answers the same, another reason is CONFLICT', async () => {
    expect(await indicators4E()).toEqual({ people: 2, deliveries: 2, hours: 34 });
    const { cancelEmployerServiceDelivery: row } = await world.must(world.cpi, cancel, withdraw());
    expect(row).toMatchObject({
      id: deliveryId,
      minutes: 16 * H,
      cancellation: {
        reason: 'Ore registrate per il lavoratore sbagliato',
        cancelledBy: `operator@${world.cpiId}`,
        cancelledByOrganisation: world.cpiId,
      },
    });
    const again = await world.must(world.cpi, cancel, withdraw());
    expect(again['cancelEmployerServiceDelivery'].cancellation).toEqual(row.cancellation);
    expect(errorCode(await call(world.cpi, cancel, withdraw('Altro motivo')))).toBe('CONFLICT');
    // The employer still sees the report, withdrawn; a retry of the original report answers it as it is.
    const seen = await call(
      await callers.employer(world.employerId),
      'query ($id: ID!) { employerServiceDelivery(id: $id) { id cancellation { reason } } }',
      { id: deliveryId },
    );
    expect(seen.data?.['employerServiceDelivery'].cancellation).toEqual({
      reason: 'Ore registrate per il lavoratore sbagliato',
    });
    const retried = await world.must(world.cpi, report, relocation(world.employerId, 'es-4e-1', 16 * H));
    expect(retried['reportEmployerServiceDelivery'].id).toBe(deliveryId);
  });

  it('a withdrawn report counts nowhere: not in the indicators, not against the 4E per-worker bound (seed 003, 4E)', async () => {
    expect(await indicators4E()).toEqual({ people: 1, deliveries: 1, hours: 18 });
    const fixed = await world.must(world.cpi, report, relocation(world.employerId, 'es-4e-1-fix', 17 * H));
    expect(fixed['reportEmployerServiceDelivery']).toMatchObject({
      redundantWorkers: ['ESUBERO-001'],
      minutes: 17 * H,
    });
    expect(await indicators4E()).toEqual({ people: 2, deliveries: 2, hours: 35 });
    // The corrected report serves the worker again: a third one is refused.
    expect(refusal(await call(world.cpi, report, relocation(world.employerId, 'es-4e-third', 15 * H)))).toEqual([
      'RULE_VIOLATION',
      'REDUNDANT_WORKER_ALREADY_SERVED',
    ]);
  });
});

describe('many reports at once (reportEmployerServiceDeliveries): the single report checks, a result per row', () => {
  const batch = `mutation ($rows: [ReportEmployerServiceDeliveryInput!]!) {
    reportEmployerServiceDeliveries(rows: $rows) { index idempotencyKey status delivery { id minutes redundantWorkers } errors { code rule field } }
  }`;
  const consulting = (key: string, employerId = otherEmployerId) => ({
    idempotencyKey: key,
    employerId,
    serviceCode: '4B',
    deliveredOn: '2025-07-01',
    minutes: 3 * H,
    sessions: 2,
    modality: 'EMPLOYER_CONSULTING',
  });
  const rows = () => [
    consulting('es-batch-4b'),
    relocation(otherEmployerId, 'es-batch-over', 20 * H + 1, 'T-8').input,
    // T-7 was relocated by this body's single report above.
    relocation(otherEmployerId, 'es-batch-t7', 16 * H, 'T-7').input,
    consulting('es-batch-none', 'no-such-employer'),
    relocation(otherEmployerId, 'es-batch-t9', 16 * H, 'T-9').input,
    // The same worker in a later row of the batch: refused like a second call.
    relocation(otherEmployerId, 'es-batch-t9-again', 17 * H, 'T-9').input,
    // The same key twice: the second is the first's retry.
    consulting('es-batch-4b'),
  ];
  const summary = (results: Array<{ status: string; errors: Array<{ code: string; rule: string | null }> }>) =>
    results.map((r) => [r.status, r.errors[0]?.code ?? null, r.errors[0]?.rule ?? null]);

  it('a rejected row stops nothing; each row says why; a batch sent again answers every written row as DUPLICATE', async () => {
    const first = (await world.must(accreditedFor4E, batch, { rows: rows() }))['reportEmployerServiceDeliveries'];
    expect(summary(first)).toEqual([
      ['CREATED', null, null],
      ['REJECTED', 'RULE_VIOLATION', 'PATH_MAX_MINUTES'],
      ['REJECTED', 'RULE_VIOLATION', 'REDUNDANT_WORKER_ALREADY_SERVED'],
      ['REJECTED', 'NOT_FOUND', null],
      ['CREATED', null, null],
      ['REJECTED', 'RULE_VIOLATION', 'REDUNDANT_WORKER_ALREADY_SERVED'],
      ['DUPLICATE', null, null],
    ]);
    expect(first[6].delivery.id).toBe(first[0].delivery.id);
    expect(first[4].delivery).toMatchObject({ minutes: 16 * H, redundantWorkers: ['T-9'] });
    const again = (await world.must(accreditedFor4E, batch, { rows: rows() }))['reportEmployerServiceDeliveries'];
    expect(summary(again).map(([status]) => status)).toEqual([
      'DUPLICATE',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'DUPLICATE',
      'REJECTED',
      'DUPLICATE',
    ]);
    expect(again[4].delivery.id).toBe(first[4].delivery.id);
    // The same key for another report is CONFLICT in its row.
    const reused = (
      await world.must(accreditedFor4E, batch, { rows: [{ ...consulting('es-batch-4b'), minutes: 4 * H }] })
    )['reportEmployerServiceDeliveries'];
    expect(summary(reused)).toEqual([['REJECTED', 'CONFLICT', null]]);
  });

  it('the same access as the single report: a CPI of another province, an employer; at most 500 rows per call', async () => {
    const bg = (await world.must(await callers.cpi('BG'), batch, { rows: [consulting('es-batch-bg')] }))[
      'reportEmployerServiceDeliveries'
    ];
    expect(summary(bg)).toEqual([['REJECTED', 'FORBIDDEN', 'EMPLOYER_PROVINCE']]);
    expect(
      errorCode(await call(await callers.employer(world.employerId), batch, { rows: [consulting('es-batch-emp')] })),
    ).toBe('FORBIDDEN');
    const many = Array.from({ length: 501 }, (_, i) => consulting(`es-batch-many-${i}`));
    expect(errorCode(await call(accreditedFor4E, batch, { rows: many }))).toBe('BAD_USER_INPUT');
  });
});
