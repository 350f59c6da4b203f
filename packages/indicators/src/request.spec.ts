import { describe, expect, it } from 'vitest';
import type { Identity, OrgKind } from '@reg/auth';
import { indicatorScope } from './request.ts';

const who = (orgKind: OrgKind, extra: Partial<Identity> = {}): Identity => ({
  subject: 's',
  organisation: 'org-1',
  orgKind,
  province: null,
  scopes: new Set(),
  token: 't',
  ...extra,
});

describe('indicatorScope (DESIGN.md Identity and access: the Region sees aggregates, never a named person)', () => {
  it('the Region with indicators:read: the whole region, suppressed', () => {
    expect(indicatorScope(who('region', { scopes: new Set(['indicators:read']) }))).toEqual({
      province: null,
      provider: null,
      suppress: true,
    });
  });
  it("a CPI: its province, unsuppressed (it sees the province's people by name)", () => {
    expect(indicatorScope(who('cpi', { province: 'MI' }))).toEqual({ province: 'MI', provider: null, suppress: false });
  });
  it('an accredited body: its own provider, unsuppressed', () => {
    expect(indicatorScope(who('accredited'))).toEqual({ province: null, provider: 'org-1', suppress: false });
  });
  it.each([
    ['the DPO (region without indicators:read)', who('region', { scopes: new Set(['audit:read']) })],
    ['a CPI without province', who('cpi')],
    ['an employer', who('employer')],
    ['a citizen', who('citizen')],
    ['a service account', who('service')],
  ])('%s: FORBIDDEN', (_, identity) => {
    expect(() => indicatorScope(identity)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});
