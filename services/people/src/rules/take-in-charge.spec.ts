import { describe, expect, it } from 'vitest';
import { handOverProblems, takeInChargeEndProblems, takeInChargeProblems } from './take-in-charge.ts';

const today = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('taking a person in charge (seed 002_bd716146e6d29539.txt: a programme, the "dote", with its budget)', () => {
  const valid = { programme: 'Dote Lavoro Disabilità', startedOn: today, budget: 0 };

  it('seed 002: a programme is named; blank or spaces only is refused', () => {
    expect(fields(takeInChargeProblems(valid, today))).toEqual([]);
    expect(fields(takeInChargeProblems({ ...valid, programme: '   ' }, today))).toEqual(['programme']);
  });

  it('seed 002: the start has happened: today is accepted, tomorrow refused', () => {
    expect(fields(takeInChargeProblems({ ...valid, startedOn: '2026-06-15' }, today))).toEqual([]);
    expect(fields(takeInChargeProblems({ ...valid, startedOn: '2026-06-16' }, today))).toEqual(['startedOn']);
  });

  it('seed 002: a budget is zero or more euro (0 accepted, -0.01 and NaN refused, none is none)', () => {
    expect(fields(takeInChargeProblems({ ...valid, budget: 0 }, today))).toEqual([]);
    expect(fields(takeInChargeProblems({ ...valid, budget: null }, today))).toEqual([]);
    expect(fields(takeInChargeProblems({ ...valid, budget: -0.01 }, today))).toEqual(['budget']);
    expect(fields(takeInChargeProblems({ ...valid, budget: Number.NaN }, today))).toEqual(['budget']);
  });
});

describe('ending a take-in-charge (seed 002: the programme closes with its reason)', () => {
  const row = { startedOn: '2026-03-01' };

  it('seed 002: the end falls between the start and today, both days included', () => {
    expect(fields(takeInChargeEndProblems({ reason: 'placed', endedOn: '2026-03-01' }, row, today))).toEqual([]);
    expect(fields(takeInChargeEndProblems({ reason: 'placed', endedOn: today }, row, today))).toEqual([]);
    expect(fields(takeInChargeEndProblems({ reason: 'placed', endedOn: '2026-02-28' }, row, today))).toEqual([
      'endedOn',
    ]);
    expect(fields(takeInChargeEndProblems({ reason: 'placed', endedOn: '2026-06-16' }, row, today))).toEqual([
      'endedOn',
    ]);
  });

  it('seed 002: a reason is stated', () => {
    expect(fields(takeInChargeEndProblems({ reason: ' ', endedOn: today }, row, today))).toEqual(['reason']);
  });
});

describe('handing a person over to another provider (seed 002: one provider in charge at a time)', () => {
  const current = { providerId: 'prov-a', startedOn: '2026-03-01' };
  const valid = { toProviderId: 'prov-b', reason: 'moved', on: today, budget: 100 };

  it('seed 002: the provider changes; handing over to the one in charge is refused', () => {
    expect(fields(handOverProblems(valid, current, today))).toEqual([]);
    expect(fields(handOverProblems({ ...valid, toProviderId: 'prov-a' }, current, today))).toEqual(['toProviderId']);
  });

  it('seed 002: the day falls between the start and today, both included', () => {
    expect(fields(handOverProblems({ ...valid, on: '2026-03-01' }, current, today))).toEqual([]);
    expect(fields(handOverProblems({ ...valid, on: '2026-02-28' }, current, today))).toEqual(['on']);
    expect(fields(handOverProblems({ ...valid, on: '2026-06-16' }, current, today))).toEqual(['on']);
  });

  it('seed 002: a reason is stated and the new budget is zero or more', () => {
    expect(fields(handOverProblems({ ...valid, reason: '', budget: -1 }, current, today))).toEqual([
      'reason',
      'budget',
    ]);
  });
});
