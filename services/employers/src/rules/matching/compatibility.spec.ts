import { describe, expect, it } from 'vitest';
import { adjustmentsToArrange, conflictingDemands } from './compatibility.ts';

const limits = (tasksToAvoid: string[], workplaceAdjustments: string[] = []) => ({
  tasksToAvoid,
  workplaceAdjustments,
});

describe('job demands against the functional profile (ICF, WHO 2001; L. 68/1999 art. 2)', () => {
  it('the same ICF code conflicts', () => {
    expect(conflictingDemands(['d4300', 'd440'], limits(['d4300']))).toEqual(['d4300']);
  });
  it('avoiding a parent code (d430 Lifting and carrying) rules out a child demand (d4300 Lifting)', () => {
    expect(conflictingDemands(['d4300'], limits(['d430']))).toEqual(['d4300']);
  });
  it('avoiding a child code (d4300) rules out the broader demand (d430), which may include it', () => {
    expect(conflictingDemands(['d430'], limits(['d4300']))).toEqual(['d430']);
  });
  it('siblings do not conflict (d4153 sitting vs d4154 standing)', () => {
    expect(conflictingDemands(['d4153'], limits(['d4154']))).toEqual([]);
  });
  it('free text among the tasks to avoid is not decidable and never conflicts', () => {
    expect(conflictingDemands(['d4300'], limits(['heavy lifting', 'lavori in quota']))).toEqual([]);
  });
  it('surrounding blanks in a profile entry are ignored', () => {
    expect(conflictingDemands(['d475'], limits([' d475 ']))).toEqual(['d475']);
  });
  it('an environmental-factor code among the tasks to avoid is not an activity and never conflicts', () => {
    expect(conflictingDemands(['d4300'], limits(['e1351']))).toEqual([]);
  });
  it('a job without demands conflicts with nothing', () => {
    expect(conflictingDemands([], limits(['d4300']))).toEqual([]);
  });
});

describe('adjustments to arrange (D.Lgs. 216/2003 art. 3 c.3-bis: reasonable accommodation)', () => {
  it('a needed adjustment the site lacks is listed', () => {
    expect(adjustmentsToArrange(['e1351', 'e150'], ['e150'])).toEqual(['e1351']);
  });
  it('an offered parent code covers a needed child code', () => {
    expect(adjustmentsToArrange(['e1351'], ['e135'])).toEqual([]);
  });
  it('free text and activity codes among the adjustments are not decidable and not listed', () => {
    expect(adjustmentsToArrange(['flexible hours', 'd4300'], [])).toEqual([]);
  });
});
