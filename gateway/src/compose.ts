import { writeFileSync } from 'node:fs';
import { composeServices } from '@theguild/federation-composition';
import { subgraphDefinitions, supergraphPath } from './subgraphs.ts';

/** Composes schema/supergraph.graphql from the subgraph SDLs (the checked-in artifact the gateway serves). */
export function composeSupergraph(): string {
  const result = composeServices(subgraphDefinitions());
  if (result.errors?.length) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl!;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(supergraphPath, composeSupergraph());
  console.log(`wrote ${supergraphPath}`);
}
