import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import {
  canConfirmQuotaPlacement,
  canSeeEmployerService,
  canSeePlacement,
  employerServiceReporter,
  quotaHireScope,
  quotaStatusAtRecording,
} from './access.ts';

const caller = (orgKind: OrgKind, organisation: string | null = null, province: string | null = null): Identity => ({
  subject: 's',
  organisation,
  orgKind,
  province,
  scopes: new Set(),
  token: 't',
});

/** A hire by employer e1 (registered office MI) through a vacancy in BG, of a person living in CO, recorded by acc-1. */
const hire = {
  employerId: 'e1',
  countsTowardQuota: true,
  employerProvince: 'MI',
  quotaProvince: 'BG',
  reportedByOrg: 'acc-1',
  personProvince: 'CO',
  personId: 'p1',
};

describe('quota hires (dates and hours of L. 68/1999 hires, no person): who needs them for an obligation (L. 68/1999 art. 6, 7)', () => {
  it('the employer its own; a CPI those of its province', () => {
    expect(quotaHireScope(caller('employer', 'e1'))).toEqual({ employerId: 'e1' });
    expect(quotaHireScope(caller('cpi', 'c', 'MI'))).toEqual({ province: 'MI' });
  });

  it("the employers subgraph asking on any caller's behalf (it computes the statuses and rankings): all it asks for", () => {
    for (const behalf of [caller('region', 'region'), caller('employer', 'e1'), caller('cpi', 'c', 'MI')])
      expect(quotaHireScope({ ...behalf, via: 'employers' })).toEqual({ all: true });
  });

  it("another subgraph asking on a caller's behalf gets nothing, even for a caller who would get rows itself", () => {
    expect(quotaHireScope({ ...caller('employer', 'e1'), via: 'people' })).toBeNull();
    expect(quotaHireScope({ ...caller('cpi', 'c', 'MI'), via: 'outcomes' })).toBeNull();
  });

  it('nobody else: the Region with its own token, accredited bodies, citizens, a CPI without a province, an employer token without org', () => {
    expect(quotaHireScope(caller('region', 'region'))).toBeNull();
    expect(quotaHireScope(caller('accredited', 'acc-1'))).toBeNull();
    expect(quotaHireScope(caller('citizen', 'p1'))).toBeNull();
    expect(quotaHireScope(caller('cpi', 'c', null))).toBeNull();
    expect(quotaHireScope(caller('employer', null))).toBeNull();
  });
});

describe('a quota-counting placement needs the employer or the CPI of its province (L. 68/1999 art. 6, 7)', () => {
  it('recorded by an accredited body or a CPI of another province: PENDING', () => {
    expect(quotaStatusAtRecording(caller('accredited', 'acc-1'), hire)).toBe('PENDING');
    expect(quotaStatusAtRecording(caller('cpi', 'cpi-co', 'CO'), hire)).toBe('PENDING');
  });

  it("recorded by a CPI of the employer's registered office or of the province where the hire counts: CONFIRMED", () => {
    expect(quotaStatusAtRecording(caller('cpi', 'cpi-mi', 'MI'), hire)).toBe('CONFIRMED');
    expect(quotaStatusAtRecording(caller('cpi', 'cpi-bg', 'BG'), hire)).toBe('CONFIRMED');
  });

  it('a hire recorded as not counting has no quota status', () => {
    expect(quotaStatusAtRecording(caller('cpi', 'cpi-mi', 'MI'), { ...hire, countsTowardQuota: false })).toBeNull();
  });

  it('confirmed by the employer itself or a CPI of its province; not by the recorder, another employer or the Region', () => {
    expect(canConfirmQuotaPlacement(caller('employer', 'e1'), hire)).toBe(true);
    expect(canConfirmQuotaPlacement(caller('cpi', 'cpi-mi', 'MI'), hire)).toBe(true);
    expect(canConfirmQuotaPlacement(caller('cpi', 'cpi-bg', 'BG'), hire)).toBe(true);
    expect(canConfirmQuotaPlacement(caller('accredited', 'acc-1'), hire)).toBe(false);
    expect(canConfirmQuotaPlacement(caller('cpi', 'cpi-co', 'CO'), hire)).toBe(false);
    expect(canConfirmQuotaPlacement(caller('employer', 'e2'), hire)).toBe(false);
    expect(canConfirmQuotaPlacement(caller('region', 'r'), hire)).toBe(false);
  });

  it("visible to both: the employer and the CPI of the employer's province see it, besides the person's CPI and the recorder", () => {
    expect(canSeePlacement(caller('employer', 'e1'), hire)).toBe(true);
    expect(canSeePlacement(caller('cpi', 'cpi-mi', 'MI'), hire)).toBe(true);
    expect(canSeePlacement(caller('cpi', 'cpi-co', 'CO'), hire)).toBe(true);
    expect(canSeePlacement(caller('accredited', 'acc-1'), hire)).toBe(true);
    expect(canSeePlacement(caller('cpi', 'cpi-rm', 'RM'), hire)).toBe(false);
    expect(canSeePlacement(caller('cpi', 'cpi-mi', 'MI'), { ...hire, countsTowardQuota: false })).toBe(false);
  });
});

describe('services to employers (seed 003, area 4)', () => {
  const row = { providerId: 'acc-1', employerId: 'emp-1', employerProvince: 'MI' };
  it('the employer itself, the CPI of its province and the reporting provider see it; nobody else', () => {
    expect(canSeeEmployerService(caller('employer', 'emp-1'), row)).toBe(true);
    expect(canSeeEmployerService(caller('employer', 'emp-2'), row)).toBe(false);
    expect(canSeeEmployerService(caller('cpi', 'cpi-mi', 'MI'), row)).toBe(true);
    expect(canSeeEmployerService(caller('cpi', 'cpi-bg', 'BG'), row)).toBe(false);
    expect(canSeeEmployerService(caller('accredited', 'acc-1'), row)).toBe(true);
    expect(canSeeEmployerService(caller('accredited', 'acc-2'), row)).toBe(false);
    expect(canSeeEmployerService(caller('region', 'region'), row)).toBe(false);
  });
  it("reported by the CPI of the employer's province or an accredited body, not by another province's CPI", () => {
    expect(employerServiceReporter(caller('cpi', 'cpi-mi', 'MI'), 'MI')).toBe('cpi');
    expect(employerServiceReporter(caller('cpi', 'cpi-bg', 'BG'), 'MI')).toBeNull();
    expect(employerServiceReporter(caller('accredited', 'acc-1'), 'MI')).toBe('accredited');
    expect(employerServiceReporter(caller('employer', 'emp-1'), 'MI')).toBeNull();
  });
});
