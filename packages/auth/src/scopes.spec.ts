import { describe, expect, it } from 'vitest';
import { orgKinds, type OrgKind } from './identity.ts';
import { honouredScopes, knownScopes, scopeHolders } from './scopes.ts';

/** The expected grid, written out cell by cell (DESIGN.md: a scope only with the kinds that may hold it). */
const expected: Record<string, readonly OrgKind[]> = {
  'health:read': ['cpi'],
  'audit:read': ['dpo'],
  'deliveries:override': ['cpi'],
  'indicators:read': ['region'],
  'microdata:read': ['region'],
  'people:read': ['cpi', 'accredited'],
  'people:write': ['cpi'],
  'deliveries:write': ['cpi', 'accredited'],
};

describe('scopes × organisation kinds', () => {
  it('the table covers exactly the scopes the graph knows', () => {
    expect(Object.keys(scopeHolders).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const scope of knownScopes) {
    for (const kind of orgKinds) {
      const held = expected[scope]!.includes(kind);
      it(`${scope} held by ${kind}: ${held ? 'honoured' : 'dropped'}`, () => {
        expect(honouredScopes(kind, [scope]).has(scope)).toBe(held);
      });
    }
  }

  it('a scope the graph does not know is dropped for every kind', () => {
    for (const kind of orgKinds) expect([...honouredScopes(kind, ['admin', 'audit:write', '*'])]).toEqual([]);
  });
});
