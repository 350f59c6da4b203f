import { describe, expect, it } from 'vitest';
import type { RefusalSuspensionRule } from '../../reference/refusal-suspension.ts';
import { notReferable, type PersonReferralHistory, type ReferabilityFacts } from './referability.ts';
import { selectReferrals } from './selection.ts';

const on = '2026-12-01';
const facts = (over: Partial<ReferabilityFacts> = {}): ReferabilityFacts => ({
  on,
  kind: 'NUMERIC',
  agreementInForce: false,
  placementEnds: new Map(),
  ...over,
});
const person = (over: Partial<PersonReferralHistory> = {}): PersonReferralHistory => ({
  personId: 'p',
  outcomes: [],
  psychicOrIntellectual: false,
  ...over,
});
const hired = (placementId: string, outcomeOn = '2026-06-01') => ({
  outcome: 'HIRED' as const,
  outcomeOn,
  unjustifiedRefusalByPerson: false,
  placementId,
});
const refused = (outcomeOn: string, unjustified = true) => ({
  outcome: 'NOT_HIRED' as const,
  outcomeOn,
  unjustifiedRefusalByPerson: unjustified,
  placementId: null,
});

describe('a person hired through a referral is not referred again while employed (L. 68/1999 art. 8 c.1, art. 9)', () => {
  it('the hire runs (no end recorded): refused', () => {
    expect(
      notReferable(person({ outcomes: [hired('pl')] }), facts({ placementEnds: new Map([['pl', null]]) })),
    ).toMatchObject({
      rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL',
    });
  });
  it('boundary: the placement ends on the referral day (still employed that day): refused', () => {
    expect(
      notReferable(person({ outcomes: [hired('pl')] }), facts({ placementEnds: new Map([['pl', on]]) })),
    ).toMatchObject({
      rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL',
    });
  });
  it('boundary: the placement ended the day before: referable', () => {
    expect(
      notReferable(person({ outcomes: [hired('pl')] }), facts({ placementEnds: new Map([['pl', '2026-11-30']]) })),
    ).toBeNull();
  });
  it('a hire whose placement could not be read counts as running', () => {
    expect(notReferable(person({ outcomes: [hired('pl')] }), facts())).toMatchObject({
      rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL',
    });
  });
});

describe('unjustified refusals: L. 68/1999 art. 10 c.6 (two in a row, six months off), dated configuration', () => {
  it('two unjustified refusals in a row: off until the day before six months after the second', () => {
    const p = person({ outcomes: [refused('2026-07-01'), refused('2026-06-10')] });
    expect(notReferable(p, facts({ on: '2026-12-31' }))).toMatchObject({
      rule: 'REFERRAL_PERSON_SUSPENDED_AFTER_REFUSALS',
      until: '2026-12-31',
    });
    // Boundary: six calendar months after the last refusal the person is referable again.
    expect(notReferable(p, facts({ on: '2027-01-01' }))).toBeNull();
  });
  it('just under the threshold: one unjustified refusal changes nothing', () => {
    expect(notReferable(person({ outcomes: [refused('2026-11-01')] }), facts())).toBeNull();
  });
  it('a justified refusal between two unjustified ones breaks the run', () => {
    const p = person({ outcomes: [refused('2026-11-01'), refused('2026-10-01', false), refused('2026-09-01')] });
    expect(notReferable(p, facts())).toBeNull();
  });
  it('the latest outcome a hire (ended): no run, whatever came before', () => {
    const p = person({ outcomes: [hired('pl', '2026-11-01'), refused('2026-10-01'), refused('2026-09-01')] });
    expect(notReferable(p, facts({ placementEnds: new Map([['pl', '2026-11-15']]) }))).toBeNull();
  });
  it('a Region row with three refusals: two in a row are not enough', () => {
    const rules: RefusalSuspensionRule[] = [
      { consecutiveRefusals: 3, months: 6, validFrom: '2000-01-18', validTo: null, source: 'test' },
    ];
    const p = person({ outcomes: [refused('2026-11-01'), refused('2026-10-01')] });
    expect(notReferable(p, facts({ suspensionRules: rules }))).toBeNull();
  });
  it('before the rule is in force no effect is guessed', () => {
    const p = person({ outcomes: [refused('1999-06-01'), refused('1999-05-01')] });
    expect(notReferable(p, facts({ on: '1999-07-01' }))).toBeNull();
  });
});

describe('psychic or intellectual disability: nominative request within an art. 11 agreement only (L. 68/1999 art. 9 c.4)', () => {
  const psychic = person({ psychicOrIntellectual: true });
  it('numeric request: never, even with an agreement', () => {
    expect(notReferable(psychic, facts({ agreementInForce: true }))).toMatchObject({
      rule: 'REFERRAL_PSYCHIC_ONLY_BY_AGREEMENT',
    });
  });
  it('nominative request without an agreement in force: refused', () => {
    expect(notReferable(psychic, facts({ kind: 'NOMINATIVE' }))).toMatchObject({
      rule: 'REFERRAL_PSYCHIC_ONLY_BY_AGREEMENT',
    });
  });
  it('nominative request within an agreement: referable', () => {
    expect(notReferable(psychic, facts({ kind: 'NOMINATIVE', agreementInForce: true }))).toBeNull();
  });
  it('other disabilities: a numeric request refers them', () => {
    expect(notReferable(person(), facts())).toBeNull();
  });
});

describe('the selection passes over people kept off, and refuses naming them', () => {
  const ranking = [
    { personId: 'a', fiscalCode: 'AAA', position: 1 },
    { personId: 'b', fiscalCode: 'BBB', position: 2 },
  ];
  const barred = new Map([['a', { rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL' as const, message: 'employed' }]]);
  const base = { openPositions: 1, ranking, referredForRequest: new Set<string>(), awaitingOutcome: new Set<string>() };
  it('numeric: the next in order', () => {
    expect(selectReferrals({ ...base, kind: 'NUMERIC', nominees: [], notReferable: barred })).toEqual({
      people: [ranking[1]],
    });
  });
  it('nominative: the rule, naming the nominee', () => {
    expect(selectReferrals({ ...base, kind: 'NOMINATIVE', nominees: ['AAA'], notReferable: barred })).toMatchObject({
      rule: 'REFERRAL_PERSON_EMPLOYED_BY_REFERRAL',
      fiscalCode: 'AAA',
    });
  });
});
