import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { subgraphNames } from '@reg/runtime';
import { ensureDashboardBuilt } from './dashboard-build.ts';
import { loadDemoRegionOnce, printWelcome } from './demo-session.ts';
import { startServices, type ServiceName } from './supervisor.ts';

/**
 * `pnpm start:services [--built]`: the graph of `pnpm start` (same ports, same data folder, same demo region and
 * tokens) as five processes, one per service, as production runs it. `--built` runs the bundles of
 * `pnpm build` (dist/*.mjs) instead of the TypeScript sources. Ctrl-C stops them all (each drains first).
 */
const { values } = parseArgs({ options: { built: { type: 'boolean', default: false } } });
const env = process.env;
// Development: GraphiQL loads the schema before a token is pasted (README "For partner developers").
env['GRAPHIQL_ANONYMOUS_SCHEMA'] ??= 'true';
const fromEnv = (name: string, fallback: number) => (env[name] === undefined ? fallback : Number(env[name]));
const ports: Record<ServiceName, number> = {
  gateway: fromEnv('PORT', 4000),
  people: fromEnv('PEOPLE_PORT', 4001),
  catalogue: fromEnv('CATALOGUE_PORT', 4002),
  employers: fromEnv('EMPLOYERS_PORT', 4003),
  outcomes: fromEnv('OUTCOMES_PORT', 4004),
};
const dataDir = resolve(env['DATA_DIR'] ?? '.data');
// The gateway process serves the dashboard's built files.
ensureDashboardBuilt();
const width = Math.max(...['gateway', ...subgraphNames].map((s) => s.length));

console.log(
  `Starting ${subgraphNames.join(', ')} and the gateway as separate processes${values.built ? ' (dist bundles)' : ''}...`,
);
let services: Awaited<ReturnType<typeof startServices>>;
try {
  services = await startServices({
    runner: values.built ? 'dist' : 'source',
    ports,
    host: env['HOST'] ?? '127.0.0.1',
    // The same data as `pnpm start`: PGlite folders under DATA_DIR, or DATABASE_URL when set.
    env: { DATA_DIR: dataDir, LOG_LEVEL: env['LOG_LEVEL'] ?? 'warn' },
    output: (service, line) => process.stderr.write(`[${service.padEnd(width)}] ${line}\n`),
  });
} catch (error) {
  console.error(`start:services: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const running = services;
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('Stopping the gateway and the subgraphs...');
  await running.stopAll();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
// A service that dies on its own is reported; the others keep running (as they would in a cluster).
for (const service of ['gateway', ...subgraphNames] as ServiceName[]) {
  running.child(service).once('exit', (code, signal) => {
    if (!stopping) console.error(`start:services: ${service} exited (${signal ?? `code ${code}`})`);
  });
}

await loadDemoRegionOnce(running.gatewayUrl, env);
await printWelcome(
  {
    gatewayUrl: running.gatewayUrl,
    subgraphUrls: running.subgraphUrls,
    data: env['DATABASE_URL'] ? 'PostgreSQL server' : dataDir,
    layout: `5 processes: ${['gateway', ...subgraphNames].map((s) => `${s} pid ${running.child(s as ServiceName).pid}`).join(', ')}`,
  },
  env,
);
