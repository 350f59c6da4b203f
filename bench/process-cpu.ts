import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** User plus system CPU time a process has spent since it started, in milliseconds (/proc/<pid>/stat). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
}

/** The SQL statements the given subgraphs have run so far: the sum of their `db_statements_total` gauges. */
export async function statementsTotal(subgraphUrls: readonly string[]): Promise<number> {
  let total = 0;
  for (const url of subgraphUrls) {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    const line = text.split('\n').find((l) => l.startsWith('db_statements_total{'));
    total += Number(line?.split(' ').pop() ?? Number.NaN);
  }
  return total;
}

/**
 * CPU milliseconds each PostgreSQL server backend connected to `database` has spent, by pid: the server's processes
 * name their database in their title (`postgres: <cluster>: <user> <database> <client> <state>`), readable from
 * /proc when the server runs on this machine (else an empty map). The server's shared processes (WAL writer,
 * checkpointer) are not counted.
 */
export function databaseBackendsCpuMs(database: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres: ') && title.split(' ').includes(database))
        found.set(Number(entry), cpuMs(Number(entry)));
    } catch {
      // The process ended while the folder was read.
    }
  }
  return found;
}

/** What the backends spent between two readings; a backend that ended in between is not counted. */
export function backendsCpuMsSince(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
