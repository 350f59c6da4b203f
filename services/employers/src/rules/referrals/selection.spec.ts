import { describe, expect, it } from 'vitest';
import { type RankedPerson, selectReferrals } from './selection.ts';

const ranking: RankedPerson[] = [
  { personId: 'c', fiscalCode: 'CCC', position: 3 },
  { personId: 'a', fiscalCode: 'AAA', position: 1 },
  { personId: 'b', fiscalCode: 'BBB', position: 2 },
  { personId: 'd', fiscalCode: 'DDD', position: 4 },
];
const none = new Set<string>();
const numeric = (openPositions: number, referredForRequest = none, awaitingOutcome = none) =>
  selectReferrals({ kind: 'NUMERIC', openPositions, ranking, nominees: [], referredForRequest, awaitingOutcome });

describe('who the CPI refers (L. 68/1999 art. 7 c.1-bis, art. 8)', () => {
  it('L.68 art. 7 c.1-bis: a numeric request takes the list in ranking order', () => {
    expect(numeric(2)).toEqual({ people: [ranking[1], ranking[2]] });
  });

  it('L.68 art. 7 c.1-bis: nobody is referred twice for a request; the next in order follows', () => {
    expect(numeric(1, new Set(['a']))).toEqual({ people: [ranking[2]] });
  });

  it('a person with a referral awaiting its outcome is marked and skipped', () => {
    expect(numeric(2, none, new Set(['b']))).toEqual({ people: [ranking[1], ranking[0]] });
  });

  it('no open position: nothing to refer', () => {
    expect(numeric(0)).toMatchObject({ rule: 'REFERRAL_NO_OPEN_POSITION' });
  });

  it('the list exhausted: refused, never an empty referral', () => {
    expect(numeric(1, new Set(['a', 'b', 'c', 'd']))).toMatchObject({ rule: 'REFERRAL_LIST_EXHAUSTED' });
  });

  it('more positions than people left: those left are referred', () => {
    expect(numeric(9, new Set(['a', 'b'])) as { people: RankedPerson[] }).toEqual({ people: [ranking[0], ranking[3]] });
  });

  it('L.68 art. 7 c.1 and art. 8: a nominative request refers the people named, whatever their position, if on the list', () => {
    expect(
      selectReferrals({
        kind: 'NOMINATIVE',
        openPositions: 1,
        ranking,
        nominees: ['DDD'],
        referredForRequest: none,
        awaitingOutcome: none,
      }),
    ).toEqual({ people: [ranking[3]] });
  });

  it('L.68 art. 8: a person named but not on the list of the province is refused', () => {
    expect(
      selectReferrals({
        kind: 'NOMINATIVE',
        openPositions: 1,
        ranking,
        nominees: ['ZZZ'],
        referredForRequest: none,
        awaitingOutcome: none,
      }),
    ).toMatchObject({ rule: 'REFERRAL_NOMINEE_NOT_ON_LIST', fiscalCode: 'ZZZ' });
  });

  it('a nominee already referred for the request is not referred again; one awaiting elsewhere is refused', () => {
    const facts = { kind: 'NOMINATIVE' as const, openPositions: 2, ranking, nominees: ['AAA', 'BBB'] };
    expect(selectReferrals({ ...facts, referredForRequest: new Set(['a']), awaitingOutcome: none })).toEqual({
      people: [ranking[2]],
    });
    expect(selectReferrals({ ...facts, referredForRequest: none, awaitingOutcome: new Set(['b']) })).toMatchObject({
      rule: 'REFERRAL_NOMINEE_AWAITING_OUTCOME',
    });
    expect(selectReferrals({ ...facts, referredForRequest: new Set(['a', 'b']), awaitingOutcome: none })).toMatchObject(
      { rule: 'REFERRAL_NO_OPEN_POSITION' },
    );
  });
});
