import { describe, expect, it } from 'vitest';
import type { Identity } from '@reg/auth';
import { canOverride, overrideReasonProblem } from './override.ts';

const caller = (orgKind: Identity['orgKind'], scopes: string[]): Identity => ({
  subject: 's',
  organisation: 'o',
  orgKind,
  province: 'MI',
  scopes: new Set(scopes),
  token: 't',
});

describe('overrides of the catalogue bounds (README "Reporting deliveries", override)', () => {
  it('only a CPI supervisor (org_kind cpi with scope deliveries:override) may override', () => {
    expect(canOverride(caller('cpi', ['deliveries:override']))).toBe(true);
    expect(canOverride(caller('cpi', ['people:write']))).toBe(false);
    expect(canOverride(caller('accredited', ['deliveries:override']))).toBe(false);
  });

  it('an override says why', () => {
    expect(overrideReasonProblem('   ')).not.toBeNull();
    expect(overrideReasonProblem('ok')).not.toBeNull();
    expect(overrideReasonProblem('Extra session agreed with the social services')).toBeNull();
  });
});
