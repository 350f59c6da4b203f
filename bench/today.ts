/**
 * The graph as issue 12 measured it: the commit that added `bench/gateways.bench.ts`, the first state of the
 * repository that benchmarks itself beside the other gateways; its gateway is the (JS planner by default, the
 * Rust planner only an option nobody had turned on).
 */
export const todaysCommit = '0bce791';

export const personCase = 'person with everything (4 subgraphs), varied';

/**
 * The median throughput of one variant on one case, read from the `round N <case> / <variant>: R req/s, C ms CPU/req,
 * load L` lines the gateways bench prints (the same in the version and this one), with the load range.
 */
export function medianOfRounds(output: string, caseName: string, variant: string): { rps: number; load: string } {
  const prefix = `${caseName} / ${variant}: `;
  const rounds = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^round \d+ /.test(line) && line.slice(line.indexOf(' ', 6) + 1).startsWith(prefix))
    .map((line) => {
      const match = /: (\d+(?:\.\d+)?) req\/s, .* load (\d+(?:\.\d+)?)$/.exec(line);
      if (!match) throw new Error(`unreadable round: ${line}`);
      return { rps: Number(match[1]), load: Number(match[2]) };
    });
  if (rounds.length === 0) throw new Error(`no round of "${caseName}" on "${variant}" in the bench's output`);
  const sorted = rounds.map((r) => r.rps).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const rps = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const loads = rounds.map((r) => r.load);
  return { rps, load: `${Math.min(...loads).toFixed(2)}-${Math.max(...loads).toFixed(2)}` };
}
