import { describe, expect, it } from 'vitest';
import {
  MAX_CLOSING_REASON,
  seniorityStart,
  transferClosingProblem,
  transferCompletionProblem,
  transferRequestProblem,
} from './enrolment-transfer.ts';

const origin = { status: 'ACCEPTED' as const, province: 'MI', list: 'DISABILITY' as const, decidedOn: '2024-03-01' };

describe('L. 68/1999 art. 8 c.1 (as amended by D.Lgs. 151/2015 art. 7): enrolment with another service after cancellation', () => {
  it('a receiving CPI of another province may ask to move an accepted enrolment', () => {
    expect(
      transferRequestProblem({ origin, toProvince: 'BG', requestedOn: '2026-11-01', today: '2026-11-01' }),
    ).toBeNull();
  });

  it('nothing to move: no enrolment, or one not accepted (an application is made where the person is)', () => {
    expect(
      transferRequestProblem({ origin: null, toProvince: 'BG', requestedOn: '2026-11-01', today: '2026-11-01' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      transferRequestProblem({
        origin: { ...origin, status: 'SUBMITTED' },
        toProvince: 'BG',
        requestedOn: '2026-11-01',
        today: '2026-11-01',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('the same province is not a move; a request dated tomorrow is refused, today is not', () => {
    expect(
      transferRequestProblem({ origin, toProvince: 'MI', requestedOn: '2026-11-01', today: '2026-11-01' }),
    ).toMatchObject({ code: 'CONFLICT', rule: 'TRANSFER_SAME_PROVINCE' });
    expect(
      transferRequestProblem({ origin, toProvince: 'BG', requestedOn: '2026-11-02', today: '2026-11-01' }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.requestedOn' });
  });

  it('completion: on the request day or later up to today; not the day before the request, not tomorrow', () => {
    const base = { origin, requestedOn: '2026-11-01', today: '2026-11-10' };
    expect(transferCompletionProblem({ ...base, on: '2026-11-01' })).toBeNull();
    expect(transferCompletionProblem({ ...base, on: '2026-11-10' })).toBeNull();
    expect(transferCompletionProblem({ ...base, on: '2026-10-31' })).toMatchObject({ field: 'input.on' });
    expect(transferCompletionProblem({ ...base, on: '2026-11-11' })).toMatchObject({ field: 'input.on' });
  });

  it('completion: the origin must still be on the list ("previa cancellazione" cancels an enrolment that exists)', () => {
    expect(
      transferCompletionProblem({
        origin: { ...origin, status: 'CANCELLED' },
        requestedOn: '2026-11-01',
        on: '2026-11-02',
        today: '2026-11-10',
      }),
    ).toMatchObject({ code: 'CONFLICT', rule: 'TRANSFER_ORIGIN_NOT_ENROLLED' });
  });

  it('seniority (regional criteria, dated): kept from the origin when the scheme keeps it, else from the acceptance here', () => {
    const moved = { decidedOn: '2026-11-02', seniorityFrom: '2024-03-01' };
    expect(seniorityStart(moved, true)).toBe('2024-03-01');
    expect(seniorityStart(moved, false)).toBe('2026-11-02');
    expect(seniorityStart({ decidedOn: '2025-01-01', seniorityFrom: null }, true)).toBe('2025-01-01');
  });
});

describe('a pending move refused or withdrawn (L. 68/1999 art. 8 c.1: the move needs both CPIs; a move that will not happen ends)', () => {
  const base = {
    status: 'PENDING' as const,
    requestedOn: '2026-11-01',
    on: '2026-11-01',
    reason: 'why',
    today: '2026-12-01',
  };
  it('on the day of the request and on today: allowed', () => {
    expect(transferClosingProblem(base)).toBeNull();
    expect(transferClosingProblem({ ...base, on: '2026-12-01' })).toBeNull();
  });
  it('the day before the request, or tomorrow: refused', () => {
    expect(transferClosingProblem({ ...base, on: '2026-10-31' })).toMatchObject({ field: 'input.on' });
    expect(transferClosingProblem({ ...base, on: '2026-12-02' })).toMatchObject({ field: 'input.on' });
  });
  it('a reason of 1 to the maximum characters, not blank', () => {
    expect(transferClosingProblem({ ...base, reason: '  ' })).toMatchObject({ field: 'input.reason' });
    expect(transferClosingProblem({ ...base, reason: 'x'.repeat(MAX_CLOSING_REASON) })).toBeNull();
    expect(transferClosingProblem({ ...base, reason: 'x'.repeat(MAX_CLOSING_REASON + 1) })).toMatchObject({
      field: 'input.reason',
    });
  });
  it('only a pending move: a completed, refused or withdrawn one is a conflict', () => {
    for (const status of ['COMPLETED', 'REFUSED', 'WITHDRAWN'] as const)
      expect(transferClosingProblem({ ...base, status })).toMatchObject({
        code: 'CONFLICT',
        rule: 'TRANSFER_NOT_PENDING',
      });
  });
});
