import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, devCallerClaims, signDevToken } from '@reg/auth';
import { subgraphNames } from '@reg/runtime';
import { gql } from '@reg/testkit';
import { exited, freePort } from '../test/support/processes.ts';
import { cpuMs } from './process-cpu.ts';
import { listPageQuery, milanOperatorToken, personQuery, readablePeople } from './queries.ts';

/**
 * Paired A/B of two builds: two whole graphs (a gateway and four subgraphs each, from two built folders) on one
 * database, loaded alternately in short bursts (A B, B A, ...) so that the drifting load of a shared machine falls on
 * both alike; prints CPU ms per request of each process of each build, summed over the bursts. Where the other
 * benches compare runs made minutes apart, this compares a change of the subgraphs with what it replaces.
 * AB_A, AB_B: folders each holding a `dist/` of `pnpm build` beside links to this checkout's schema/, services/,
 * packages/, gateway/ and node_modules/ (the bundles read migrations and schema from the folder above dist/).
 * AB_DATABASE_URL: a loaded database (e.g. bench_all_gateways_medium). AB_BURSTS (8), AB_SECONDS (3 per burst),
 * AB_CASES (familyName,everything; also list: pages of 100, and catalogue). AB_A_NODE_ARGS, AB_B_NODE_ARGS: Node options for every process of that build
 * (space-separated, e.g. `--max-semi-space-size=32`), to compare a runtime setting on one build.
 */
const [rootA, rootB] = [process.env['AB_A']!, process.env['AB_B']!];
const bursts = Number(process.env['AB_BURSTS'] ?? 8);
const seconds = Number(process.env['AB_SECONDS'] ?? 3);
const cases = (process.env['AB_CASES'] ?? 'familyName,everything').split(',');
const nodeArgs = (variant: 'A' | 'B') => (process.env[`AB_${variant}_NODE_ARGS`] ?? '').split(' ').filter(Boolean);
const secret = randomBytes(32).toString('base64url');
const root = join(import.meta.dirname, '..');
const names = ['gateway', ...subgraphNames] as const;

async function startGraph(dir: string, flags: string[]) {
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()] as const)));
  const urls = Object.fromEntries(
    subgraphNames.map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${ports[s]}/graphql`]),
  );
  const children: Record<string, ChildProcess> = {};
  const env = (n: string) => ({
    ...process.env,
    DATABASE_URL: process.env['AB_DATABASE_URL']!,
    RATE_LIMIT_PER_MINUTE: '100000000',
    SUBGRAPH_RATE_LIMIT_PER_MINUTE: '100000000',
    LOG_LEVEL: 'error',
    GRAPH_INTERNAL_SECRET: secret,
    PORT: String(ports[n]),
    HOST: '127.0.0.1',
    ...urls,
  });
  const ready = async (n: string) => {
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${ports[n]}/readyz`)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${dir} ${n} not ready`);
  };
  for (const n of subgraphNames)
    children[n] = spawn(process.execPath, [...flags, join(dir, 'dist', `${n}.mjs`)], {
      env: env(n),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  for (const n of subgraphNames) await ready(n);
  children['gateway'] = spawn(process.execPath, [...flags, join(dir, 'dist', 'gateway.mjs')], {
    env: env('gateway'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await ready('gateway');
  return { url: `http://127.0.0.1:${ports['gateway']}/graphql`, catalogueUrl: urls['CATALOGUE_URL']!, children };
}

const graphs = { A: await startGraph(rootA, nodeArgs('A')), B: await startGraph(rootB, nodeArgs('B')) };
try {
  const token = await milanOperatorToken(graphs.A.url);
  const { ids, cursors } = await readablePeople(graphs.A.url, token);
  const people = ids.map((id) => ({ id }));
  // The catalogue called directly with the document the gateway sends it for the person (AB_CASES=catalogue).
  const providers = await gql(
    graphs.A.url,
    await signDevToken(authConfigFromEnv(), devCallerClaims.region()),
    '{ providers { id } }',
  );
  const providerIds = (providers.data!['providers'] as Array<{ id: string }>).map((p) => p.id);
  const catalogueVariables = providerIds.map((id) => ({
    __batch_reps_0: [{ __typename: 'Provider', id }],
    __batch_reps_1: [{ __typename: 'ServiceStandard', code: '3A' }],
  }));
  const all = [
    { name: 'everything', query: personQuery },
    { name: 'familyName', query: 'query ($id: ID!) { person(id: $id) { familyName } }' },
    { name: 'list', query: listPageQuery, variables: cursors.map((after) => ({ after })) },
    {
      name: 'catalogue',
      query:
        'query($__batch_reps_0:[_Any!]!, $__batch_reps_1:[_Any!]!){_e0: _entities(representations: $__batch_reps_0){...on Provider{name}} _e1: _entities(representations: $__batch_reps_1){...on ServiceStandard{title}}}',
      subgraph: 'catalogue' as const,
      variables: catalogueVariables,
    },
  ].filter((c) => cases.includes(c.name));
  const generate = async (url: string, query: string, duration: number, variables: unknown[] = people) => {
    const g = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'bench/gateways/load-generator.ts'),
        JSON.stringify({ url, token, query, variables, connections: 10, seconds: duration }),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    g.stdout!.on('data', (c: Buffer) => (out += c));
    await exited(g);
    const r = JSON.parse(out) as { requests: number; non2xx: number; errors: number };
    if (r.non2xx || r.errors) throw new Error(`non2xx ${r.non2xx} errors ${r.errors}`);
    return r.requests;
  };
  const target = (v: 'A' | 'B', c: { subgraph?: 'catalogue' }) => (c.subgraph ? graphs[v].catalogueUrl : graphs[v].url);
  console.log(`${ids.length} people`);
  for (const c of all) {
    for (const v of ['A', 'B'] as const) await generate(target(v, c), c.query, 3, c.variables);
    const total = {
      A: { req: 0, cpu: {} as Record<string, number> },
      B: { req: 0, cpu: {} as Record<string, number> },
    };
    const loads: number[] = [];
    for (let i = 0; i < bursts; i++) {
      for (const v of (i % 2 ? ['B', 'A'] : ['A', 'B']) as Array<'A' | 'B'>) {
        const pids = names.map((n) => graphs[v].children[n]!.pid!);
        const before = pids.map(cpuMs);
        total[v].req += await generate(target(v, c), c.query, seconds, c.variables);
        pids.forEach((p, k) => (total[v].cpu[names[k]!] = (total[v].cpu[names[k]!] ?? 0) + cpuMs(p) - before[k]!));
        loads.push(loadavg()[0]!);
      }
    }
    for (const v of ['A', 'B'] as const) {
      const per = Object.fromEntries(names.map((n) => [n, Number((total[v].cpu[n]! / total[v].req).toFixed(3))]));
      const subgraphs = subgraphNames.reduce((s, n) => s + total[v].cpu[n]!, 0) / total[v].req;
      console.log(
        JSON.stringify({
          case: c.name,
          variant: v,
          requests: total[v].req,
          ...per,
          subgraphs: Number(subgraphs.toFixed(3)),
          load: `${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`,
        }),
      );
    }
  }
} finally {
  for (const g of Object.values(graphs)) for (const c of Object.values(g.children)) c.kill('SIGTERM');
}
