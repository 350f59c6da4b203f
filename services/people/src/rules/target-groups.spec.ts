import { describe, expect, it } from 'vitest';
import type { UnemploymentFacts } from './unemployment-status.ts';
import { ageBandOn, isLongTermUnemployedOn, targetGroupsOfDay, targetGroupsOn } from './target-groups.ts';

const facts = (over: Partial<UnemploymentFacts> = {}): UnemploymentFacts => ({
  declarations: ['2025-03-10'],
  work: [],
  losses: [],
  pactsSignedOn: [],
  ...over,
});

describe('age bands of the GOL monitoring (DOMAIN.md Monitoring: under 30, over 55), on the day of the event', () => {
  it('is under 30 the day before the 30th birthday and 30-54 on it', () => {
    expect(ageBandOn('1995-06-15', '2025-06-14')).toBe('UNDER_30');
    expect(ageBandOn('1995-06-15', '2025-06-15')).toBe('FROM_30_TO_54');
    expect(ageBandOn('1995-06-15', '2025-06-16')).toBe('FROM_30_TO_54');
  });

  it('is 55 and over from the 55th birthday (over 55: workers aged 55 or more), 30-54 the day before', () => {
    expect(ageBandOn('1970-01-31', '2025-01-30')).toBe('FROM_30_TO_54');
    expect(ageBandOn('1970-01-31', '2025-01-31')).toBe('FROM_55');
    expect(ageBandOn('1970-01-31', '2025-02-01')).toBe('FROM_55');
  });

  it('counts a 29 February birthday on 1 March in a common year', () => {
    expect(ageBandOn('1996-02-29', '2026-02-28')).toBe('UNDER_30');
    expect(ageBandOn('1996-02-29', '2026-03-01')).toBe('FROM_30_TO_54');
  });
});

describe('long-term unemployment: 12 months or more in the status from the DID (D.Lgs. 150/2015 art. 19 c.1)', () => {
  it('is long-term on the day 12 months after the DID, not the day before nor before any DID', () => {
    expect(isLongTermUnemployedOn(facts(), '2026-03-09')).toBe(false);
    expect(isLongTermUnemployedOn(facts(), '2026-03-10')).toBe(true);
    expect(isLongTermUnemployedOn(facts(), '2026-03-11')).toBe(true);
    expect(isLongTermUnemployedOn(facts({ declarations: [] }), '2026-03-10')).toBe(false);
  });

  it('is not unemployed, hence not long-term, once the status is lost (art. 21 c.7)', () => {
    const lost = facts({ losses: [{ on: '2026-01-01', reason: 'NO_SHOW_SANCTION' }] });
    expect(isLongTermUnemployedOn(lost, '2026-03-10')).toBe(false);
  });

  it('moves the 12 months on by the days of a suspension for short employment (art. 19 c.3)', () => {
    // 10 days of work within six months above the income threshold: suspended 2025-06-01..2025-06-10.
    const suspended = facts({
      work: [{ employment: 'EMPLOYEE', startedOn: '2025-06-01', endsOn: '2025-06-10', expectedAnnualIncome: 30_000 }],
    });
    expect(isLongTermUnemployedOn(suspended, '2026-03-19')).toBe(false);
    expect(isLongTermUnemployedOn(suspended, '2026-03-20')).toBe(true);
    // While suspended the person is not unemployed.
    expect(isLongTermUnemployedOn(suspended, '2025-06-05')).toBe(false);
  });

  it('starts again from a new DID after a loss', () => {
    const again = facts({
      declarations: ['2024-01-10', '2025-03-10'],
      losses: [{ on: '2025-01-01', reason: 'WITHDRAWN_BY_PERSON' }],
    });
    expect(isLongTermUnemployedOn(again, '2026-03-09')).toBe(false);
    expect(isLongTermUnemployedOn(again, '2026-03-10')).toBe(true);
  });
});

describe('target groups of a person on a day (DOMAIN.md Monitoring: women, under 30, over 55, long-term, disabled)', () => {
  it('gives one group on each target dimension', () => {
    expect(
      targetGroupsOn({ sex: 'F', birthDate: '2000-01-01', unemployment: facts(), disabled: true }, '2026-03-10'),
    ).toEqual(['SEX:F', 'AGE_BAND:UNDER_30', 'LONG_TERM_UNEMPLOYED:YES', 'DISABILITY:YES']);
  });

  it('answers outcomes (Person.targetGroupsOn) the same groups the people families key: the day before and of 12 months', () => {
    const person = { sex: 'M' as const, birthDate: '1970-03-10', unemployment: facts(), disabled: false };
    // DID 10 March 2025: 12 months on 10 March 2026, the 56th birthday that day too.
    expect(targetGroupsOfDay(person, '2026-03-09')).toEqual({
      sex: 'M',
      ageBand: 'FROM_55',
      longTermUnemployed: false,
      disabled: false,
    });
    expect(targetGroupsOfDay(person, '2026-03-10').longTermUnemployed).toBe(true);
    for (const day of ['2026-03-09', '2026-03-10'])
      expect(targetGroupsOn(person, day)).toEqual([
        'SEX:M',
        'AGE_BAND:FROM_55',
        `LONG_TERM_UNEMPLOYED:${day === '2026-03-10' ? 'YES' : 'NO'}`,
        'DISABILITY:NO',
      ]);
  });
});
