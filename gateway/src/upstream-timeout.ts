import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

/**
 * Each subgraph call is given up after `ms` (UPSTREAM_TIMEOUT_MS), answering GATEWAY_TIMEOUT with the subgraph's
 * name, which `maskSubgraphFailures` turns into SUBGRAPH_UNAVAILABLE with reason TIMEOUT. The same rule as the
 * runtime's `upstreamTimeout` option, at a fraction of its cost on every call: that one builds an
 * `AbortSignal.timeout`, merges it with the request's signal through weak references and a finalization registry,
 * and keeps the subrequest (body included) for the error's extensions; here one timer and one controller per call,
 * both released as soon as the subgraph answers.
 */
export function useUpstreamTimeout(ms: number): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      setExecutor(function timeoutExecutor(request) {
        const controller = new AbortController();
        const outer = request.signal;
        if (outer?.aborted) controller.abort(outer.reason);
        const forward = () => controller.abort(outer!.reason);
        outer?.addEventListener('abort', forward, { once: true });
        let timer: NodeJS.Timeout | undefined;
        const release = () => {
          clearTimeout(timer);
          outer?.removeEventListener('abort', forward);
        };
        const result = executor({ ...request, signal: controller.signal });
        if (typeof (result as { then?: unknown }).then !== 'function') {
          release();
          return result;
        }
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
            controller.abort(reason);
            reject(
              new GraphQLError(reason.message, {
                extensions: { serviceName: subgraphName, code: 'GATEWAY_TIMEOUT', http: { status: 504 } },
              }),
            );
          }, ms);
        });
        return Promise.race([result, timedOut]).finally(release);
      });
    },
  };
}
