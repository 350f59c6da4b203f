import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { appRoot } from '@reg/runtime';

export const schemaDir = join(appRoot(import.meta.url), 'schema');
export const supergraphPath = join(schemaDir, 'supergraph.graphql');

/** The four subgraphs, their default local ports, and the env variable that overrides each URL. */
export const subgraphs = [
  { name: 'people', port: 4001 },
  { name: 'catalogue', port: 4002 },
  { name: 'employers', port: 4003 },
  { name: 'outcomes', port: 4004 },
] as const;
export type SubgraphName = (typeof subgraphs)[number]['name'];

export const defaultSubgraphUrl = (port: number) => `http://localhost:${port}/graphql`;
export const subgraphUrlEnv = (name: SubgraphName) => `${name.toUpperCase()}_URL`;

export function subgraphTypeDefs(name: SubgraphName): DocumentNode {
  return parse(readFileSync(join(schemaDir, `${name}.graphql`), 'utf8'));
}

export function subgraphDefinitions() {
  return subgraphs.map((s) => ({ name: s.name, url: defaultSubgraphUrl(s.port), typeDefs: subgraphTypeDefs(s.name) }));
}
