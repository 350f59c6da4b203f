import { join } from 'node:path';
import { buildCatalogue } from '@reg/catalogue';
import { buildEmployers } from '@reg/employers';
import { createGateway } from '@reg/gateway';
import { buildOutcomes } from '@reg/outcomes';
import { buildPeople } from '@reg/people';

export interface GraphOptions {
  /**
   * Where the data lives: a postgres:// URL (all four subgraphs in one database, each in its own
   * schema), a folder (one PGlite database per subgraph under it), or 'memory://'. From the
   * environment when absent (DATABASE_URL, per-service URLs, DATA_DIR).
   */
  location?: string;
  /** Port of the gateway (0 = any free port); subgraphs take free ports unless subgraphPorts is given. */
  port?: number;
  subgraphPorts?: { people: number; catalogue: number; employers: number; outcomes: number };
  host?: string;
  quiet?: boolean;
  /** GraphiQL may load the schema without a token (development; see createGateway). */
  anonymousSchema?: boolean;
  /**
   * How old the outcomes' indicator snapshots may be (README "Indicators"); INDICATORS_MAX_AGE_SECONDS when absent,
   * and 0 (computed on every read, so a write is seen at once, as the e2e suites expect) when that is unset too.
   */
  indicatorsMaxAgeSeconds?: number;
  /** The gateway's REFERENCE_CACHE_SECONDS (README "Replicas and shared state"); from the environment when absent. */
  referenceCacheSeconds?: number;
}

export type ServiceName = 'people' | 'catalogue' | 'employers' | 'outcomes';

export interface RunningGraph {
  gatewayUrl: string;
  subgraphUrls: { people: string; catalogue: string; employers: string; outcomes: string };
  /**
   * Stops one subgraph as a crash would (its port refuses connections, its database is closed), and starts it
   * again on the same port and data: what a fault test does to one process of the production layout.
   */
  stopSubgraph(name: ServiceName): Promise<void>;
  restartSubgraph(name: ServiceName): Promise<void>;
  close(): Promise<void>;
}

interface Launched {
  port: number;
  url: string;
  close(): Promise<void>;
}

function locationFor(service: string, location: string | undefined): string | undefined {
  if (!location || location === 'memory://' || /^postgres(ql)?:\/\//.test(location)) return location;
  return join(location, service);
}

/**
 * Runs the whole graph in one process: four subgraphs, each with its own HTTP server and its own
 * database, and the gateway in front. The start command and the end-to-end tests use it; in
 * production each subgraph runs on its own (services/<name>/src/index.ts).
 */
export async function startGraph(options: GraphOptions = {}): Promise<RunningGraph> {
  const host = options.host ?? '127.0.0.1';
  const ports = options.subgraphPorts ?? { people: 0, catalogue: 0, employers: 0, outcomes: 0 };
  const closers: Array<() => Promise<void>> = [];
  const logger = options.quiet ? { logger: (await import('@reg/subgraph-kit')).createLogger('graph', 'silent') } : {};
  // Each subgraph is launched by a function that builds it on its data and listens: once at start, and again
  // on the same port after stopSubgraph.
  const running = new Map<ServiceName, Launched>();
  const launchers = new Map<ServiceName, (port: number) => Promise<Launched>>();
  const launch = async (
    name: ServiceName,
    port: number,
    build: () => Promise<{
      server: { listen(port: number, host: string): Promise<{ url: string; port: number; close(): Promise<void> }> };
      database: { close(): Promise<void> };
    }>,
  ) => {
    const launcher = async (at: number): Promise<Launched> => {
      const built = await build();
      try {
        const run = await built.server.listen(at, host);
        return {
          port: run.port,
          url: run.url,
          close: async () => {
            await run.close();
            await built.database.close();
          },
        };
      } catch (error) {
        await built.database.close();
        throw error;
      }
    };
    launchers.set(name, launcher);
    const launched = await launcher(port);
    running.set(name, launched);
    closers.push(async () => {
      await running.get(name)?.close();
      running.delete(name);
    });
    return launched;
  };
  try {
    // No subgraph needs another to start or to be ready: each calls the others only while serving a request, so
    // the four start together, each handed its owners' URLs as functions read at call time (known once they listen).
    const urls: Partial<Record<ServiceName, string>> = {};
    const urlOf = (name: ServiceName) => () => {
      const url = urls[name];
      if (!url) throw new Error(`The ${name} subgraph is not listening yet`);
      return url;
    };
    const at = (name: ServiceName) => locationFor(name, options.location);
    const launches = [
      launch('catalogue', ports.catalogue, () => buildCatalogue({ location: at('catalogue'), ...logger })),
      launch('people', ports.people, () =>
        buildPeople({ location: at('people'), catalogueUrl: urlOf('catalogue'), ...logger }),
      ),
      launch('employers', ports.employers, () =>
        buildEmployers({
          location: at('employers'),
          outcomesUrl: urlOf('outcomes'),
          peopleUrl: urlOf('people'),
          ...logger,
        }),
      ),
      launch('outcomes', ports.outcomes, () =>
        buildOutcomes({
          location: at('outcomes'),
          peopleUrl: urlOf('people'),
          catalogueUrl: urlOf('catalogue'),
          employersUrl: urlOf('employers'),
          ...(options.indicatorsMaxAgeSeconds === undefined
            ? {}
            : { indicatorsMaxAgeSeconds: options.indicatorsMaxAgeSeconds }),
          ...logger,
        }),
      ),
    ] as const;
    // Settled, not raced: one that fails is reported once every other has started, so all are closed below.
    const settled = await Promise.allSettled(launches);
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const [catalogueRun, peopleRun, employersRun, outcomesRun] = settled.map(
      (r) => (r as PromiseFulfilledResult<Launched>).value,
    ) as [Launched, Launched, Launched, Launched];
    Object.assign(urls, {
      catalogue: catalogueRun.url,
      people: peopleRun.url,
      employers: employersRun.url,
      outcomes: outcomesRun.url,
    });
    const subgraphUrls = {
      people: peopleRun.url,
      catalogue: catalogueRun.url,
      employers: employersRun.url,
      outcomes: outcomesRun.url,
    };
    const gateway = createGateway({
      subgraphUrls,
      ...(options.quiet ? { logLevel: 'error' as const } : {}),
      ...(options.anonymousSchema ? { anonymousSchema: true } : {}),
      ...(options.referenceCacheSeconds !== undefined
        ? { env: { ...process.env, REFERENCE_CACHE_SECONDS: String(options.referenceCacheSeconds) } }
        : {}),
    });
    const gatewayRun = await gateway.listen(options.port ?? 0, host);
    closers.push(gatewayRun.close);
    return {
      gatewayUrl: gatewayRun.url,
      subgraphUrls,
      stopSubgraph: async (name) => {
        const launched = running.get(name);
        if (!launched) return;
        running.delete(name);
        await launched.close();
      },
      restartSubgraph: async (name) => {
        if (running.has(name)) return;
        const port = new URL(subgraphUrls[name]).port;
        running.set(name, await launchers.get(name)!(Number(port)));
      },
      close: async () => {
        for (const close of closers.reverse()) await close();
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => {});
    throw error;
  }
}
