import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import { quotaHireEmployerScope } from './access.ts';

const caller = (orgKind: OrgKind, organisation: string | null = null): Identity => ({ subject: 's', organisation, orgKind, province: null, scopes: new Set(), token: 't' });

describe('quota hires (dates and hours of L. 68/1999 hires, no person)', () => {
  it('a CPI and the Region read any employer\'s: the employers subgraph asks for them on their behalf', () => {
    expect(quotaHireEmployerScope(caller('cpi', 'c'), ['e1', 'e2'])).toEqual(['e1', 'e2']);
    expect(quotaHireEmployerScope(caller('region', 'r'), ['e1'])).toEqual(['e1']);
  });

  it('an employer reads only its own; accredited bodies and citizens none', () => {
    expect(quotaHireEmployerScope(caller('employer', 'e1'), ['e1', 'e2'])).toEqual(['e1']);
    expect(quotaHireEmployerScope(caller('accredited', 'p'), ['e1'])).toEqual([]);
    expect(quotaHireEmployerScope(caller('citizen', 'x'), ['e1'])).toEqual([]);
  });
});
