import type { Server } from 'node:http';
import { checkEnvironment, portOf, shutdownGraceMs, type ProcessName } from './config.ts';

/**
 * Stops taking connections, lets the requests in flight finish for up to graceMs, then cuts what is left.
 * Idle keep-alive sockets are closed as soon as they go idle, so a drained server closes without waiting
 * out the grace time.
 */
export function drainServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 25);
    const cut = setTimeout(() => server.closeAllConnections(), Math.max(0, graceMs));
    if (graceMs <= 0) server.closeAllConnections();
  });
}

/** Listens, turning a listen error (port taken, no permission) into a rejection instead of an unhandled 'error' event. */
export function listenOn(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

export interface StartedProcess {
  url: string;
  /** Stop accepting, drain for up to graceMs, then release what the process holds (database pool). */
  close(graceMs: number): Promise<void>;
}

export interface ProcessSettings {
  port: number;
  host: string;
  graceMs: number;
}

/** Thrown for a start-up problem whose message already says what to change. */
export class StartupRefused extends Error {}

/** One line for an error thrown while starting, naming what to change when it is a known cause. */
export function startupFailure(error: unknown, process: ProcessName, env: NodeJS.ProcessEnv): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  if (error instanceof StartupRefused) return message;
  if (process !== 'migrate' && (code === 'EADDRINUSE' || code === 'EACCES')) {
    const { port, setBy } = portOf(process, env);
    return code === 'EADDRINUSE'
      ? `port ${port} is taken: set ${setBy} to a free port`
      : `port ${port} needs more privileges: set ${setBy} to a port above 1023`;
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT') {
    return `cannot reach the database (${code}): check DATABASE_URL (or the subgraph's own _DATABASE_URL) and that the server is up`;
  }
  if (code === '28P01' || code === '28000')
    return 'the database refused the credentials: check the user and password in DATABASE_URL';
  if (code === '3D000') return 'the database in DATABASE_URL does not exist: create it or change DATABASE_URL';
  return `could not start: ${message}`;
}

/**
 * The life of one production process: check the environment (refuse with one line per problem), start,
 * and on SIGTERM/SIGINT stop accepting, drain for SHUTDOWN_GRACE_MS, release the pool and exit. Messages go
 * to stderr as single lines, never a stack trace; exit code 1 when the process refuses to start.
 */
export async function runProcess(
  process_: Exclude<ProcessName, 'migrate'>,
  start: (settings: ProcessSettings) => Promise<StartedProcess>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const refuse = (lines: string[]) => {
    for (const line of lines) process.stderr.write(`${process_}: refusing to start: ${line}\n`);
    process.exit(1);
  };
  const problems = checkEnvironment(process_, env);
  if (problems.length > 0) return refuse(problems);
  const { port } = portOf(process_, env);
  const graceMs = shutdownGraceMs(env);
  let started: StartedProcess;
  try {
    started = await start({ port, host: env['HOST'] ?? '127.0.0.1', graceMs });
  } catch (error) {
    return refuse([startupFailure(error, process_, env)]);
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    if (!['silent', 'fatal', 'error', 'warn'].includes(env['LOG_LEVEL'] ?? 'info')) {
      if (!['silent', 'fatal', 'error', 'warn'].includes(env['LOG_LEVEL'] ?? 'info')) {
        process.stderr.write(
          `${JSON.stringify({ level: 'info', service: process_, msg: `${signal}: draining for up to ${graceMs} ms`, time: Date.now() })}\n`,
        );
      }
    }
    // If closing hangs (a stuck pool), the process still ends a little after its grace time.
    setTimeout(() => process.exit(1), graceMs + 5_000).unref();
    started.close(graceMs).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(
          `${process_}: shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
