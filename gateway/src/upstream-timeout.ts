import { createRequire } from 'node:module';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

// graphql-js as the runtime loads it (its CommonJS entry): the runtime tells client errors from unexpected ones with
// instanceof (as in scope-refusal.ts).
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * Each subgraph call is given up after `ms` (UPSTREAM_TIMEOUT_MS), answering GATEWAY_TIMEOUT with the subgraph's
 * name, which `maskSubgraphFailures` turns into SUBGRAPH_UNAVAILABLE with reason TIMEOUT: the runtime's
 * `upstreamTimeout` rule, with one timer and one controller per call, released as soon as the subgraph answers.
 * The runtime's option builds two `AbortSignal.timeout`s per call (one for the call, one again for its fetch), each
 * merged with the call's other signal through weak references and a finalization registry, so their listeners stay
 * until the garbage collector finalises them, and a deferred promise raced against the call.
 */
/** The reason a call's signal is aborted with once its answer is in (nothing is listening by then). */
const answered = new DOMException('The subgraph call has ended', 'AbortError');

export function useUpstreamTimeout(ms: number): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      setExecutor(function timeoutExecutor(request) {
        const controller = new AbortController();
        // The client's request: a caller that went away aborts the call as before.
        const outer = request.signal;
        const forward = () => controller.abort(outer!.reason);
        if (outer?.aborted) forward();
        else outer?.addEventListener('abort', forward, { once: true });
        let timer: NodeJS.Timeout | undefined;
        const release = () => {
          clearTimeout(timer);
          outer?.removeEventListener('abort', forward);
          // The HTTP executor merges this signal with its own long-lived one, adding a listener to it that only
          // goes when the merge is aborted or collected; aborting it once the answer is in removes that listener
          // at once. Left to the collector, thousands pile up between collections and each new call's listener
          // walks them all (the runs slowed round after round, with a MaxListenersExceeded warning).
          if (!controller.signal.aborted) controller.abort(answered);
        };
        let result: ReturnType<typeof executor>;
        try {
          result = executor({ ...request, signal: controller.signal });
        } catch (error) {
          release();
          throw error;
        }
        if (typeof (result as { then?: unknown } | null)?.then !== 'function') {
          release();
          return result as never;
        }
        // One promise settled by whichever comes first, the answer or the timer (no race of two promises and a
        // finally on every call).
        return new Promise((resolve, reject) => {
          timer = setTimeout(() => {
            const reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
            controller.abort(reason);
            release();
            reject(
              new GraphQLError(reason.message, {
                extensions: { serviceName: subgraphName, code: 'GATEWAY_TIMEOUT', http: { status: 504 } },
              }),
            );
          }, ms);
          (result as PromiseLike<unknown>).then(
            (value) => {
              release();
              resolve(value);
            },
            (error: unknown) => {
              release();
              reject(error);
            },
          );
        }) as never;
      });
    },
  };
}
