import { describe, expect, it } from 'vitest';
import { requestProgress } from './progress.ts';

describe('where a referral request stands', () => {
  it('nothing referred: every position open', () => {
    expect(requestProgress(2, [])).toEqual({ hired: 0, awaitingOutcome: 0, openPositions: 2, status: 'OPEN' });
  });

  it('a referral awaiting its outcome holds its position; a hire fills it; a refusal reopens it', () => {
    expect(requestProgress(2, [{ outcome: null }, { outcome: 'HIRED' }])).toEqual({
      hired: 1,
      awaitingOutcome: 1,
      openPositions: 0,
      status: 'OPEN',
    });
    expect(requestProgress(2, [{ outcome: 'NOT_HIRED' }, { outcome: 'HIRED' }])).toMatchObject({
      openPositions: 1,
      status: 'OPEN',
    });
  });

  it('filled when the hires reach the positions (at), not one before (just under)', () => {
    expect(requestProgress(2, [{ outcome: 'HIRED' }, { outcome: 'HIRED' }]).status).toBe('FILLED');
    expect(requestProgress(2, [{ outcome: 'HIRED' }]).status).toBe('OPEN');
  });
});
