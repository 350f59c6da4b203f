import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { defaultPorts, subgraphNames, type SubgraphName } from '@reg/runtime';

export type ServiceName = 'gateway' | SubgraphName;

export interface SupervisorOptions {
  /** `dist`: the bundles of `pnpm build` (as production runs them); `source`: the TypeScript entries through tsx. */
  runner: 'dist' | 'source';
  ports?: Partial<Record<ServiceName, number>>;
  host?: string;
  /** Added to each child's environment (DATA_DIR or DATABASE_URL, AUTH_..., LOG_LEVEL...). */
  env?: Record<string, string | undefined>;
  /** Where each child's output lines go, prefixed with its name; none = dropped. */
  output?: (service: ServiceName, line: string) => void;
  /** How long one process may take to answer /readyz. */
  readyTimeoutMs?: number;
}

export interface RunningServices {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  baseUrl(service: ServiceName): string;
  child(service: ServiceName): ChildProcess;
  /** SIGTERM to one process; resolves with its exit code once it has drained and exited. */
  stop(service: ServiceName): Promise<number | null>;
  /** Starts a stopped process again on its port and waits until it is ready. */
  start(service: ServiceName): Promise<void>;
  /** Stops everything: the gateway first, then the subgraphs. */
  stopAll(): Promise<void>;
}

const root = join(import.meta.dirname, '..');
const sourceEntry: Record<ServiceName, string> = {
  gateway: 'gateway/src/index.ts',
  people: 'services/people/src/index.ts',
  catalogue: 'services/catalogue/src/index.ts',
  employers: 'services/employers/src/index.ts',
  outcomes: 'services/outcomes/src/index.ts',
};

export function commandOf(service: ServiceName, runner: SupervisorOptions['runner']): string[] {
  if (runner === 'dist') {
    const bundle = join(root, 'dist', `${service}.mjs`);
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run pnpm build first`);
    return [bundle];
  }
  return ['--import', 'tsx', join(root, sourceEntry[service])];
}

const exitOf = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

/**
 * The graph as separate processes, one per service, the way production runs it: each subgraph is started
 * and waited for (its /readyz answers once its database is migrated and reachable), then the gateway, whose
 * /readyz answers once it can reach them. The subgraphs do not need each other to start (they call each
 * other only while serving a write), so they start together.
 */
export async function startServices(options: SupervisorOptions): Promise<RunningServices> {
  const host = options.host ?? '127.0.0.1';
  const port = (service: ServiceName) => options.ports?.[service] ?? defaultPorts[service];
  const baseUrl = (service: ServiceName) => `http://${host}:${port(service)}`;
  const subgraphUrls = Object.fromEntries(subgraphNames.map((s) => [s, `${baseUrl(s)}/graphql`])) as Record<
    SubgraphName,
    string
  >;
  const children = new Map<ServiceName, ChildProcess>();
  // One internal secret for every process of this graph (service tokens, signed request ids): the environment's,
  // else drawn here for this run, so development never needs one written anywhere.
  const internalSecret =
    options.env?.['GRAPH_INTERNAL_SECRET'] ??
    process.env['GRAPH_INTERNAL_SECRET'] ??
    randomBytes(32).toString('base64url');
  const lastLines = new Map<ServiceName, string>();

  function spawnService(service: ServiceName): ChildProcess {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      GRAPH_INTERNAL_SECRET: internalSecret,
      PORT: String(port(service)),
      HOST: host,
      ...Object.fromEntries(subgraphNames.map((s) => [`${s.toUpperCase()}_URL`, subgraphUrls[s]])),
    };
    const child = spawn(process.execPath, commandOf(service, options.runner), {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => {
        lastLines.set(service, line);
        options.output?.(service, line);
      });
    }
    children.set(service, child);
    return child;
  }

  async function waitReady(service: ServiceName): Promise<void> {
    const child = children.get(service)!;
    const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        // Give the reader a moment to deliver the child's last line (its reason).
        await new Promise((r) => setTimeout(r, 50));
        throw new Error(lastLines.get(service) ?? `${service} exited with code ${child.exitCode}`);
      }
      try {
        if ((await fetch(`${baseUrl(service)}/readyz`, { signal: AbortSignal.timeout(2_000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(
      `${service} did not become ready at ${baseUrl(service)}/readyz within ${options.readyTimeoutMs ?? 120_000} ms`,
    );
  }

  async function stop(service: ServiceName): Promise<number | null> {
    const child = children.get(service);
    if (!child) return null;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exitOf(child);
  }

  async function stopAll(): Promise<void> {
    await stop('gateway');
    await Promise.all(subgraphNames.map((s) => stop(s)));
  }

  async function start(service: ServiceName): Promise<void> {
    spawnService(service);
    await waitReady(service);
  }

  try {
    for (const s of subgraphNames) spawnService(s);
    await Promise.all(subgraphNames.map((s) => waitReady(s)));
    await start('gateway');
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    gatewayUrl: `${baseUrl('gateway')}/graphql`,
    subgraphUrls,
    baseUrl,
    child: (service) => children.get(service)!,
    stop,
    start,
    stopAll,
  };
}
