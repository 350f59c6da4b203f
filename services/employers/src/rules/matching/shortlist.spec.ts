import { describe, expect, it } from 'vitest';
import { assessCandidate, buildShortlist, type CandidateFacts, type MatchingJob } from './shortlist.ts';
import { matchingWeightsOn, matchingWeightVersions } from './weights.ts';

const weights = matchingWeightsOn('2026-11-23');
const job: MatchingJob = {
  occupationCode: '4.1.1.2.0',
  occupationCodeSystem: 'ISTAT_CP2011',
  siteMunicipality: 'F205',
  profile: {
    tasks: [{ description: 'Archive', demands: ['d4300', 'd440'] }],
    adjustmentsAvailable: ['e150'],
    requiredSkills: [],
    weeklyHours: 30,
    shifts: ['DAY'],
    contract: 'PERMANENT',
    siteId: 's1',
  },
};
const person = (over: Partial<CandidateFacts> & { personId: string }): CandidateFacts => ({
  rankingPosition: 1,
  rankingSize: 4,
  residenceMunicipality: 'F205',
  functionalProfile: { tasksToAvoid: [], workplaceAdjustments: [] },
  skills: [],
  occupations: [{ codeSystem: 'ISTAT_CP2011', code: '4.1.1.2.0' }],
  availability: { weeklyHours: 30, maxDistanceKm: 30, shifts: ['DAY'] },
  ...over,
});

describe('weights MATCHING-2026-11 (rules/matching/weights.ts, dated 2026-11-23)', () => {
  it('add up to 100, so a perfect candidate scores 100', () => {
    for (const version of matchingWeightVersions)
      expect(Object.values(version.weights).reduce((a, b) => a + b, 0)).toBe(100);
  });
  it('a date no version covers is refused, not guessed', () => {
    expect(() => matchingWeightsOn('1999-12-31')).toThrow();
  });
});

describe('assessCandidate: exclusions (L. 68/1999 art. 2; D.Lgs. 150/2015 art. 25)', () => {
  it('a task to avoid among the job demands excludes', () => {
    const a = assessCandidate(
      job,
      person({ personId: 'p', functionalProfile: { tasksToAvoid: ['d430'], workplaceAdjustments: [] } }),
      weights,
    );
    expect(a.excluded).toEqual([{ reason: 'INCOMPATIBLE_DEMAND', explanation: 'job demands to avoid: d4300 Lifting' }]);
    expect('scored' in a).toBe(false);
  });
  it('no functional profile excludes: compatibility cannot be established', () => {
    expect(
      assessCandidate(job, person({ personId: 'p', functionalProfile: null }), weights).excluded.map((e) => e.reason),
    ).toEqual(['NO_FUNCTIONAL_PROFILE']);
  });
  it('a site beyond the stated maximum distance excludes (Bergamo to Milano, about 45 km, against 30)', () => {
    expect(
      assessCandidate(job, person({ personId: 'p', residenceMunicipality: 'A794' }), weights).excluded.map(
        (e) => e.reason,
      ),
    ).toEqual(['BEYOND_STATED_DISTANCE']);
  });
  it('every reason is kept when several apply', () => {
    const a = assessCandidate(
      job,
      person({
        personId: 'p',
        residenceMunicipality: 'A794',
        functionalProfile: { tasksToAvoid: ['d440'], workplaceAdjustments: [] },
      }),
      weights,
    );
    expect(a.excluded.map((e) => e.reason)).toEqual(['INCOMPATIBLE_DEMAND', 'BEYOND_STATED_DISTANCE']);
  });
  it('an unknown municipality does not exclude but scores 0 on distance, saying so', () => {
    const a = assessCandidate(job, person({ personId: 'p', residenceMunicipality: 'H501' }), weights);
    if (!('scored' in a)) throw new Error('expected a score');
    expect(a.scored.components.find((c) => c.criterion === 'DISTANCE')).toMatchObject({
      fit: 0,
      points: 0,
      explanation: expect.stringContaining('H501 not in the reference table'),
    });
  });
});

describe('assessCandidate: the score explained criterion by criterion', () => {
  it('a perfect candidate scores 100 with four explained components', () => {
    const a = assessCandidate(job, person({ personId: 'p' }), weights);
    if (!('scored' in a)) throw new Error('expected a score');
    expect(a.scored.score).toBe(100);
    expect(a.scored.components.map((c) => [c.criterion, c.weight, c.points])).toEqual([
      ['SKILLS', 35, 35],
      ['DISTANCE', 25, 25],
      ['HOURS_AND_SHIFTS', 15, 15],
      ['RANKING', 25, 25],
    ]);
    for (const c of a.scored.components) expect(c.explanation.length).toBeGreaterThan(0);
  });
  it('the score is the sum of the points: last of 4 on the list, no occupation, from Monza (14.6 km of 30)', () => {
    const a = assessCandidate(
      job,
      person({ personId: 'p', rankingPosition: 4, occupations: [], residenceMunicipality: 'F704' }),
      weights,
    );
    if (!('scored' in a)) throw new Error('expected a score');
    // SKILLS 0; DISTANCE 25 x (1 - 14.6/30) = 12.83; HOURS 15; RANKING 25 x 1/4 = 6.25.
    expect(a.scored.components.map((c) => c.points)).toEqual([0, 12.83, 15, 6.25]);
    expect(a.scored.score).toBe(34.08);
  });
  it('needed adjustments the site lacks are listed to arrange, without excluding', () => {
    const a = assessCandidate(
      job,
      person({ personId: 'p', functionalProfile: { tasksToAvoid: [], workplaceAdjustments: ['e1351', 'e150'] } }),
      weights,
    );
    if (!('scored' in a)) throw new Error('expected a score');
    expect(a.scored.adjustmentsToArrange).toEqual(['e1351']);
  });
});

describe('buildShortlist: ranked as documented', () => {
  const people = [
    person({ personId: 'c', rankingPosition: 3, occupations: [] }),
    person({
      personId: 'x',
      rankingPosition: 1,
      functionalProfile: { tasksToAvoid: ['d4300'], workplaceAdjustments: [] },
    }),
    person({ personId: 'b', rankingPosition: 2 }),
    person({ personId: 'a', rankingPosition: 4 }),
    person({ personId: 'n', rankingPosition: 2, functionalProfile: null }),
  ];
  it('never contains an excluded person, and says who was excluded and why', () => {
    const result = buildShortlist(job, people, weights, 10);
    expect(result.candidates.map((c) => c.personId)).not.toContain('x');
    expect(result.candidates.map((c) => c.personId)).not.toContain('n');
    expect(result.excluded.map((e) => e.personId)).toEqual(['x', 'n']);
    expect(result.considered).toBe(5);
  });
  it('highest score first, ranks from 1', () => {
    const result = buildShortlist(job, people, weights, 10);
    expect(result.candidates.map((c) => [c.rank, c.personId])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [3, 'c'],
    ]);
    const scores = result.candidates.map((c) => c.score);
    expect([...scores].sort((p, q) => q - p)).toEqual(scores);
  });
  it('equal scores: the better ranking-list position first, then the person id', () => {
    const same = { occupations: [], rankingSize: 1, rankingPosition: 1 };
    const tie = buildShortlist(
      job,
      [person({ personId: 'z', ...same }), person({ personId: 'y', ...same })],
      weights,
      10,
    );
    expect(tie.candidates.map((c) => c.personId)).toEqual(['y', 'z']);
    const byList = buildShortlist(
      { ...job, profile: { ...job.profile } },
      [
        person({
          personId: 'k',
          rankingSize: 2,
          rankingPosition: 2,
          residenceMunicipality: 'F704',
          availability: { weeklyHours: 30, maxDistanceKm: null, shifts: ['DAY'] },
        }),
      ],
      weights,
      10,
    );
    expect(byList.candidates).toHaveLength(1);
  });
  it('at most `size` candidates, the best ones', () => {
    expect(buildShortlist(job, people, weights, 2).candidates.map((c) => c.personId)).toEqual(['b', 'a']);
  });
});
