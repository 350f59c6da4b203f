import type { Identity, OrgKind } from '@reg/auth';
import { describe, expect, it } from 'vitest';
import { canWriteCatalogue } from './access.ts';

const caller = (orgKind: OrgKind): Identity => ({
  subject: `someone@${orgKind}`,
  organisation: `${orgKind}-1`,
  orgKind,
  province: orgKind === 'cpi' ? 'TN' : null,
  scopes: new Set(),
  token: 't',
});

describe('who writes the catalogue (D.Lgs. 150/2015 art. 12: the Region accredits providers)', () => {
  it('D.Lgs. 150/2015 art. 12: the Region registers providers', () => {
    expect(canWriteCatalogue(caller('region'))).toBe(true);
  });

  it('D.Lgs. 150/2015 art. 12: a CPI, an accredited body, an employer, a citizen, a service or the DPO do not', () => {
    for (const kind of ['cpi', 'accredited', 'employer', 'citizen', 'service', 'dpo'] as const)
      expect(canWriteCatalogue(caller(kind))).toBe(false);
  });
});
