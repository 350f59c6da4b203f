import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { useUpstreamTimeout } from './upstream-timeout.ts';

type Call = { signal?: AbortSignal };
type Executor = (request: Call) => unknown;

/** The executor the plugin puts around `executor` for one subgraph call. */
function timed(ms: number, executor: Executor): Executor {
  let wrapped: Executor | undefined;
  const hook = useUpstreamTimeout(ms).onSubgraphExecute as (payload: object) => void;
  hook({ subgraphName: 'people', executor, setExecutor: (e: Executor) => (wrapped = e) });
  return wrapped!;
}

/**
 * What the HTTP transport does with a call's signal: merged with its own long-lived one through a listener on it
 * that goes only when the merge is aborted (or, in the transport, when the collector finalises it).
 */
function transport(longLived: AbortSignal, answer: () => Promise<unknown>): Executor {
  return (request) => {
    const merged = new AbortController();
    const follow = () => merged.abort();
    longLived.addEventListener('abort', follow);
    request.signal?.addEventListener('abort', () => longLived.removeEventListener('abort', follow), { once: true });
    return answer();
  };
}

describe('useUpstreamTimeout (UPSTREAM_TIMEOUT_MS)', () => {
  it("leaves no listener on the transport's long-lived signal once each answer is in", async () => {
    const longLived = new AbortController().signal;
    const call = timed(
      1000,
      transport(longLived, async () => ({ data: { ok: true } })),
    );
    const answers = await Promise.all(Array.from({ length: 100 }, () => call({})));
    expect(answers).toEqual(Array.from({ length: 100 }, () => ({ data: { ok: true } })));
    expect(getEventListeners(longLived, 'abort')).toHaveLength(0);
  });

  it('gives a call up after the time-out with GATEWAY_TIMEOUT and the subgraph, aborting its request', async () => {
    let seen: AbortSignal | undefined;
    const call = timed(20, (request) => {
      seen = request.signal;
      return new Promise(() => {});
    });
    await expect(call({})).rejects.toMatchObject({
      extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'people', http: { status: 504 } },
    });
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toMatchObject({ name: 'TimeoutError' });
  });

  it("aborts the subgraph call when the client's request goes away", async () => {
    const client = new AbortController();
    let seen: AbortSignal | undefined;
    const call = timed(1000, (request) => {
      seen = request.signal;
      return new Promise((_, reject) => request.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    });
    const answer = call({ signal: client.signal });
    client.abort();
    await expect(answer).rejects.toThrow('aborted');
    expect(seen?.aborted).toBe(true);
    expect(getEventListeners(client.signal, 'abort')).toHaveLength(0);
  });
});
