import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@reg/auth';
import { createLogger } from '@reg/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@reg/testkit';
import type { Context } from '../context.ts';
import type { OutcomesRemote, RemoteStandard } from '../remote/index.ts';
import { buildOutcomes } from '../server.ts';
import { reportEmployerServices } from './report-employer-service.ts';

let database: TestDatabase;
let outcomes: Awaited<ReturnType<typeof buildOutcomes>>;

beforeAll(async () => {
  database = await createTestDatabase();
  outcomes = await buildOutcomes({ location: database.location, logger: createLogger('outcomes', 'silent') });
});

afterAll(async () => {
  await outcomes?.database.close();
  await database?.drop();
});

/** 4B needs consultancy (seed 003): 2 to 10 hours over the whole service. */
const consulting = {
  code: '4B',
  targetGroup: 'EMPLOYERS',
  modalities: [
    {
      code: 'EMPLOYER_CONSULTING',
      minutesScope: 'PATH',
      minMinutes: 120,
      maxMinutes: 600,
      minSessions: null,
      maxSessions: null,
      maxSpanMonths: null,
    },
  ],
  outputs: [],
  catalogueVersion: { id: 'v-2013' },
} as unknown as RemoteStandard;

const cpi: Identity = {
  subject: 'op@cpi-mi',
  organisation: 'cpi-mi',
  orgKind: 'cpi',
  province: 'MI',
  scopes: [],
} as unknown as Identity;

/** The facts' owners as the batch sees them, counting how often they are asked and for what. */
function countingRemote() {
  const asked: Array<{ employers: readonly string[]; standards: number }> = [];
  const remote = {
    async employerServiceFacts(_identity, _provider, employerIds, standards) {
      asked.push({ employers: employerIds, standards: standards.length });
      return {
        employers: new Map(
          employerIds.filter((id) => id !== 'missing').map((id) => [id, { id, province: 'MI' }] as const),
        ),
        standards: new Map(standards.map((s) => [`${s.code}|${s.on}`, { standard: consulting, accredited: false }])),
      };
    },
  } as Pick<OutcomesRemote, 'employerServiceFacts'> as OutcomesRemote;
  return { asked, remote };
}

const row = (key: string, employerId: string, minutes = 180) => ({
  idempotencyKey: key,
  employerId,
  serviceCode: '4B',
  deliveredOn: '2025-07-01',
  minutes,
  modality: 'EMPLOYER_CONSULTING',
});

describe('the employer services batch: the single report checks, the facts asked once', () => {
  it('one ask to employers and catalogue for the batch, none for a row refused by its shape; each row its own outcome', async () => {
    const { asked, remote } = countingRemote();
    const ctx = { identity: cpi, stores: outcomes.stores, remote } as unknown as Context;
    const rows = [
      row('b-1', 'emp-1'),
      row('b-2', 'emp-2'),
      row('b-3', 'emp-1', 601), // 10 h 1 min: over 4B's 10 h (seed 003)
      row('b-4', 'missing'),
      row('b-5', 'emp-2', 600), // at the bound
      { ...row('b-6', 'emp-3'), deliveredOn: '2999-01-01' }, // not yet delivered: refused before any ask
    ];
    const outcomesOf = await reportEmployerServices(ctx, rows);
    expect(outcomesOf.map((o) => (o.status === 'REJECTED' ? o.problems[0]!.code : o.status))).toEqual([
      'CREATED',
      'CREATED',
      'RULE_VIOLATION',
      'NOT_FOUND',
      'CREATED',
      'BAD_USER_INPUT',
    ]);
    expect(asked).toEqual([{ employers: ['emp-1', 'emp-2', 'emp-1', 'missing', 'emp-2'], standards: 5 }]);
    // Sent again: every written row is a retry answered from the store, and nothing new is asked for them.
    const again = await reportEmployerServices(ctx, [rows[0]!, rows[1]!, rows[4]!]);
    expect(again.map((o) => o.status)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect(asked).toHaveLength(1);
  });
});

/** 4E redundant workers' relocation (seed 003): a group interview of 25 to 30 hours, two or more workers. */
const relocation = {
  ...consulting,
  code: '4E',
  modalities: [
    {
      code: 'GROUP_INTERVIEW',
      minutesScope: 'PATH',
      minMinutes: 1500,
      maxMinutes: 1800,
      minSessions: null,
      maxSessions: null,
      maxSpanMonths: null,
    },
  ],
} as unknown as RemoteStandard;

describe('a 4E batch sent again while the first call was still writing', () => {
  const relocationRemote = {
    async employerServiceFacts(_identity, _provider, employerIds, standards) {
      return {
        employers: new Map(employerIds.map((id) => [id, { id, province: 'MI' }] as const)),
        standards: new Map(standards.map((s) => [`${s.code}|${s.on}`, { standard: relocation, accredited: false }])),
      };
    },
  } as Pick<OutcomesRemote, 'employerServiceFacts'> as OutcomesRemote;
  const group = (key: string, workers: string[], minutes = 1500) => ({
    idempotencyKey: key,
    employerId: 'emp-4e',
    serviceCode: '4E',
    deliveredOn: '2025-07-01',
    minutes,
    modality: 'GROUP_INTERVIEW',
    redundantWorkers: workers,
  });
  /** The retry's read of the stored keys came before the first call committed: it found none. */
  const racing = () => {
    const stores = outcomes.stores;
    const employerServices = { ...stores.employerServices, byKeys: async () => [] };
    return { identity: cpi, stores: { ...stores, employerServices }, remote: relocationRemote } as unknown as Context;
  };

  it('answers the retry DUPLICATE with the stored report, not refused for the workers it served itself', async () => {
    const ctx = { identity: cpi, stores: outcomes.stores, remote: relocationRemote } as unknown as Context;
    const [first] = await reportEmployerServices(ctx, [group('g-1', ['W-1', 'W-2'])]);
    expect(first!.status).toBe('CREATED');
    const [again] = await reportEmployerServices(racing(), [group('g-1', ['W-1', 'W-2'])]);
    expect(again!.status).toBe('DUPLICATE');
    expect(again!.status !== 'REJECTED' && first!.status !== 'REJECTED' && again!.row.id).toBe(
      first!.status !== 'REJECTED' && first!.row.id,
    );
  });

  it('still refuses a worker served by another report, and the same key with another report', async () => {
    const outcomesOf = await reportEmployerServices(racing(), [
      group('g-2', ['W-1', 'W-3']),
      group('g-1', ['W-1', 'W-2'], 1560),
    ]);
    expect(outcomesOf.map((o) => (o.status === 'REJECTED' ? o.problems[0]!.code : o.status))).toEqual([
      'RULE_VIOLATION',
      'CONFLICT',
    ]);
    expect(outcomesOf[0]!.status === 'REJECTED' && outcomesOf[0]!.problems[0]!.rule).toBe(
      'REDUNDANT_WORKER_ALREADY_SERVED',
    );
  });
});
