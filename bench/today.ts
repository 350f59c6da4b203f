import { median } from './figures.ts';

/**
 * The graph as issue 12 measured it: the commit that added `bench/gateways.bench.ts`, the first state of the
 * repository that benchmarks itself beside the other gateways; its gateway is the (JS planner by default, the
 * Rust planner only an option nobody had turned on).
 */
export const todaysCommit = '0bce791';

export const personCase = 'person with everything (4 subgraphs), varied';
export const listCase = 'people(first: 100) nested from 4 subgraphs, varied pages';
export const familyNameCase = 'person(id) { familyName } (people only), varied';

/**
 * The CPU targets against what its graph spent on its machine (18, 61 and 3.4 ms per request): on another
 * machine the target is the same share of what the graph spends there.
 */
export const cpuTargets = [
  { case: personCase, target: 8, today: 18 },
  { case: listCase, target: 20, today: 61 },
  { case: familyNameCase, target: 1.6, today: 3.4 },
] as const;

/**
 * The median throughput of one variant on one case, read from the `round N <case> / <variant>: R req/s, C ms CPU/req,
 * load L` lines the gateways bench prints (the same in the version and this one), with the load range.
 */
export function medianOfRounds(
  output: string,
  caseName: string,
  variant: string,
): { rps: number; cpu: number; load: string } {
  const prefix = `${caseName} / ${variant}: `;
  const rounds = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^round \d+ /.test(line) && line.slice(line.indexOf(' ', 6) + 1).startsWith(prefix))
    .map((line) => {
      const match = /: (\d+(?:\.\d+)?) req\/s, (\d+(?:\.\d+)?) ms CPU\/req, load (\d+(?:\.\d+)?)$/.exec(line);
      if (!match) throw new Error(`unreadable round: ${line}`);
      return { rps: Number(match[1]), cpu: Number(match[2]), load: Number(match[3]) };
    });
  if (rounds.length === 0) throw new Error(`no round of "${caseName}" on "${variant}" in the bench's output`);
  const loads = rounds.map((r) => r.load);
  return {
    rps: median(rounds.map((r) => r.rps)),
    cpu: median(rounds.map((r) => r.cpu)),
    load: `${Math.min(...loads).toFixed(2)}-${Math.max(...loads).toFixed(2)}`,
  };
}
