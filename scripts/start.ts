import { resolve } from 'node:path';
import { authConfigFromEnv, signDevToken } from '@reg/auth';
import { generateRegion, isRegionLoaded, loadRegion } from '@reg/demo-data';
import { startTracing } from '@reg/subgraph-kit';
import { gql } from '@reg/testkit';
import { startGraph } from './graph.ts';

/**
 * `pnpm start`: the gateway and the four subgraphs on the embedded database (PGlite folders under
 * DATA_DIR, default .data) or on DATABASE_URL; loads the demo region on first start; prints the URL
 * and ready-made demo tokens.
 */
const env = process.env;
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
const graph = await startGraph({ location, port, subgraphPorts, host: env['HOST'] ?? '127.0.0.1', quiet: env['LOG_LEVEL'] === undefined });
const shutdown = async () => {
  await graph.close();
  await stopTracing();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

if (env['DEMO_DATA'] !== 'off' && !(await isRegionLoaded(graph.gatewayUrl))) {
  const seed = Number(env['DEMO_SEED'] ?? 42);
  const size = (env['DEMO_SIZE'] ?? 'small') as 'small';
  console.log(`Loading the demo region (seed ${seed}, size ${size}) through the gateway...`);
  const summary = await loadRegion(generateRegion({ seed, size }), { gatewayUrl: graph.gatewayUrl });
  console.log(`Loaded: ${JSON.stringify(summary.counts)}`);
}

// Demo actors: the CPI of Milan, an accredited body of Milan, the Region; ids read back from the graph.
const config = authConfigFromEnv();
const region = await signDevToken(config, { sub: 'analyst@region', org: 'region', org_kind: 'region', scope: 'indicators:read' });
const { data } = await gql(graph.gatewayUrl, region, '{ cpi: providers(province: "MI", kind: CPI) { id name } accredited: providers(province: "MI", kind: ACCREDITED) { id name } }');
const cpi = data?.['cpi']?.[0];
const accredited = data?.['accredited']?.[0];
const tokens: Array<[string, string, string]> = [['TOKEN_REGION', 'Region analyst', region]];
if (cpi) tokens.unshift(['TOKEN_CPI', `CPI operator (${cpi.name}, province MI)`, await signDevToken(config, { sub: 'operator@cpi-mi', org: cpi.id, org_kind: 'cpi', province: 'MI', scope: 'people:read people:write health:read' })]);
if (accredited) tokens.splice(1, 0, ['TOKEN_ACCREDITED', `Accredited-body operator (${accredited.name})`, await signDevToken(config, { sub: 'operator@accredited', org: accredited.id, org_kind: 'accredited', scope: 'people:read deliveries:write' })]);

console.log(`
The graph is up.
  GraphQL (and GraphiQL in a browser): ${graph.gatewayUrl}
  Readiness: ${graph.gatewayUrl.replace('/graphql', '/readyz')}
  Subgraphs: ${Object.entries(graph.subgraphUrls).map(([name, url]) => `${name} ${url}`).join(', ')}
  Data: ${location.startsWith('postgres') ? 'PostgreSQL server' : location}

Demo tokens (valid 12 hours; in GraphiQL put {"Authorization": "Bearer <token>"} in Headers):
${tokens.map(([name, who, token]) => `  # ${who}\n  export ${name}=${token}`).join('\n')}

Try:
  curl -s ${graph.gatewayUrl} -H "Authorization: Bearer $TOKEN_CPI" -H 'content-type: application/json' \\
    -d '{"query":"{ people(first: 3) { items { familyName deliveries { serviceStandard { code title } minutes } } } }"}'
`);
