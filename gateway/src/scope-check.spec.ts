import { readFileSync } from 'node:fs';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { useScopeCheckOncePerDocument } from './scope-check.ts';
import { refuseMissingScope, useNothingLeftToPlan, type ScopeCheck } from './scope-refusal.ts';
import { supergraphPath, subgraphs } from './subgraphs.ts';

interface Caller {
  scopes: ReadonlySet<string>;
}

/**
 * The runtime on the real supergraph with the scope check and nothing else; the subgraphs are not reachable (port 1),
 * so an allowed field ends as SUBGRAPH errors and a refused one as FORBIDDEN, decided before anything is fetched.
 * Counts the fields checked and records the document each execution planned with.
 */
function gatewayWithCheck() {
  const checked: string[] = [];
  const planned: DocumentNode[] = [];
  const runtime = createGatewayRuntime({
    supergraph: readFileSync(supergraphPath, 'utf8'),
    transports: { http: import('@graphql-mesh/transport-http') },
    transportEntries: Object.fromEntries(subgraphs.map((s) => [s.name, { location: 'http://127.0.0.1:1/graphql' }])),
    logging: false,
    plugins: () => [
      useScopeCheckOncePerDocument<Caller>({
        mode: 'protect-granular',
        resolveUserFn: (context) => ({
          scopes: new Set(
            ((context as { request: Request }).request.headers.get('x-scopes') ?? '').split(' ').filter(Boolean),
          ),
        }),
        extractScopes: (caller) => [...caller.scopes],
        validateUser: (check) => {
          checked.push(check.fieldNode.name.value);
          return refuseMissingScope(check as unknown as ScopeCheck);
        },
        rejectUnauthenticated: false,
      }),
      useNothingLeftToPlan(),
      { onExecute: ({ args }) => void planned.push(args.document) } satisfies GatewayPlugin,
    ],
  });
  const ask = async (query: string, scopes: string, variables?: Record<string, unknown>) => {
    const response = await runtime.fetch('http://gw/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-scopes': scopes },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return (body.errors ?? []).map((e) => e.extensions?.code);
  };
  return { ask, checked, planned, dispose: () => runtime.dispose() };
}

const disability = 'query ($id: ID!) { person(id: $id) { familyName disability { invalidityPercent } } }';
const conditional =
  'query ($id: ID!, $health: Boolean!) { person(id: $id) { familyName disability @include(if: $health) { invalidityPercent } } }';

describe('the @requiresScopes check runs once per document and scopes (issue 12: no re-validation on every request)', () => {
  it('an allowed document is checked once, then planned as parsed; a caller without the scope is refused every time', async () => {
    const gateway = gatewayWithCheck();
    try {
      expect(await gateway.ask(disability, 'people:read health:read', { id: 'a' })).not.toContain('FORBIDDEN');
      const once = gateway.checked.length;
      expect(once).toBeGreaterThan(0);
      expect(await gateway.ask(disability, 'health:read people:read', { id: 'b' })).not.toContain('FORBIDDEN');
      expect(gateway.checked.length).toBe(once);
      // The second execution planned the very document the first did (the planners cache by it).
      expect(gateway.planned[1]).toBe(gateway.planned[0]);
      // Fewer scopes: a different key, checked and refused, and again on the next request.
      expect(await gateway.ask(disability, 'people:read', { id: 'a' })).toContain('FORBIDDEN');
      const afterRefusal = gateway.checked.length;
      expect(afterRefusal).toBeGreaterThan(once);
      expect(await gateway.ask(disability, 'people:read', { id: 'c' })).toContain('FORBIDDEN');
      expect(gateway.checked.length).toBeGreaterThan(afterRefusal);
    } finally {
      await gateway.dispose();
    }
  });

  it('@include on a variable is part of the key: the field left out is allowed, the same document including it is refused', async () => {
    const gateway = gatewayWithCheck();
    try {
      expect(await gateway.ask(conditional, 'people:read', { id: 'a', health: false })).not.toContain('FORBIDDEN');
      expect(await gateway.ask(conditional, 'people:read', { id: 'a', health: false })).not.toContain('FORBIDDEN');
      expect(await gateway.ask(conditional, 'people:read', { id: 'a', health: true })).toContain('FORBIDDEN');
    } finally {
      await gateway.dispose();
    }
  });
});
