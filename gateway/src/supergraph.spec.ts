import { readFileSync } from 'node:fs';
import { composeServices as composeWithApollo } from '@apollo/composition';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose.ts';
import { subgraphDefinitions, supergraphPath } from './subgraphs.ts';

describe('the supergraph', () => {
  it('schema/supergraph.graphql is up to date with the subgraph SDLs (run `pnpm compose`)', () => {
    expect(readFileSync(supergraphPath, 'utf8')).toBe(composeSupergraph());
  });

  it('composes with @apollo/composition too, so any Federation v2 router can serve it', () => {
    const result = composeWithApollo(subgraphDefinitions());
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('join__Graph');
  });
});
