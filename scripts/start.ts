import { resolve } from 'node:path';
import { startTracing } from '@reg/subgraph-kit';
import { startGraph } from './graph.ts';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { loadDemoRegionOnce, printWelcome } from './demo-session.ts';

/**
 * `pnpm start`: the gateway and the four subgraphs on the embedded database (PGlite folders under
 * DATA_DIR, default .data) or on DATABASE_URL; loads the demo region on first start; prints the URL
 * and ready-made demo tokens. `pnpm start:services` runs the same graph as separate processes.
 */
const env = process.env;
// Development: GraphiQL loads the schema before a token is pasted (README "For partner developers").
env['GRAPHIQL_ANONYMOUS_SCHEMA'] ??= 'true';
const location = env['DATABASE_URL'] ?? resolve(env['DATA_DIR'] ?? '.data');
const port = Number(env['PORT'] ?? 4000);
const subgraphPorts = {
  people: Number(env['PEOPLE_PORT'] ?? 4001),
  catalogue: Number(env['CATALOGUE_PORT'] ?? 4002),
  employers: Number(env['EMPLOYERS_PORT'] ?? 4003),
  outcomes: Number(env['OUTCOMES_PORT'] ?? 4004),
};

// One process, one OpenTelemetry SDK for the gateway and the four subgraphs (only with OTEL_EXPORTER_OTLP_ENDPOINT).
const stopTracing = await startTracing('graph');
ensureDashboardBuilt();
const graph = await startGraph({
  location,
  port,
  subgraphPorts,
  host: env['HOST'] ?? '127.0.0.1',
  quiet: env['LOG_LEVEL'] === undefined,
});
const shutdown = async () => {
  await graph.close();
  await stopTracing();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

await loadDemoRegionOnce(graph.gatewayUrl, env);
await printWelcome(
  {
    gatewayUrl: graph.gatewayUrl,
    subgraphUrls: graph.subgraphUrls,
    data: location.startsWith('postgres') ? 'PostgreSQL server' : location,
  },
  env,
);
