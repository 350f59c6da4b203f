import { describe, expect, it } from 'vitest';
import type { ModalityFacts } from '../rules/delivery-check.ts';
import type { DeliveryRecord, PathRecord } from '../store/delivery-store.ts';
import { planBatch, type Candidate } from './report-deliveries.ts';

/** 3Bc accompaniment (seed 003): at most 50 hours over the whole path, no per-session or span bound. */
const accompaniment: ModalityFacts = {
  code: 'INTERVIEWS_MEETINGS_AND_TUTORING',
  minutesScope: 'PATH',
  minMinutes: null,
  maxMinutes: 50 * 60,
  minSessions: null,
  maxSessions: null,
  maxSpanMonths: null,
};
/** 2Bb orientation (seed 003): at most 18 hours within at most two calendar months. */
const orientation: ModalityFacts = {
  code: 'INDIVIDUAL_OR_GROUP',
  minutesScope: 'PATH',
  minMinutes: 15 * 60,
  maxMinutes: 18 * 60,
  minSessions: null,
  maxSessions: null,
  maxSpanMonths: 2,
};

let rowIndex = 0;
function candidate(
  key: string,
  minutes: number,
  deliveredOn: string,
  options: { person?: string; service?: string; modality?: ModalityFacts; override?: string } = {},
): Candidate {
  const person = options.person ?? 'person-1';
  const service = options.service ?? '3Bc';
  const modality = options.modality ?? accompaniment;
  return {
    index: rowIndex++,
    prepared: {
      key,
      hash: `hash-${key}-${minutes}`,
      report: { minutes, sessions: 1, sessionMinutes: null, modality: modality.code, outputs: [] },
      input: { idempotencyKey: key, personId: person, serviceCode: service, deliveredOn, modality: modality.code },
      overrideReason: options.override ?? null,
    },
    person: { id: person, residenceProvince: 'MI' } as Candidate['person'],
    standard: { code: service } as Candidate['standard'],
    modality,
    perSession: [],
    pathKey: JSON.stringify([person, service, modality.code]),
  };
}

const openPath = (c: Candidate, totals: Partial<PathRecord>): Map<string, PathRecord> =>
  new Map([
    [
      c.pathKey,
      {
        id: 'path-stored',
        openedOn: '2025-01-10',
        totalMinutes: 0,
        totalSessions: 0,
        firstDeliveredOn: null,
        lastDeliveredOn: null,
        ...totals,
      } as PathRecord,
    ],
  ]);

const kinds = (plan: ReturnType<typeof planBatch>) => plan.decisions.map((d) => d.kind);
const none = new Map<string, DeliveryRecord>();

describe('planning a batch of reports: running totals in the batch order, as row after row', () => {
  it('3Bc at most 50 h (seed 003): each row sees the earlier accepted ones; at the bound passes, one minute over is refused alone', () => {
    const rows = [
      candidate('a', 60, '2025-02-01'), // 2,940 -> 3,000: exactly the bound
      candidate('b', 1, '2025-02-02'), // 3,001: one minute over
      candidate('c', 1, '2025-02-03'), // still over: b added nothing, a did
    ];
    const plan = planBatch(rows, openPath(rows[0]!, { totalMinutes: 2940, totalSessions: 10 }), none);
    expect(kinds(plan)).toEqual(['accept', 'breach', 'breach']);
    expect(plan.decisions[1]).toMatchObject({
      kind: 'breach',
      breaches: [{ rule: 'PATH_MAX_MINUTES', bound: 3000, actual: 3001 }],
    });
    const path = plan.paths.get(rows[0]!.pathKey)!;
    expect(path).toMatchObject({ id: 'path-stored', joined: true, totals: { minutes: 3000, sessions: 11 } });
  });

  it('3Bc (seed 003): a refused row leaves room for a later smaller one (just under the bound)', () => {
    const rows = [candidate('big', 120, '2025-02-01'), candidate('small', 59, '2025-02-01')];
    const plan = planBatch(rows, openPath(rows[0]!, { totalMinutes: 2940 }), none);
    expect(kinds(plan)).toEqual(['breach', 'accept']);
    expect(plan.paths.get(rows[0]!.pathKey)!.totals.minutes).toBe(2999);
  });

  it('a key taken by an earlier accepted row of the batch is a retry of that row, and adds nothing to the totals', () => {
    const rows = [candidate('k', 60, '2025-02-01'), candidate('k', 60, '2025-02-01'), candidate('k', 90, '2025-02-01')];
    const plan = planBatch(rows, new Map(), none);
    expect(plan.decisions).toEqual([
      { kind: 'accept', pathKey: rows[0]!.pathKey, breaches: [] },
      { kind: 'retry', of: { row: rows[0]!.index } },
      { kind: 'retry', of: { row: rows[0]!.index } },
    ]);
    expect(plan.paths.get(rows[0]!.pathKey)!.totals.minutes).toBe(60);
  });

  it('a key whose first row was refused is free for a later row of the batch', () => {
    const rows = [candidate('k', 3001, '2025-02-01'), candidate('k', 60, '2025-02-01')];
    expect(kinds(planBatch(rows, new Map(), none))).toEqual(['breach', 'accept']);
  });

  it('a key stored before (by another request) is a retry of the stored report, whatever the bounds', () => {
    const stored = { id: 'd-1', idempotencyKey: 'old' } as DeliveryRecord;
    const rows = [candidate('old', 5000, '2025-02-01'), candidate('new', 60, '2025-02-01')];
    const plan = planBatch(rows, new Map(), new Map([['old', stored]]));
    expect(plan.decisions[0]).toEqual({ kind: 'retry', of: { stored } });
    expect(plan.decisions[1]!.kind).toBe('accept');
  });

  it('a path the batch opens is opened on its earliest accepted date, and not at all when none of its rows is accepted', () => {
    const rows = [
      candidate('x1', 60, '2025-03-10', { person: 'person-2' }),
      candidate('x2', 60, '2025-03-02', { person: 'person-2' }),
      candidate('y1', 3001, '2025-03-02', { person: 'person-3' }),
    ];
    const plan = planBatch(rows, new Map(), none, () => 'path-new');
    expect(plan.paths.get(rows[0]!.pathKey)).toMatchObject({
      stored: null,
      id: 'path-new',
      joined: true,
      openedOn: '2025-03-02',
      totals: { minutes: 120, sessions: 2, firstOn: '2025-03-02', lastOn: '2025-03-10' },
    });
    expect(plan.paths.get(rows[2]!.pathKey)!.joined).toBe(false);
  });

  it('2Bb "massimo 2 mesi" (seed 003): rows out of order widen the span both ways; 5 July is within two months of 5 May, 6 July is not', () => {
    const on = (key: string, date: string) => candidate(key, 30, date, { service: '2Bb', modality: orientation });
    const rows = [on('m', '2025-06-01'), on('first', '2025-05-05'), on('last', '2025-07-05'), on('over', '2025-07-06')];
    const plan = planBatch(rows, new Map(), none);
    expect(kinds(plan)).toEqual(['accept', 'accept', 'accept', 'breach']);
    expect(plan.decisions[3]).toMatchObject({ breaches: [{ rule: 'PATH_MAX_SPAN', bound: 2 }] });
    expect(plan.paths.get(rows[0]!.pathKey)!.openedOn).toBe('2025-05-05');
  });

  it("a supervisor's override lets a row past the bound, carrying the breach for the override record", () => {
    const rows = [
      candidate('o', 61, '2025-02-01', { override: 'The person needs more tutoring' }),
      candidate('p', 1, '2025-02-02'),
    ];
    const plan = planBatch(rows, openPath(rows[0]!, { totalMinutes: 2940 }), none);
    expect(plan.decisions[0]).toMatchObject({ kind: 'accept', breaches: [{ rule: 'PATH_MAX_MINUTES', actual: 3001 }] });
    // The next row sees the overridden total: 3,002 is over the bound too.
    expect(plan.decisions[1]).toMatchObject({ kind: 'breach', breaches: [{ actual: 3002 }] });
  });
});
