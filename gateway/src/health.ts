import type { IncomingMessage, ServerResponse } from 'node:http';

export type SubgraphHealth = Record<string, 'ready' | 'not ready'>;

/** Each subgraph's own /readyz, asked in parallel with a short time-out: a report, never a gate. */
export async function subgraphHealth(urls: Record<string, string>, timeoutMs = 1_500): Promise<SubgraphHealth> {
  const checks = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(timeoutMs) });
        await response.body?.cancel();
        return [name, response.ok ? 'ready' : 'not ready'] as const;
      } catch {
        return [name, 'not ready'] as const;
      }
    }),
  );
  return Object.fromEntries(checks);
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Liveness is the process (/healthz); readiness is "can serve" (/readyz: the supergraph is loaded, which the
 * runtime's own readiness check tells), so one subgraph down never takes every gateway replica out of rotation:
 * the others still answer their part. Each subgraph's state is reported beside it, and on its own at
 * /health/subgraphs (200 only when all are ready, for an alert rather than a probe); so is the query planner in use.
 */
export function healthHandler(options: {
  urls: Record<string, string>;
  supergraphLoaded(): Promise<boolean>;
  /** The query planner in use (rust, or js by setting or fallback), shown beside the readiness. */
  queryPlanner: string;
}) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok', service: 'gateway' });
      return true;
    }
    if (path === '/readyz') {
      void Promise.all([options.supergraphLoaded().catch(() => false), subgraphHealth(options.urls)]).then(
        ([loaded, subgraphs]) => {
          sendJson(res, loaded ? 200 : 503, {
            status: loaded ? 'ready' : 'not ready',
            supergraph: loaded ? 'loaded' : 'not loaded',
            queryPlanner: options.queryPlanner,
            subgraphs,
          });
        },
      );
      return true;
    }
    if (path === '/health/subgraphs') {
      void subgraphHealth(options.urls).then((subgraphs) => {
        const all = Object.values(subgraphs).every((s) => s === 'ready');
        sendJson(res, all ? 200 : 503, { status: all ? 'ready' : 'degraded', subgraphs });
      });
      return true;
    }
    return false;
  };
}
