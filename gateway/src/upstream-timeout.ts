import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

/** One subgraph call's abort: its own controller, and the signals it follows until the call is over. */
interface Call {
  controller: AbortController;
  followed: Array<{ signal: AbortSignal; abort: () => void }>;
}

function follow(call: Call, signal: AbortSignal | undefined): void {
  if (!signal || signal === call.controller.signal) return;
  if (signal.aborted) return void call.controller.abort(signal.reason);
  const abort = () => call.controller.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  call.followed.push({ signal, abort });
}

/**
 * Each subgraph call is given up after `ms` (UPSTREAM_TIMEOUT_MS), answering GATEWAY_TIMEOUT with the subgraph's
 * name, which `maskSubgraphFailures` turns into SUBGRAPH_UNAVAILABLE with reason TIMEOUT. The same rule as the
 * runtime's `upstreamTimeout` option, without its cost on every call: that one hands the HTTP executor a second
 * signal, which the executor merges with its own long-lived one through `abortSignalAny`; the merge's listener on
 * the long-lived signal is removed only once the garbage collector has finalised the call's signals, so thousands
 * pile up under load and every call pays to add one to the pile (Node checks the whole list for a duplicate).
 * Here the call's signal goes straight to its fetch (`onFetch`), following the executor's signal and the request's
 * for as long as the call lasts, and one timer per call is cleared as soon as the subgraph answers.
 */
export function useUpstreamTimeout(ms: number): GatewayPlugin {
  // Keyed by the execution request the runtime also hands to onFetch (as `info.executionRequest`).
  const calls = new WeakMap<object, Call>();
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      setExecutor(function timeoutExecutor(request) {
        const call: Call = { controller: new AbortController(), followed: [] };
        follow(call, request.signal);
        calls.set(request, call);
        let timer: NodeJS.Timeout | undefined;
        const release = () => {
          clearTimeout(timer);
          calls.delete(request);
          for (const { signal, abort } of call.followed) signal.removeEventListener('abort', abort);
        };
        const result = executor(request);
        if (typeof (result as { then?: unknown }).then !== 'function') {
          release();
          return result;
        }
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
            call.controller.abort(reason);
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
    onFetch({ executionRequest, options, setOptions }) {
      const call = executionRequest && calls.get(executionRequest);
      if (!call) {
        // A fetch of no call seen above (a batch the runtime merged): bounded by a signal of its own.
        const timeout = AbortSignal.timeout(ms);
        setOptions({ ...options, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
        return;
      }
      follow(call, options.signal ?? undefined);
      setOptions({ ...options, signal: call.controller.signal });
    },
  };
}
