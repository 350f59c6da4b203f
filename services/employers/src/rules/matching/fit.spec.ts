import { describe, expect, it } from 'vitest';
import { distanceFit, hoursAndShiftsFit, rankingFit, skillsFit } from './fit.ts';

const noSkills = { skills: [], occupations: [] };

describe('skills fit (ISTAT CP2011 and ESCO codes)', () => {
  const vacancy = { occupationCode: '4.1.1.2.0', occupationCodeSystem: 'ISTAT_CP2011', requiredSkills: [] };
  it('the same occupation code in the same system: 1', () => {
    expect(
      skillsFit(vacancy, { skills: [], occupations: [{ codeSystem: 'ISTAT_CP2011', code: '4.1.1.2.0' }] }).fit,
    ).toBe(1);
  });
  it('ISTAT CP2011 2011: same group (first three levels) 0.5', () => {
    expect(
      skillsFit(vacancy, { skills: [], occupations: [{ codeSystem: 'ISTAT_CP2011', code: '4.1.1.4.0' }] }).fit,
    ).toBe(0.5);
  });
  it('the same code in another system does not count', () => {
    expect(skillsFit(vacancy, { skills: [{ codeSystem: 'ESCO', code: '4.1.1.2.0' }], occupations: [] }).fit).toBe(0);
  });
  it('required ESCO skills: the share held; a URI and its last segment are the same skill', () => {
    const fit = skillsFit(
      {
        occupationCode: null,
        occupationCodeSystem: null,
        requiredSkills: ['http://data.europa.eu/esco/skill/aaa', 'bbb'],
      },
      { skills: [{ codeSystem: 'ESCO', code: 'AAA' }], occupations: [] },
    );
    expect(fit).toEqual({ fit: 0.5, explanation: '1 of 2 required ESCO skills' });
  });
  it('occupation and skills are averaged', () => {
    expect(
      skillsFit({ ...vacancy, requiredSkills: ['x'] }, { skills: [{ codeSystem: 'ESCO', code: 'x' }], occupations: [] })
        .fit,
    ).toBe(0.5);
  });
  it('a vacancy asking for nothing specific fits everyone', () => {
    expect(skillsFit({ occupationCode: null, occupationCodeSystem: null, requiredSkills: [] }, noSkills).fit).toBe(1);
  });
});

describe('distance fit (D.M. 10 April 2018: 50 km reference when nothing is stated)', () => {
  it('at the site 1; half the stated maximum 0.5; at the maximum 0', () => {
    expect(distanceFit(0, 30, 50, '').fit).toBe(1);
    expect(distanceFit(15, 30, 50, '').fit).toBe(0.5);
    expect(distanceFit(30, 30, 50, '').fit).toBe(0);
  });
  it('no stated maximum: measured against the 50 km reference, never below 0', () => {
    expect(distanceFit(25, null, 50, '').fit).toBe(0.5);
    expect(distanceFit(80, null, 50, '').fit).toBe(0);
    expect(distanceFit(25, null, 50, '').explanation).toContain('reference 50 km');
  });
  it('a stated maximum of 0 km: only the same municipality fits', () => {
    expect(distanceFit(0, 0, 50, '').fit).toBe(1);
    expect(distanceFit(0.1, 0, 50, '').fit).toBe(0);
  });
  it('an unknown distance scores 0 and says why (never taken as 0 km)', () => {
    expect(distanceFit(null, 30, 50, 'municipality H501 not in the reference table')).toEqual({
      fit: 0,
      explanation: expect.stringContaining('H501'),
    });
  });
});

describe("hours and shifts fit (the person's availability in the professional record)", () => {
  const job = { weeklyHours: 30, shifts: ['DAY', 'WEEKEND'] as const };
  it('enough hours and every shift: 1', () => {
    expect(
      hoursAndShiftsFit({ ...job, shifts: [...job.shifts] }, { weeklyHours: 40, shifts: ['DAY', 'WEEKEND', 'NIGHT'] })
        .fit,
    ).toBe(1);
  });
  it('20 of 30 hours and 1 of 2 shifts: (2/3 + 1/2) / 2', () => {
    expect(
      hoursAndShiftsFit({ ...job, shifts: [...job.shifts] }, { weeklyHours: 20, shifts: ['DAY'] }).fit,
    ).toBeCloseTo(7 / 12, 10);
  });
  it('nothing stated: 0.5 for each part', () => {
    expect(hoursAndShiftsFit({ ...job, shifts: [...job.shifts] }, null).fit).toBe(0.5);
    expect(hoursAndShiftsFit({ ...job, shifts: [...job.shifts] }, { weeklyHours: null, shifts: [] }).fit).toBe(0.5);
  });
  it('a job with no particular shift fits any shift statement', () => {
    expect(hoursAndShiftsFit({ weeklyHours: 30, shifts: [] }, { weeklyHours: 30, shifts: ['NIGHT'] }).fit).toBe(1);
  });
});

describe('ranking fit (graduatoria, L. 68/1999 art. 8)', () => {
  it('first of 4 scores 1, last 1/4', () => {
    expect(rankingFit(1, 4).fit).toBe(1);
    expect(rankingFit(4, 4).fit).toBe(0.25);
  });
  it('the only one on the list scores 1', () => {
    expect(rankingFit(1, 1).fit).toBe(1);
  });
  it('a position outside the list scores 0', () => {
    expect(rankingFit(5, 4).fit).toBe(0);
    expect(rankingFit(0, 4).fit).toBe(0);
  });
});
