import { describe, expect, it } from 'vitest';
import { demandsOf, jobProfileProblems, normaliseJobProfile, type JobProfile } from './job-profile.ts';

const profile: JobProfile = {
  tasks: [
    { description: 'Data entry', demands: ['d4153', 'd440'] },
    { description: 'Phone desk', demands: ['d360', 'd440'] },
  ],
  adjustmentsAvailable: ['e1351'],
  requiredSkills: ['http://data.europa.eu/esco/skill/abc'],
  weeklyHours: 30,
  shifts: ['DAY'],
  contract: 'PERMANENT',
  siteId: 's1',
};

describe('job profile (ICF vocabulary, reference/icf-vocabulary.ts)', () => {
  it('a complete profile has no problems', () => {
    expect(jobProfileProblems(profile)).toEqual([]);
  });
  it('a demand outside the ICF vocabulary is refused, naming the task', () => {
    expect(jobProfileProblems({ ...profile, tasks: [{ description: 'x', demands: ['lifting'] }] })).toEqual([
      expect.objectContaining({ field: 'tasks.0.demands' }),
    ]);
  });
  it('an adjustment outside the vocabulary is refused', () => {
    expect(jobProfileProblems({ ...profile, adjustmentsAvailable: ['ramp'] })).toEqual([
      expect.objectContaining({ field: 'adjustmentsAvailable' }),
    ]);
  });
  it('at least one task, each with a description', () => {
    expect(jobProfileProblems({ ...profile, tasks: [] })).toEqual([expect.objectContaining({ field: 'tasks' })]);
    expect(jobProfileProblems({ ...profile, tasks: [{ description: ' ', demands: [] }] })).toEqual([
      expect.objectContaining({ field: 'tasks.0.description' }),
    ]);
  });
  it('D.Lgs. 66/2003 art. 4: 1 to 48 weekly hours; 48 passes, 49 and 0 do not', () => {
    expect(jobProfileProblems({ ...profile, weeklyHours: 48 })).toEqual([]);
    expect(jobProfileProblems({ ...profile, weeklyHours: 49 })).toEqual([
      expect.objectContaining({ field: 'weeklyHours' }),
    ]);
    expect(jobProfileProblems({ ...profile, weeklyHours: 0 })).toEqual([
      expect.objectContaining({ field: 'weeklyHours' }),
    ]);
    expect(jobProfileProblems({ ...profile, weeklyHours: 20.5 })).toEqual([
      expect.objectContaining({ field: 'weeklyHours' }),
    ]);
  });
  it('a blank required skill is refused', () => {
    expect(jobProfileProblems({ ...profile, requiredSkills: [''] })).toEqual([
      expect.objectContaining({ field: 'requiredSkills' }),
    ]);
  });
  it('demands are the union of the tasks, once each; normalising trims and drops repeats', () => {
    expect(demandsOf(profile)).toEqual(['d4153', 'd440', 'd360']);
    expect(
      normaliseJobProfile({
        ...profile,
        tasks: [{ description: ' a ', demands: [' d440', 'd440'] }],
        shifts: ['DAY', 'DAY'],
      }),
    ).toMatchObject({ tasks: [{ description: 'a', demands: ['d440'] }], shifts: ['DAY'] });
  });
});
