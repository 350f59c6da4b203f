import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsIssued } from '@reg/db';
import { callers, fieldOf, gql, tokenFor, type GraphQLResponse } from '@reg/testkit';
import { startTestGraph, type TestGraph } from './support/graph.ts';
import { seedJourney } from './support/fixtures.ts';

let graph: TestGraph;
let world: Awaited<ReturnType<typeof seedJourney>>;
/** An accredited body for orientation (2Bb) and accompaniment (3Bc), with the same person in charge. */
let orientation: string;
let supervisor: string;

const H = 60;

beforeAll(async () => {
  graph = await startTestGraph();
  world = await seedJourney(graph.gatewayUrl);
  const { registerProvider } = await world.must(
    world.region,
    'mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }',
    {
      input: {
        name: 'Centro Bilancio Competenze',
        kind: 'ACCREDITED',
        province: 'MI',
        serviceCodes: ['2Bb', '3Bc'],
        accreditedFrom: '2020-01-01',
      },
    },
  );
  orientation = await callers.accredited(registerProvider.id);
  await world.must(world.cpi, 'mutation ($input: TakeInChargeInput!) { takeInCharge(input: $input) { id } }', {
    input: { personId: world.personId, providerId: registerProvider.id, programme: 'GOL', startedOn: '2025-02-10' },
  });
  supervisor = await tokenFor({
    sub: 'supervisor@cpi-mi',
    org: world.cpiId,
    org_kind: 'cpi',
    province: 'MI',
    scope: 'people:read people:write deliveries:override',
  });
});

afterAll(() => graph?.[Symbol.asyncDispose]());

const reportMutation = `mutation ($input: ReportServiceDeliveryInput!) {
  reportServiceDelivery(input: $input) { id minutes sessions sessionMinutes path { id status totalMinutes totalSessions } overrides { rule bound actual reason overriddenBy } }
}`;
const closeMutation = `mutation ($input: CloseServicePathInput!) {
  closeServicePath(input: $input) { id status closedOn totalMinutes totalSessions overrides { rule bound actual reason overriddenBy } deliveries { id } }
}`;
const batchMutation = `mutation ($rows: [ReportServiceDeliveryInput!]!) {
  reportServiceDeliveries(rows: $rows) { index idempotencyKey status delivery { id minutes } errors { code message field rule } }
}`;

let keys = 0;
const key = (prefix: string) => `${prefix}-${++keys}`;
const report = (token: string, input: Record<string, unknown>) =>
  gql(graph.gatewayUrl, token, reportMutation, {
    input: { personId: world.personId, idempotencyKey: key('r'), ...input },
  });
const close = (token: string, pathId: string, extra: Record<string, unknown> = {}) =>
  gql(graph.gatewayUrl, token, closeMutation, { input: { pathId, closedOn: '2025-10-01', ...extra } });
const violation = (response: GraphQLResponse) => {
  const error = response.errors?.[0];
  expect(error?.extensions?.['code'], JSON.stringify(response.errors)).toBe('RULE_VIOLATION');
  const { rule, bound, actual, serviceCode, modality } = error!.extensions as Record<string, unknown>;
  return { rule, bound, actual, serviceCode, modality };
};
const ok = fieldOf;

describe('3A: individual sessions of 45-60 minutes, 3 to 4 of them (seed 003)', () => {
  const interview = (minutes: number[], deliveredOn: string) =>
    report(world.accredited, {
      serviceCode: '3A',
      modality: 'INDIVIDUAL_INTERVIEW',
      sessionMinutes: minutes,
      deliveredOn,
    });

  it('3A: sessions of 45 and 60 minutes pass, 61 and 44 are refused naming the rule and the bound (seed 003)', async () => {
    const first = ok(await interview([45, 60], '2025-03-03'), 'reportServiceDelivery');
    expect(first).toMatchObject({
      minutes: 105,
      sessions: 2,
      sessionMinutes: [45, 60],
      path: { status: 'OPEN', totalMinutes: 105, totalSessions: 2 },
    });
    expect(violation(await interview([61], '2025-03-10'))).toEqual({
      rule: 'SESSION_MAX_MINUTES',
      bound: 60,
      actual: 61,
      serviceCode: '3A',
      modality: 'INDIVIDUAL_INTERVIEW',
    });
    expect(violation(await interview([44], '2025-03-10'))).toMatchObject({
      rule: 'SESSION_MIN_MINUTES',
      bound: 45,
      actual: 44,
    });
  });

  it('3A: a path closed with 2 sessions is under the minimum of 3 (seed 003)', async () => {
    const { data } = await gql(
      graph.gatewayUrl,
      world.accredited,
      'query ($id: ID!) { person(id: $id) { deliveries { path { id totalSessions } } } }',
      { id: world.personId },
    );
    const pathId = data!['person'].deliveries[0].path.id as string;
    expect(violation(await close(world.accredited, pathId))).toEqual({
      rule: 'PATH_MIN_SESSIONS',
      bound: 3,
      actual: 2,
      serviceCode: '3A',
      modality: 'INDIVIDUAL_INTERVIEW',
    });
  });

  it('3A: a fifth session is over the maximum of 4; the fourth reaches it exactly and the path closes (seed 003)', async () => {
    ok(await interview([50], '2025-03-17'), 'reportServiceDelivery');
    expect(violation(await interview([50, 50], '2025-03-24'))).toEqual({
      rule: 'PATH_MAX_SESSIONS',
      bound: 4,
      actual: 5,
      serviceCode: '3A',
      modality: 'INDIVIDUAL_INTERVIEW',
    });
    const fourth = ok(await interview([55], '2025-03-24'), 'reportServiceDelivery');
    expect(fourth.path).toMatchObject({ totalSessions: 4, totalMinutes: 210 });
    const closed = ok(await close(world.accredited, fourth.path.id), 'closeServicePath');
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2025-10-01', totalSessions: 4, overrides: [] });
    expect(closed.deliveries).toHaveLength(3);
    expect((await close(world.accredited, fourth.path.id)).errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('3A: after closing, the next report opens a new path', async () => {
    const next = ok(await interview([50], '2025-10-06'), 'reportServiceDelivery');
    expect(next.path).toMatchObject({ status: 'OPEN', totalSessions: 1 });
  });
});

describe('2Bb: 15-18 hours within at most two months (seed 003)', () => {
  const assessment = (minutes: number, deliveredOn: string, sessions = 1) =>
    report(orientation, {
      serviceCode: '2Bb',
      modality: 'COMPETENCE_ASSESSMENT_PATH',
      minutes,
      sessions,
      deliveredOn,
      outputs: ['COMPETENCE_DOSSIER'],
    });

  it('2Bb: 18 h is the maximum (seed 003), one minute more is refused, 30 April is within two months of 1 March', async () => {
    const first = ok(await assessment(15 * H, '2025-03-01', 5), 'reportServiceDelivery');
    ok(await assessment(3 * H, '2025-04-30'), 'reportServiceDelivery');
    expect(violation(await assessment(1, '2025-04-30'))).toEqual({
      rule: 'PATH_MAX_MINUTES',
      bound: 18 * H,
      actual: 18 * H + 1,
      serviceCode: '2Bb',
      modality: 'COMPETENCE_ASSESSMENT_PATH',
    });
    const closed = ok(await close(orientation, first.path.id, { closedOn: '2025-05-02' }), 'closeServicePath');
    expect(closed).toMatchObject({ status: 'CLOSED', totalMinutes: 18 * H });
  });

  it('2Bb "massimo 2 mesi" (seed 003): two calendar months from 5 May end on 5 July; 6 July is past them', async () => {
    ok(await assessment(10 * H, '2025-05-05', 4), 'reportServiceDelivery');
    expect(violation(await assessment(H, '2025-07-06'))).toEqual({
      rule: 'PATH_MAX_SPAN',
      bound: 2,
      actual: 3,
      serviceCode: '2Bb',
      modality: 'COMPETENCE_ASSESSMENT_PATH',
    });
  });

  it('2Bb: a path closed at 14 h 59 min is under the minimum of 15 h (seed 003); 5 July (61 days) is still within the two months', async () => {
    const more = ok(await assessment(5 * H - 1, '2025-07-05'), 'reportServiceDelivery');
    expect(more.path.totalMinutes).toBe(15 * H - 1);
    expect(violation(await close(orientation, more.path.id))).toEqual({
      rule: 'PATH_MIN_MINUTES',
      bound: 15 * H,
      actual: 15 * H - 1,
      serviceCode: '2Bb',
      modality: 'COMPETENCE_ASSESSMENT_PATH',
    });
  });

  it('an output the service cannot produce is bad input (seed 003)', async () => {
    const response = await report(orientation, {
      serviceCode: '2Bb',
      modality: 'COMPETENCE_ASSESSMENT_PATH',
      minutes: 60,
      deliveredOn: '2025-08-01',
      outputs: ['INTERNSHIP_CERTIFICATE'],
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outputs' });
  });
});

describe('3Bc: at most 50 hours (seed 003)', () => {
  it('3Bc: 50 h is the maximum, 50 h and one minute is refused (seed 003)', async () => {
    const tutoring = (minutes: number, deliveredOn: string) =>
      report(orientation, {
        serviceCode: '3Bc',
        modality: 'INTERVIEWS_MEETINGS_AND_TUTORING',
        minutes,
        sessions: 10,
        deliveredOn,
      });
    ok(await tutoring(30 * H, '2025-03-01'), 'reportServiceDelivery');
    const exact = ok(await tutoring(20 * H, '2025-06-01'), 'reportServiceDelivery');
    expect(exact.path.totalMinutes).toBe(50 * H);
    expect(violation(await tutoring(1, '2025-06-02'))).toMatchObject({
      rule: 'PATH_MAX_MINUTES',
      bound: 50 * H,
      actual: 50 * H + 1,
      serviceCode: '3Bc',
    });
  });
});

describe('overrides by a CPI supervisor', () => {
  const overReport = (
    token: string,
    reason = 'Agreed with the social services: the person needed a longer first meeting',
  ) =>
    report(token, {
      serviceCode: '3A',
      modality: 'INDIVIDUAL_INTERVIEW',
      sessionMinutes: [75],
      deliveredOn: '2025-04-01',
      override: { reason },
    });

  it('an accredited body, or a CPI operator without the scope, cannot override', async () => {
    expect((await overReport(world.accredited)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await overReport(world.cpi)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it("a supervisor's override lets the report through and is visible on the delivery with who and why", async () => {
    const delivery = ok(await overReport(supervisor), 'reportServiceDelivery');
    expect(delivery.minutes).toBe(75);
    expect(delivery.overrides).toEqual([
      {
        rule: 'SESSION_MAX_MINUTES',
        bound: 60,
        actual: 75,
        reason: expect.stringContaining('social services'),
        overriddenBy: 'supervisor@cpi-mi',
      },
    ]);
  });

  it('a path closed under the minimum with an override records it on the path', async () => {
    const { data } = await gql(
      graph.gatewayUrl,
      supervisor,
      'query ($id: ID!) { person(id: $id) { deliveries { path { id status provider { id } } } } }',
      { id: world.personId },
    );
    const own = data!['person'].deliveries.find(
      (d: { path: { status: string; provider: { id: string } } | null }) =>
        d.path?.provider.id === world.cpiId && d.path.status === 'OPEN',
    );
    const closed = ok(
      await close(supervisor, own.path.id, {
        override: { reason: 'The person found a job after the first interview' },
      }),
      'closeServicePath',
    );
    expect(closed.status).toBe('CLOSED');
    expect(closed.overrides).toEqual([
      {
        rule: 'SESSION_MAX_MINUTES',
        bound: 60,
        actual: 75,
        reason: expect.any(String),
        overriddenBy: 'supervisor@cpi-mi',
      },
      {
        rule: 'PATH_MIN_SESSIONS',
        bound: 3,
        actual: 1,
        reason: 'The person found a job after the first interview',
        overriddenBy: 'supervisor@cpi-mi',
      },
    ]);
  });
});

describe('opening a path explicitly', () => {
  const open = `mutation ($input: OpenServicePathInput!) { openServicePath(input: $input) { id status openedOn totalMinutes } }`;

  it('3Be: a path opened before its first session; the report joins it; a second opening is CONFLICT; closing checks the 20 h minimum (seed 003)', async () => {
    const input = {
      personId: world.personId,
      serviceCode: '3Be',
      modality: 'INTERVIEWS_TRAINING_ACCOMPANIMENT',
      openedOn: '2025-02-15',
    };
    const path = ok(await gql(graph.gatewayUrl, world.accredited, open, { input }), 'openServicePath');
    expect(path).toMatchObject({ status: 'OPEN', openedOn: '2025-02-15', totalMinutes: 0 });
    expect((await gql(graph.gatewayUrl, world.accredited, open, { input })).errors?.[0]?.extensions?.['code']).toBe(
      'CONFLICT',
    );
    const delivery = ok(
      await report(world.accredited, {
        serviceCode: '3Be',
        modality: 'INTERVIEWS_TRAINING_ACCOMPANIMENT',
        minutes: 10 * H,
        sessions: 4,
        deliveredOn: '2025-03-01',
      }),
      'reportServiceDelivery',
    );
    expect(delivery.path).toMatchObject({ id: path.id, totalMinutes: 10 * H });
    const { data } = await gql(
      graph.gatewayUrl,
      world.accredited,
      'query ($id: ID!) { person(id: $id) { servicePaths(status: OPEN) { id serviceStandard { code } } } }',
      { id: world.personId },
    );
    expect(data!['person'].servicePaths.map((p: { id: string }) => p.id)).toContain(path.id);
    expect(violation(await close(world.accredited, path.id))).toEqual({
      rule: 'PATH_MIN_MINUTES',
      bound: 20 * H,
      actual: 10 * H,
      serviceCode: '3Be',
      modality: 'INTERVIEWS_TRAINING_ACCOMPANIMENT',
    });
  });

  it('a path for a service the provider is not accredited for is refused like a report', async () => {
    const input = {
      personId: world.personId,
      serviceCode: '2Bb',
      modality: 'COMPETENCE_ASSESSMENT_PATH',
      openedOn: '2025-02-15',
    };
    expect(violation(await gql(graph.gatewayUrl, world.accredited, open, { input })).rule).toBe(
      'PROVIDER_NOT_ACCREDITED',
    );
  });
});

describe('batch reporting', () => {
  const row = (idempotencyKey: string, change: Record<string, unknown> = {}) => ({
    idempotencyKey,
    personId: world.personId,
    serviceCode: '3Bc',
    modality: 'INTERVIEWS_MEETINGS_AND_TUTORING',
    minutes: 60,
    deliveredOn: '2025-09-01',
    ...change,
  });
  const count = async () => {
    const { data } = await gql(
      graph.gatewayUrl,
      orientation,
      'query ($id: ID!) { person(id: $id) { deliveries { id } } }',
      { id: world.personId },
    );
    return data!['person'].deliveries.length as number;
  };
  /** The orientation body's open 3Bc path for the person. */
  const open3Bc = async (): Promise<{ id: string; totalMinutes: number }> => {
    const { data } = await gql(
      graph.gatewayUrl,
      orientation,
      'query ($id: ID!) { person(id: $id) { deliveries { serviceStandard { code } path { id status totalMinutes } } } }',
      { id: world.personId },
    );
    return data!['person'].deliveries.find(
      (d: { serviceStandard: { code: string }; path: { status: string } }) =>
        d.serviceStandard.code === '3Bc' && d.path.status === 'OPEN',
    ).path;
  };

  it('a result per row: created, duplicate, rejected with reasons; a rejected row stops nothing; a retried batch creates nothing', async () => {
    // A fresh 3Bc path: the previous one is full (50 h), so it is closed first.
    ok(await close(orientation, (await open3Bc()).id), 'closeServicePath');

    const rows = [
      row('batch-a'),
      row('batch-b', { modality: 'TELEPATHY' }),
      row('batch-c', { personId: 'no-such-person' }),
      row('batch-d', { minutes: 50 * H }),
      row('batch-a'),
      row('batch-e', { serviceCode: '1A', modality: 'INDIVIDUAL_INTERVIEW', minutes: 20 }),
      row('batch-f', { minutes: 120 }),
    ];
    const before = await count();
    const first = ok(await gql(graph.gatewayUrl, orientation, batchMutation, { rows }), 'reportServiceDeliveries');
    expect(first.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'DUPLICATE',
      'REJECTED',
      'CREATED',
    ]);
    expect(first[1].errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'modality', rule: null, message: expect.stringContaining('TELEPATHY') },
    ]);
    expect(first[2].errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    // 60 minutes already on the path: 3000 more is past the 50 hours of 3Bc.
    expect(first[3].errors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PATH_MAX_MINUTES' });
    expect(first[4].delivery.id).toBe(first[0].delivery.id);
    expect(first[5].errors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PROVIDER_NOT_ACCREDITED' });
    expect(await count()).toBe(before + 2);

    const retried = ok(await gql(graph.gatewayUrl, orientation, batchMutation, { rows }), 'reportServiceDeliveries');
    expect(retried.map((r: { status: string }) => r.status)).toEqual([
      'DUPLICATE',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'DUPLICATE',
      'REJECTED',
      'DUPLICATE',
    ]);
    expect(retried[6].delivery.id).toBe(first[6].delivery.id);
    expect(await count()).toBe(before + 2);
  });

  it('a key reused for a different report is rejected with CONFLICT, the stored one untouched', async () => {
    const [result] = ok(
      await gql(graph.gatewayUrl, orientation, batchMutation, { rows: [row('batch-a', { minutes: 61 })] }),
      'reportServiceDeliveries',
    );
    expect(result).toMatchObject({ status: 'REJECTED', errors: [{ code: 'CONFLICT', field: 'idempotencyKey' }] });
  });

  it('at most 500 rows per call: 501 is BAD_USER_INPUT and writes nothing', async () => {
    const before = await count();
    const rows = Array.from({ length: 501 }, (_, i) => row(`too-many-${i}`));
    const response = await gql(graph.gatewayUrl, orientation, batchMutation, { rows });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
    expect(await count()).toBe(before);
  });

  it('3Bc at most 50 h (seed 003): a batch mixing accepted, refused, repeated and retried rows is answered as row after row', async () => {
    const open = await open3Bc();
    const room = 50 * H - open.totalMinutes;
    expect(room).toBeGreaterThan(120);
    const rows = [
      row('mix-1'),
      row('mix-2', { minutes: room - 60 + 1 }),
      row('mix-1'),
      row('mix-1', { minutes: 61 }),
      row('batch-a'),
      row('mix-3', { minutes: room - 60 }),
      row('mix-4', { minutes: 1 }),
      row('mix-5', { deliveredOn: '2999-01-01' }),
    ];
    const before = await count();
    const result = ok(await gql(graph.gatewayUrl, orientation, batchMutation, { rows }), 'reportServiceDeliveries');
    expect(result.map((r: { status: string }) => r.status)).toEqual([
      'CREATED',
      'REJECTED',
      'DUPLICATE',
      'REJECTED',
      'DUPLICATE',
      'CREATED',
      'REJECTED',
      'REJECTED',
    ]);
    // One minute past the room left after mix-1: refused alone, adding nothing, so mix-3 fills the path exactly.
    expect(result[1].errors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PATH_MAX_MINUTES' });
    expect(result[2].delivery.id).toBe(result[0].delivery.id);
    expect(result[3].errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'idempotencyKey' })]);
    expect(result[4].delivery.minutes).toBe(60);
    expect(result[6].errors[0]).toMatchObject({ code: 'RULE_VIOLATION', rule: 'PATH_MAX_MINUTES' });
    expect(result[7].errors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count()).toBe(before + 2);
    const { data: after } = await gql(
      graph.gatewayUrl,
      orientation,
      'query ($id: ID!) { serviceDelivery(id: $id) { path { id totalMinutes } } }',
      { id: result[5].delivery.id },
    );
    expect(after!['serviceDelivery'].path).toEqual({ id: open.id, totalMinutes: 50 * H });
  });

  it('SQL statements per batch do not grow with its rows: 3 rows and 30 rows cost the same', async () => {
    // 1A reception (seed 003) has no bound over the path, so every row is accepted onto one path.
    const rows = (tag: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        idempotencyKey: `${tag}-${i}`,
        personId: world.personId,
        serviceCode: '1A',
        modality: 'SELF_CONSULTATION_SPACE',
        minutes: 20,
        deliveredOn: '2025-09-02',
      }));
    const statementsFor = async (tag: string, n: number) => {
      const started = statementsIssued();
      const result = ok(
        await gql(graph.gatewayUrl, world.cpi, batchMutation, { rows: rows(tag, n) }),
        'reportServiceDeliveries',
      );
      expect(result.map((r: { status: string }) => r.status)).toEqual(Array(n).fill('CREATED'));
      return statementsIssued() - started;
    };
    await statementsFor('warm', 2);
    const small = await statementsFor('small', 3);
    const large = await statementsFor('large', 30);
    expect(large).toBe(small);
  });

  it('the same batch sent twice at once: each row is written once, the other answer is its DUPLICATE, the path counts it once', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      idempotencyKey: `twice-${i}`,
      personId: world.personId,
      serviceCode: '1A',
      modality: 'SELF_CONSULTATION_SPACE',
      minutes: 20,
      deliveredOn: '2025-09-03',
    }));
    const send = async () =>
      ok(await gql(graph.gatewayUrl, world.cpi, batchMutation, { rows }), 'reportServiceDeliveries') as Array<{
        status: string;
        delivery: { id: string };
      }>;
    const pathOf = async (id: string) =>
      (
        await gql(
          graph.gatewayUrl,
          world.cpi,
          'query ($id: ID!) { serviceDelivery(id: $id) { path { totalMinutes } } }',
          {
            id,
          },
        )
      ).data!['serviceDelivery'].path.totalMinutes as number;
    const warm = await gql(graph.gatewayUrl, world.cpi, batchMutation, {
      rows: [{ ...rows[0]!, idempotencyKey: 'twice-warm' }],
    });
    const before = await pathOf(fieldOf(warm, 'reportServiceDeliveries')[0].delivery.id);
    const [a, b] = await Promise.all([send(), send()]);
    for (let i = 0; i < rows.length; i++) {
      expect([a[i]!.status, b[i]!.status].sort()).toEqual(['CREATED', 'DUPLICATE']);
      expect(a[i]!.delivery.id).toBe(b[i]!.delivery.id);
    }
    expect(await pathOf(a[0]!.delivery.id)).toBe(before + 10 * 20);
  });
});
