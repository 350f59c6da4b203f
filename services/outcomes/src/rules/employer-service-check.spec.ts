import { describe, expect, it } from 'vitest';
import { trentoCatalogue2013 } from '@reg/catalogue/reference';
import type { StandardFacts } from './delivery-check.ts';
import { employerServiceProblems } from './employer-service-check.ts';

const standard = (code: string): StandardFacts => {
  const found = trentoCatalogue2013.standards.find((s) => s.code === code);
  if (!found) throw new Error(code);
  return found;
};
const H = 60;

/** The rule ids (or input fields) a report breaks. */
const check = (
  code: string,
  modality: string,
  report: {
    minutes: number;
    sessions?: number;
    sessionMinutes?: number[];
    redundantWorkers?: string[];
    outputs?: string[];
  },
) =>
  employerServiceProblems(standard(code), {
    sessions: 1,
    sessionMinutes: null,
    outputs: [],
    redundantWorkers: [],
    modality,
    ...report,
  }).map((p) => (p.kind === 'rule' ? p.rule : p.field));

const worker = { redundantWorkers: ['ESUBERO-001'] };

describe('4E Ricollocazione, individual interview: 15 to 20 hours per redundant worker (seed 003, 4E)', () => {
  it('4E: 15 h is the minimum itself (seed 003)', () =>
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 15 * H, ...worker })).toEqual([]));
  it('4E: 14 h 59 min is one minute under the minimum of 15 h (seed 003)', () =>
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 15 * H - 1, ...worker })).toEqual(['PATH_MIN_MINUTES']));
  it('4E: 20 h is the maximum itself (seed 003)', () =>
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 20 * H, sessions: 10, ...worker })).toEqual([]));
  it('4E: 20 h 1 min is one minute over the maximum of 20 h (seed 003)', () =>
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 20 * H + 1, ...worker })).toEqual(['PATH_MAX_MINUTES']));
  it('4E: the bound is per worker, so an individual report names exactly one redundant worker (seed 003)', () => {
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 15 * H })).toEqual(['redundantWorkers']);
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 30 * H, redundantWorkers: ['A-1', 'A-2'] })).toEqual([
      'redundantWorkers',
    ]);
  });
  it("4E: a worker is named by the employer's reference, never by fiscal code or name (GDPR art. 5 minimisation)", () => {
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 15 * H, redundantWorkers: ['RSSMRA80A01F205X'] })).toEqual([
      'redundantWorkers',
    ]);
    expect(check('4E', 'INDIVIDUAL_INTERVIEW', { minutes: 15 * H, redundantWorkers: ['Mario Rossi'] })).toEqual([
      'redundantWorkers',
    ]);
  });
});

describe('4E Ricollocazione, group interview: 25 to 30 hours per group (seed 003, 4E)', () => {
  const group = { redundantWorkers: ['E-1', 'E-2', 'E-3'] };
  it('4E group: 25 h and 30 h are the bounds themselves (seed 003)', () => {
    expect(check('4E', 'GROUP_INTERVIEW', { minutes: 25 * H, ...group })).toEqual([]);
    expect(check('4E', 'GROUP_INTERVIEW', { minutes: 30 * H, ...group })).toEqual([]);
  });
  it('4E group: 24 h 59 min is under, 30 h 1 min over (seed 003)', () => {
    expect(check('4E', 'GROUP_INTERVIEW', { minutes: 25 * H - 1, ...group })).toEqual(['PATH_MIN_MINUTES']);
    expect(check('4E', 'GROUP_INTERVIEW', { minutes: 30 * H + 1, ...group })).toEqual(['PATH_MAX_MINUTES']);
  });
  it('4E group: a group is at least two workers', () =>
    expect(check('4E', 'GROUP_INTERVIEW', { minutes: 25 * H, redundantWorkers: ['E-1'] })).toEqual([
      'redundantWorkers',
    ]));
});

describe('4A Promozione e prima informazione: an interview of 30 minutes to 1 hour (seed 003, 4A)', () => {
  it('4A: 30 and 60 minutes are the bounds themselves (seed 003)', () =>
    expect(
      check('4A', 'EMPLOYER_INTERVIEW', {
        minutes: 90,
        sessions: 2,
        sessionMinutes: [30, 60],
        outputs: ['INFORMATION_PROVIDED'],
      }),
    ).toEqual([]));
  it('4A: 29 minutes is under the minimum of 30 (seed 003)', () =>
    expect(check('4A', 'EMPLOYER_INTERVIEW', { minutes: 29 })).toEqual(['SESSION_MIN_MINUTES']));
  it('4A: 61 minutes is over the maximum of 1 hour (seed 003)', () =>
    expect(check('4A', 'EMPLOYER_INTERVIEW', { minutes: 61 })).toEqual(['SESSION_MAX_MINUTES']));
});

describe('4B-4D: the whole service within its hours (seed 003)', () => {
  it.each([
    ['4B', 'EMPLOYER_CONSULTING', 2, 10],
    ['4C', 'MATCHING_ACTIVITIES', 4, 8],
    ['4D', 'COMPETENCE_VERIFICATION', 2, 6],
    ['4D', 'CANDIDATE_SELECTION', 2, 6],
  ])('%s %s: %i to %i hours, at, under and over each bound (seed 003)', (code, modality, min, max) => {
    expect(check(code, modality, { minutes: min * H })).toEqual([]);
    expect(check(code, modality, { minutes: max * H })).toEqual([]);
    expect(check(code, modality, { minutes: min * H - 1 })).toEqual(['PATH_MIN_MINUTES']);
    expect(check(code, modality, { minutes: max * H + 1 })).toEqual(['PATH_MAX_MINUTES']);
  });
  it('4B-4D are to the employer alone: no redundant workers', () =>
    expect(check('4C', 'MATCHING_ACTIVITIES', { minutes: 5 * H, redundantWorkers: ['E-1'] })).toEqual([
      'redundantWorkers',
    ]));
});

describe('what an employer service is', () => {
  it("a service to people is refused here: area 4 is the employers' (seed 003)", () =>
    expect(check('3A', 'INDIVIDUAL_INTERVIEW', { minutes: 50 })).toEqual(['TARGET_GROUP']));
  it('a modality or an output the service does not have is bad input', () => {
    expect(check('4C', 'INDIVIDUAL_INTERVIEW', { minutes: 5 * H })).toEqual(['modality']);
    expect(check('4C', 'MATCHING_ACTIVITIES', { minutes: 5 * H, outputs: ['CV'] })).toEqual(['outputs']);
  });
});
