import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainServer, listenOn } from './lifecycle.ts';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server whose every answer takes `ms`. */
async function slowServer(ms: number): Promise<{ server: Server; url: string }> {
  const server = createServer((_, res) => setTimeout(() => res.end('done'), ms));
  servers.push(server);
  await listenOn(server, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

describe('drainServer: stop accepting, let requests in flight finish, cut them at the grace time', () => {
  it('a request in flight gets its answer; new connections are refused; the server closes as soon as it is drained', async () => {
    const { server, url } = await slowServer(300);
    const inFlight = fetch(url).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const drained = drainServer(server, 5_000);
    await expect(fetch(url)).rejects.toThrow();
    expect(await inFlight).toBe('done');
    await drained;
    // Closed once the answer went out (keep-alive socket closed when idle), far before the 5 s grace.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a request still running at the grace time is cut, and the server closes then', async () => {
    const { server, url } = await slowServer(10_000);
    const inFlight = fetch(url).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await drainServer(server, 200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(inFlight).rejects.toThrow();
  });
});

describe('listenOn', () => {
  it('rejects with EADDRINUSE when the port is taken, instead of an unhandled error event', async () => {
    const { server } = await slowServer(1);
    const port = (server.address() as AddressInfo).port;
    const second = createServer();
    servers.push(second);
    await expect(listenOn(second, port, '127.0.0.1')).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
