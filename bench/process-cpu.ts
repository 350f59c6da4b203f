import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
