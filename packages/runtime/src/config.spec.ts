import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnvironment, migrateOnStart, portOf, processNames, variableNamed, variables } from './config.ts';
import { startupFailure } from './lifecycle.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const production = {
  NODE_ENV: 'production',
  AUTH_JWT_SECRET: 'a-production-secret-that-is-long-enough-0123',
  GRAPH_INTERNAL_SECRET: 'the-internal-secret-that-is-long-enough-4567',
  DATABASE_URL: 'postgres://graph:pw@db:5432/graph',
};

describe('checkEnvironment: one line per problem, naming the variable to change', () => {
  it('development defaults need nothing', () => {
    for (const process of processNames) expect(checkEnvironment(process, {}), process).toEqual([]);
  });

  it('bad values are refused by name, secrets and database URLs never echoed', () => {
    expect(checkEnvironment('people', { PORT: 'abc' })).toEqual([
      'PORT="abc" is not a port: set PORT to a number from 1 to 65535',
    ]);
    expect(checkEnvironment('people', { PEOPLE_PORT: '0' })).toEqual([
      'PEOPLE_PORT="0" is not a port: set PEOPLE_PORT to a number from 1 to 65535',
    ]);
    expect(checkEnvironment('gateway', { PEOPLE_URL: 'people:4001' })).toEqual([
      'PEOPLE_URL="people:4001" is not an http(s) URL: set PEOPLE_URL to e.g. http://people:4001/graphql',
    ]);
    expect(checkEnvironment('catalogue', { DATABASE_URL: 'mysql://root:hunter2@db/graph' })).toEqual([
      'DATABASE_URL is not a postgres:// URL: set DATABASE_URL to postgres://user:password@host:5432/database',
    ]);
    expect(checkEnvironment('outcomes', { PSEUDONYM_KEY: 'short' })).toEqual([
      'PSEUDONYM_KEY is shorter than 32 characters: set PSEUDONYM_KEY to a longer random value',
    ]);
    expect(checkEnvironment('gateway', { SHUTDOWN_GRACE_MS: '-1' })).toEqual([
      'SHUTDOWN_GRACE_MS="-1" is not a whole number >= 0: change SHUTDOWN_GRACE_MS',
    ]);
    expect(checkEnvironment('people', { MIGRATE_ON_START: 'yes' })).toEqual([
      'MIGRATE_ON_START="yes" is not one of true, false: change MIGRATE_ON_START',
    ]);
    expect(checkEnvironment('gateway', { AUTH_JWKS_URL: 'https://sso.example/certs' })).toEqual([
      'AUTH_JWKS_URL needs AUTH_ISSUER: set AUTH_ISSUER',
      'AUTH_JWKS_URL needs AUTH_AUDIENCE: set AUTH_AUDIENCE',
    ]);
    for (const line of checkEnvironment('catalogue', { DATABASE_URL: 'mysql://root:hunter2@db/graph' }))
      expect(line).not.toContain('hunter2');
  });

  it('a variable another process reads is not checked here (a shared ConfigMap may carry it)', () => {
    expect(checkEnvironment('catalogue', { PSEUDONYM_KEY: 'short', RATE_LIMIT_PER_MINUTE: 'lots' })).toEqual([]);
  });

  it('production requires the secrets, the database and the URLs of the subgraphs a process calls', () => {
    expect(checkEnvironment('catalogue', production)).toEqual([]);
    expect(
      checkEnvironment('outcomes', {
        ...production,
        PEOPLE_URL: 'http://people:4001/graphql',
        CATALOGUE_URL: 'http://catalogue:4002/graphql',
        EMPLOYERS_URL: 'http://employers:4003/graphql',
      }),
    ).toEqual([
      'PSEUDONYM_KEY is required when NODE_ENV=production: set PSEUDONYM_KEY (HMAC key of the person pseudonyms in the Region exports (at least 32 characters))',
    ]);
    expect(
      checkEnvironment('gateway', { NODE_ENV: 'production', AUTH_JWT_SECRET: production.AUTH_JWT_SECRET }).map(
        (l) => l.split(' ')[0],
      ),
    ).toEqual(['PEOPLE_URL', 'CATALOGUE_URL', 'EMPLOYERS_URL', 'OUTCOMES_URL', 'GRAPH_INTERNAL_SECRET']);
    expect(
      checkEnvironment('people', { NODE_ENV: 'production', CATALOGUE_URL: 'http://catalogue:4002/graphql' }),
    ).toEqual([
      'DATABASE_URL is required when NODE_ENV=production: set DATABASE_URL (PostgreSQL server of the subgraphs (each in its own schema); unset = embedded PGlite under DATA_DIR)',
      expect.stringMatching(/^GRAPH_INTERNAL_SECRET is required when NODE_ENV=production: set GRAPH_INTERNAL_SECRET/),
      'the development token secret is refused when NODE_ENV=production: set AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) or AUTH_JWT_SECRET',
    ]);
    // A subgraph's own database URL stands in for DATABASE_URL.
    expect(
      checkEnvironment('catalogue', {
        ...production,
        DATABASE_URL: undefined,
        CATALOGUE_DATABASE_URL: 'postgres://c@db/catalogue',
      }),
    ).toEqual([]);
  });

  it("the internal secret is never the callers' token secret, in development or production", () => {
    const same = 'the-same-secret-that-is-long-enough-012345';
    expect(checkEnvironment('employers', { AUTH_JWT_SECRET: same, GRAPH_INTERNAL_SECRET: same })).toEqual([
      'GRAPH_INTERNAL_SECRET is the same as AUTH_JWT_SECRET: set GRAPH_INTERNAL_SECRET to another random value',
    ]);
    expect(checkEnvironment('migrate', { AUTH_JWT_SECRET: same, GRAPH_INTERNAL_SECRET: same })).toEqual([]);
  });

  it('migrations run at start in development, not in production unless asked', () => {
    expect(migrateOnStart({})).toBe(true);
    expect(migrateOnStart({ NODE_ENV: 'production' })).toBe(false);
    expect(migrateOnStart({ NODE_ENV: 'production', MIGRATE_ON_START: 'true' })).toBe(true);
    expect(migrateOnStart({ MIGRATE_ON_START: 'false' })).toBe(false);
  });

  it('a subgraph listens on PORT, else its own <NAME>_PORT, else its default', () => {
    expect(portOf('people', {})).toEqual({ port: 4001, setBy: 'PORT (or PEOPLE_PORT)' });
    expect(portOf('people', { PEOPLE_PORT: '5001' }).port).toBe(5001);
    expect(portOf('people', { PEOPLE_PORT: '5001', PORT: '6001' }).port).toBe(6001);
    expect(portOf('gateway', {})).toEqual({ port: 4000, setBy: 'PORT' });
  });

  it('start-up failures become one line that says what to change', () => {
    const taken = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:4001'), {
      code: 'EADDRINUSE',
    });
    expect(startupFailure(taken, 'people', {})).toBe('port 4001 is taken: set PORT (or PEOPLE_PORT) to a free port');
    expect(startupFailure(taken, 'gateway', { PORT: '4100' })).toBe('port 4100 is taken: set PORT to a free port');
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    expect(startupFailure(refused, 'outcomes', {})).toMatch(
      /^cannot reach the database \(ECONNREFUSED\): check DATABASE_URL/,
    );
    expect(startupFailure(new Error('first line\n    at stack'), 'people', {})).toBe('could not start: first line');
  });
});

/** Production source files: everything under src/ of the services, the gateway and the packages a process loads. */
function productionSources(): string[] {
  const folders = [
    ...readdirSync(join(root, 'services')).map((s) => join(root, 'services', s, 'src')),
    join(root, 'gateway', 'src'),
    // testkit and demo-data serve tests and the demo start, not a production process.
    ...readdirSync(join(root, 'packages'))
      .filter((p) => !['testkit', 'demo-data'].includes(p))
      .map((p) => join(root, 'packages', p, 'src')),
  ];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.spec.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}

describe('the variable list is the whole truth', () => {
  it('every variable the production code reads by name is in the list (so the start check, the README and the manifests test see it)', () => {
    const read = new Set<string>();
    for (const file of productionSources()) {
      // env['NAME'], env["NAME"] and env.NAME (process.env or an injected env object).
      for (const match of readFileSync(file, 'utf8').matchAll(
        /\benv(?:\[['"`]([A-Z][A-Z0-9_]*)['"`]\]|\.([A-Z][A-Z0-9_]*)\b)/g,
      ))
        read.add((match[1] ?? match[2])!);
    }
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !variableNamed(name)).sort()).toEqual([]);
  });

  it('the README documents every variable of the list', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const deploying = readme.slice(readme.indexOf('## Deploying'));
    for (const variable of variables) expect(deploying, variable.name).toContain(`| \`${variable.name}\` |`);
  });
});
