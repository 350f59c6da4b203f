import type { RegionCounts, RegionSize } from './types.ts';

const SMALL = { people: 120, employers: 40, accreditedBodies: 8 } as const;

/**
 * How many of each entity a size gives. Employers grow with the people (one per three, as in 'small'); the
 * accredited bodies with the square root, because a real network grows by bodies with more branches and more
 * people each rather than by thousands of new bodies (a linear rule would give 'large' over 1,300 of them).
 */
export function countsFor(size: RegionSize): RegionCounts {
  const people = size === 'small' ? SMALL.people : size === 'medium' ? 2_000 : size === 'large' ? 20_000 : size;
  if (!Number.isInteger(people) || people < 1)
    throw new RangeError(`size must be 'small', 'medium', 'large' or a positive whole number, got ${String(size)}`);
  return {
    people,
    // At least five, so every size class of employer is present.
    employers: Math.max(5, Math.round((people * SMALL.employers) / SMALL.people)),
    accreditedBodies: Math.max(1, Math.round(SMALL.accreditedBodies * Math.sqrt(people / SMALL.people))),
  };
}
