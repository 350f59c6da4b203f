import { describe, expect, it } from 'vitest';
import { MAX_SHORTLIST_SIZE } from './shortlist.ts';
import { matchingRefusal, shortlistRequestProblems } from './shortlist-request.ts';

const today = '2026-06-15';
const fields = (input: { size: number; referenceDate: string }) =>
  shortlistRequestProblems(input, today).map((p) => p.field);

describe('a shortlist request (L. 68/1999 art. 7 and 8: drawn from the ranking list of a date)', () => {
  it('L. 68/1999 art. 8: the size is 1 to the largest shortlist (1 and the maximum in, 0 and one more out)', () => {
    expect(fields({ size: 1, referenceDate: today })).toEqual([]);
    expect(fields({ size: MAX_SHORTLIST_SIZE, referenceDate: today })).toEqual([]);
    expect(fields({ size: 0, referenceDate: today })).toEqual(['size']);
    expect(fields({ size: MAX_SHORTLIST_SIZE + 1, referenceDate: today })).toEqual(['size']);
    expect(fields({ size: 2.5, referenceDate: today })).toEqual(['size']);
  });

  it('L. 68/1999 art. 8: the ranking list of today is read, not the one of tomorrow', () => {
    expect(fields({ size: 10, referenceDate: today })).toEqual([]);
    expect(fields({ size: 10, referenceDate: '2026-06-16' })).toEqual(['referenceDate']);
  });
});

describe('which vacancy is matched (L. 68/1999 art. 8 and art. 18 c.2 lists; art. 2 targeted placement)', () => {
  const ready = { status: 'OPEN', reservedFor: 'DISABLED', jobProfile: { tasks: [] } };

  it('L. 68/1999 art. 8 and art. 18 c.2: an open vacancy reserved for a protected category, with a job profile', () => {
    expect(matchingRefusal(ready)).toBeNull();
    expect(matchingRefusal({ ...ready, reservedFor: 'ART18' })).toBeNull();
  });

  it('L. 68/1999 art. 2: a closed vacancy, one reserved for nobody, or one without a job profile is refused by name', () => {
    expect(matchingRefusal({ ...ready, status: 'CLOSED' })?.rule).toBe('MATCHING_VACANCY_NOT_OPEN');
    expect(matchingRefusal({ ...ready, reservedFor: null })?.rule).toBe('MATCHING_VACANCY_NOT_PROTECTED');
    expect(matchingRefusal({ ...ready, jobProfile: null })?.rule).toBe('MATCHING_NO_JOB_PROFILE');
  });
});
