import { describe, expect, it } from 'vitest';
import { inDisadvantageTargetGroup } from './disadvantage.ts';

const none = { enrolments: [], certifications: [] };

describe('target group of area 3 and 2Cb (seed 003: certified disability or disadvantage, Documento degli Interventi)', () => {
  it('seed 003: an open application is not a certification — SUBMITTED and PRE_REJECTED are outside, ACCEPTED from its decision day inside', () => {
    expect(
      inDisadvantageTargetGroup({ ...none, enrolments: [{ status: 'SUBMITTED', decidedOn: null }] }, '2026-05-01'),
    ).toBe(false);
    expect(
      inDisadvantageTargetGroup({ ...none, enrolments: [{ status: 'PRE_REJECTED', decidedOn: null }] }, '2026-05-01'),
    ).toBe(false);
    const accepted = { ...none, enrolments: [{ status: 'ACCEPTED', decidedOn: '2026-05-01' }] };
    expect(inDisadvantageTargetGroup(accepted, '2026-04-30')).toBe(false);
    expect(inDisadvantageTargetGroup(accepted, '2026-05-01')).toBe(true);
  });
  it('seed 003: a certified disadvantage counts on the days it is valid, not the day after', () => {
    const certified = { ...none, certifications: [{ validFrom: '2026-01-10', validTo: '2026-12-31' }] };
    expect(inDisadvantageTargetGroup(certified, '2026-01-09')).toBe(false);
    expect(inDisadvantageTargetGroup(certified, '2026-01-10')).toBe(true);
    expect(inDisadvantageTargetGroup(certified, '2026-12-31')).toBe(true);
    expect(inDisadvantageTargetGroup(certified, '2027-01-01')).toBe(false);
    expect(
      inDisadvantageTargetGroup(
        { ...none, certifications: [{ validFrom: '2026-01-10', validTo: null }] },
        '2030-01-01',
      ),
    ).toBe(true);
  });
});
