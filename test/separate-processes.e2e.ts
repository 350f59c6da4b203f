import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, type TestDatabase } from '@reg/testkit';
import { startServices, commandOf, type RunningServices, type ServiceName } from '../scripts/supervisor.ts';
import { freePort } from './support/processes.ts';
import { seedJourney } from './support/fixtures.ts';
import { writeDeliveryCsv } from './support/delivery-csv.ts';

/**
 * The graph as production runs it: `pnpm build`, then each service its own `node dist/<name>.mjs` process
 * (the same supervisor as `pnpm start:services`), on free ports, on a temporary PGlite folder or the test
 * PostgreSQL database.
 */
const root = join(import.meta.dirname, '..');
let database: TestDatabase;
let services: RunningServices;
let world: Awaited<ReturnType<typeof seedJourney>>;
let dataDir: string;
let databaseEnv: Record<string, string>;

const run = (args: string[], env: Record<string, string>) =>
  promisify(execFile)(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

beforeAll(async () => {
  const built = await run(['--import', 'tsx', 'scripts/build.ts'], {});
  expect(built.code, built.stderr).toBe(0);
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'separate-'));
  databaseEnv = database.driver === 'postgres' ? { DATABASE_URL: database.location } : { DATA_DIR: dataDir };
  const names: ServiceName[] = ['gateway', 'people', 'catalogue', 'employers', 'outcomes'];
  const ports = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await freePort()]))) as Record<
    ServiceName,
    number
  >;
  services = await startServices({
    runner: 'dist',
    ports,
    env: { ...databaseEnv, LOG_LEVEL: 'error', NODE_ENV: 'test' },
  });
  world = await seedJourney(services.gatewayUrl);
}, 300_000);

afterAll(async () => {
  await services?.stopAll();
  await database?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const ok = <T = Record<string, any>>(response: { data?: Record<string, any> | null; errors?: unknown[] }) => {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
};

describe('one process per service (dist bundles)', () => {
  it('each service is its own process, started from its bundle', () => {
    const pids = (['gateway', 'people', 'catalogue', 'employers', 'outcomes'] as const).map(
      (s) => services.child(s).pid,
    );
    expect(new Set(pids).size).toBe(5);
    expect(pids).not.toContain(process.pid);
    expect(commandOf('people', 'dist')[0]).toMatch(/dist\/people\.mjs$/);
  });

  it('every package the bundles load at run time is in dist/package.json, which is all the image installs', () => {
    const dist = join(root, 'dist');
    const files = [
      ...readdirSync(dist).map((f) => join(dist, f)),
      ...readdirSync(join(dist, 'chunks')).map((f) => join(dist, 'chunks', f)),
    ].filter((f) => f.endsWith('.mjs'));
    // Static and dynamic imports, require() (the banner's createRequire) and createRequire(import.meta.url)(...).
    const loads = [
      /\bfrom "([^".][^"]*)"/g,
      /\bimport\("([^".][^"]*)"\)/g,
      /(?<![\w$.])require\("([^".][^"]*)"\)/g,
      /createRequire\w*\(import\.meta\.url\)\("([^".][^"]*)"\)/g,
    ];
    const packageName = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/;
    const builtins = new Set(builtinModules);
    const loaded = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of loads)
        for (const [, specifier] of text.matchAll(pattern)) {
          const name = packageName.exec(specifier!)?.[0];
          if (
            name &&
            name ===
              specifier!
                .split('/')
                .slice(0, name.startsWith('@') ? 2 : 1)
                .join('/')
          )
            if (!specifier!.startsWith('node:') && !builtins.has(name)) loaded.add(name);
        }
    }
    const listed = Object.keys(
      (JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
        .dependencies,
    );
    // Not loaded by Node: the text of GraphiQL's browser script, which the gateway serves, names it (inside a try).
    const optional = new Set(['@emotion/is-prop-valid']);
    expect([...loaded].filter((name) => !optional.has(name)).sort()).toEqual(listed.sort());
  });

  it('a delivery reported by an accredited body is checked across processes and read back on the person', async () => {
    const reported = ok(
      await gql(
        services.gatewayUrl,
        world.accredited,
        'mutation ($input: ReportServiceDeliveryInput!) { reportServiceDelivery(input: $input) { id minutes } }',
        {
          input: {
            personId: world.personId,
            idempotencyKey: 'separate-1',
            serviceCode: '3A',
            modality: 'INDIVIDUAL_INTERVIEW',
            sessionMinutes: [45, 60],
            deliveredOn: '2025-03-03',
          },
        },
      ),
    );
    expect(reported['reportServiceDelivery']).toMatchObject({ minutes: 105 });
    // people (person) + outcomes (deliveries) + catalogue (service standard): three processes behind one answer.
    const { person } = ok(
      await gql(
        services.gatewayUrl,
        world.cpi,
        'query ($id: ID!) { person(id: $id) { familyName deliveries { minutes serviceStandard { code } } } }',
        { id: world.personId },
      ),
    );
    expect(person).toEqual({
      familyName: world.personInput.familyName,
      deliveries: [{ minutes: 105, serviceStandard: { code: '3A' } }],
    });
  });

  it("an employer's obligation status, with a placement recorded in outcomes", async () => {
    const { cpi, employerId, personId, must } = world;
    await must(
      cpi,
      'mutation ($input: SubmitWorkforceReportInput!) { submitWorkforceReport(input: $input) { version } }',
      {
        input: {
          employerId,
          year: 2025,
          submittedOn: '2026-01-20',
          workforce: { workers: [{ count: 60, contract: 'PERMANENT' }] },
        },
      },
    );
    await must(cpi, 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }', {
      input: {
        idempotencyKey: 'separate-placement',
        personId,
        employerId,
        contract: 'PERMANENT',
        startedOn: '2026-03-16',
        countsTowardQuota: true,
      },
    });
    const { employer } = ok(
      await gql(
        services.gatewayUrl,
        cpi,
        'query ($id: ID!) { employer(id: $id) { obligationStatus(on: "2026-04-01") { province quota covered uncovered } } }',
        { id: employerId },
      ),
    );
    expect(employer.obligationStatus).toContainEqual({ province: 'MI', quota: 4, covered: 1, uncovered: 3 });
  });

  it('a subgraph refuses to start on a taken port, in one line naming the variables to change', async () => {
    const taken = Number(new URL(services.subgraphUrls.people).port);
    const result = await run(commandOf('people', 'dist'), { ...databaseEnv, PORT: String(taken), LOG_LEVEL: 'silent' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `people: refusing to start: port ${taken} is taken: set PORT (or PEOPLE_PORT) to a free port`,
    );
  });

  it('a process refuses a bad variable, and production without its secrets, before opening anything', async () => {
    const badPort = await run(commandOf('gateway', 'dist'), { PORT: '70000' });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr.trim()).toBe(
      'gateway: refusing to start: PORT="70000" is not a port: set PORT to a number from 1 to 65535',
    );
    const quietGateway = await run(commandOf('gateway', 'dist'), { LOG_LEVEL: 'silent' });
    expect(quietGateway.stderr.trim()).toBe(
      'gateway: refusing to start: LOG_LEVEL="silent" is not a gateway log level: set LOG_LEVEL to one of trace, debug, info, warn, error',
    );
    const badUrl = await run(commandOf('outcomes', 'dist'), { ...databaseEnv, PEOPLE_URL: 'people:4001' });
    expect(badUrl.stderr).toContain('PEOPLE_URL="people:4001" is not an http(s) URL: set PEOPLE_URL');
    const production = await run(commandOf('outcomes', 'dist'), {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://graph@db.example:5432/graph',
    });
    expect(production.code).toBe(1);
    const lines = production.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith('outcomes: refusing to start: '))).toBe(true);
    expect(lines.map((l) => /set (\w+)/.exec(l)?.[1])).toEqual([
      'PEOPLE_URL',
      'CATALOGUE_URL',
      'EMPLOYERS_URL',
      'GRAPH_INTERNAL_SECRET',
      'PSEUDONYM_KEY',
      'AUTH_JWKS_URL',
    ]);
    expect(production.stderr).not.toMatch(/\n\s+at /);
  });

  it('pnpm migrate applies the migrations of the named subgraph and says so', async () => {
    const result = await run(['dist/migrate.mjs', 'catalogue'], databaseEnv);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^migrate: catalogue up to date/);
    const unknown = await run(['dist/migrate.mjs', 'payroll'], databaseEnv);
    expect(unknown).toMatchObject({
      code: 1,
      stderr:
        'migrate: unknown subgraph payroll: name one or more of people, catalogue, employers, outcomes, or none for all\n',
    });
  });

  it('SIGTERM drains a request in flight, then the process exits 0 and frees its port', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, commandOf('catalogue', 'dist'), {
      cwd: root,
      env: { ...process.env, ...databaseEnv, PORT: String(port), LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: '5000' },
      stdio: 'ignore',
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let ready = false; !ready; await new Promise((r) => setTimeout(r, 150))) {
        ready = await fetch(`${base}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
      }
      // A request that is being answered when the signal comes still gets its answer.
      const inFlight = gql(`${base}/graphql`, world.cpi, '{ serviceStandards { code title modalities { code } } }');
      await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
      const answer = await inFlight;
      expect(answer.errors).toBeUndefined();
      expect((answer.data!['serviceStandards'] as unknown[]).length).toBeGreaterThan(0);
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});

describe('the delivery importer across an outage', () => {
  const importer = (csvPath: string, gatewayUrl: string, extra: string[] = []) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/import-deliveries.ts',
        csvPath,
        '--gateway',
        gatewayUrl,
        '--batch-size',
        '20',
        ...extra,
      ],
      { cwd: root, env: { ...process.env, TOKEN: world.cpi }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  const collect = (child: ReturnType<typeof importer>) => {
    const out = { stdout: '', stderr: '', code: new Promise<number | null>((resolve) => child.once('exit', resolve)) };
    child.stdout!.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
    return out;
  };

  it('waits while the outcomes subgraph is stopped, goes on once it is back, and every row is in once', async () => {
    const csvPath = join(dataDir, 'outage.csv');
    writeDeliveryCsv(csvPath, 60, [{ id: world.personId, fiscalCode: world.personInput.fiscalCode }], 'outage');
    expect(await services.stop('outcomes')).toBe(0);
    const run = collect(importer(csvPath, services.gatewayUrl, ['--retry-for', '120']));
    try {
      for (const deadline = Date.now() + 60_000; !run.stderr.includes('trying again') && Date.now() < deadline; )
        await new Promise((r) => setTimeout(r, 100));
      expect(run.stderr).toContain('trying again');
    } finally {
      await services.start('outcomes');
    }
    expect(await run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('60 rows');
    expect(run.stdout).toContain('60 created, 0 already there, 0 rejected');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const { provider } = ok(
      await gql(services.gatewayUrl, world.cpi, 'query ($id: ID!) { provider(id: $id) { deliveries { id } } }', {
        id: world.cpiId,
      }),
    );
    expect(provider.deliveries).toHaveLength(60);
  });

  it('gives up after --retry-for seconds with exit code 3 and one line saying what to do', async () => {
    const csvPath = join(dataDir, 'unreachable.csv');
    writeDeliveryCsv(csvPath, 5, [{ id: world.personId, fiscalCode: world.personInput.fiscalCode }], 'unreachable');
    const nobody = `http://127.0.0.1:${await freePort()}/graphql`;
    const run = collect(importer(csvPath, nobody, ['--retry-for', '2']));
    expect(await run.code).toBe(3);
    const last = run.stderr.trim().split('\n').at(-1);
    expect(last).toMatch(
      /^Import stopped: http:\/\/127\.0\.0\.1:\d+\/graphql refused the connection, and still so after \d+ s of retries\. .*run the same command again/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
