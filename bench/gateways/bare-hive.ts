import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { subgraphNames } from '@reg/runtime';
import { supergraphPath } from '../../gateway/src/subgraphs.ts';

/**
 * The bare Hive Gateway runtime on the same supergraph, for `pnpm bench:gateways`: none of this project's plugins
 * (no token check, limits, rate limit, metrics, error codes, generic auth), only the caller's Authorization header
 * passed on so that the subgraphs (which verify it) answer. QUERY_PLANNER=rust puts the Rust planner under it.
 */
const port = Number(process.env['PORT']);
const runtime = createGatewayRuntime({
  supergraph: readFileSync(supergraphPath, 'utf8'),
  transports: { http: import('@graphql-mesh/transport-http') },
  transportEntries: Object.fromEntries(
    subgraphNames.map((name) => [name, { location: process.env[`${name.toUpperCase()}_URL`]! }]),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }),
  },
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: false,
  ...(process.env['QUERY_PLANNER'] === 'rust'
    ? {
        unifiedGraphHandler: async (options) =>
          (await import('@graphql-hive/router-runtime')).unifiedGraphHandler(options),
      }
    : {}),
});
createServer(runtime).listen(port, '127.0.0.1', () => console.log(`bare hive gateway on ${port}`));

// Stopped by the benchmark with SIGTERM; nothing to drain.
process.on('SIGTERM', () => process.exit(0));
