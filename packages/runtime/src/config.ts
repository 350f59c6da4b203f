/**
 * Every environment variable a production process reads, in one list: the processes check it before they
 * start (one line per problem, naming the variable to change), the README's "Deploying" tables follow it,
 * and a test checks that the Kubernetes manifests set what it requires. A new variable is one entry here.
 */

export const subgraphNames = ['people', 'catalogue', 'employers', 'outcomes'] as const;
export type SubgraphName = (typeof subgraphNames)[number];
export type ProcessName = 'gateway' | SubgraphName | 'migrate';
export const processNames: readonly ProcessName[] = ['gateway', ...subgraphNames, 'migrate'];

/** Default port of each process (the migrate command listens on none). */
export const defaultPorts: Record<Exclude<ProcessName, 'migrate'>, number> = {
  gateway: 4000,
  people: 4001,
  catalogue: 4002,
  employers: 4003,
  outcomes: 4004,
};

type Kind =
  | { type: 'port' }
  | { type: 'http-url' }
  | { type: 'postgres-url' }
  | { type: 'integer'; min: number }
  | { type: 'secret'; minLength: number }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'text' };

export interface Variable {
  name: string;
  /** The processes that read it. */
  readBy: readonly ProcessName[];
  kind: Kind;
  /** The default, as the README states it; null when unset means "off" or "not used". */
  default: string | null;
  meaning: string;
  /** Processes that refuse to start without it when NODE_ENV=production. */
  requiredInProduction?: readonly ProcessName[];
}

const subgraphsAndMigrate: readonly ProcessName[] = [...subgraphNames, 'migrate'];
const allServing: readonly ProcessName[] = ['gateway', ...subgraphNames];
const everyone: readonly ProcessName[] = processNames;

/** Which subgraphs each process calls, so whose URL it must be given in production. */
export const callsOf: Record<ProcessName, readonly SubgraphName[]> = {
  gateway: subgraphNames,
  people: ['catalogue'],
  catalogue: [],
  employers: ['outcomes', 'people'],
  outcomes: ['people', 'catalogue', 'employers'],
  migrate: [],
};

const urlVariables: Variable[] = subgraphNames.map((name) => ({
  name: `${name.toUpperCase()}_URL`,
  readBy: processNames.filter((p) => callsOf[p].includes(name)),
  kind: { type: 'http-url' },
  default: `http://localhost:${defaultPorts[name]}/graphql`,
  meaning: `GraphQL URL of the ${name} subgraph, for the processes that call it`,
  requiredInProduction: processNames.filter((p) => callsOf[p].includes(name)),
}));

const perServiceDatabase: Variable[] = subgraphNames.map((name) => ({
  name: `${name.toUpperCase()}_DATABASE_URL`,
  readBy: [name, 'migrate'],
  kind: { type: 'postgres-url' },
  default: null,
  meaning: `the ${name} subgraph's own PostgreSQL database, instead of DATABASE_URL`,
}));

const perServicePort: Variable[] = subgraphNames.map((name) => ({
  name: `${name.toUpperCase()}_PORT`,
  readBy: [name],
  kind: { type: 'port' },
  default: String(defaultPorts[name]),
  meaning: `the ${name} subgraph's port when PORT is unset (pnpm start, pnpm start:services)`,
}));

export const variables: readonly Variable[] = [
  {
    name: 'NODE_ENV',
    readBy: everyone,
    kind: { type: 'enum', values: ['production', 'development', 'test'] },
    default: null,
    meaning:
      '`production` turns off introspection and GraphiQL, refuses the development secrets and requires the variables marked so',
  },
  {
    name: 'PORT',
    readBy: allServing,
    kind: { type: 'port' },
    default: '4000 (gateway), 4001-4004 (subgraphs)',
    meaning: 'listening port',
  },
  ...perServicePort,
  {
    name: 'HOST',
    readBy: allServing,
    kind: { type: 'text' },
    default: '127.0.0.1',
    meaning: 'listening address; `0.0.0.0` in a container',
  },
  ...urlVariables,
  {
    name: 'DATABASE_URL',
    readBy: subgraphsAndMigrate,
    kind: { type: 'postgres-url' },
    default: null,
    meaning: 'PostgreSQL server of the subgraphs (each in its own schema); unset = embedded PGlite under DATA_DIR',
    requiredInProduction: subgraphsAndMigrate,
  },
  ...perServiceDatabase,
  {
    name: 'DATA_DIR',
    readBy: subgraphsAndMigrate,
    kind: { type: 'text' },
    default: '.data',
    meaning: 'PGlite folders, one database per subgraph (development)',
  },
  {
    name: 'DB_POOL_MAX',
    readBy: subgraphsAndMigrate,
    kind: { type: 'integer', min: 1 },
    default: '10',
    meaning: 'connections per subgraph process to the PostgreSQL server',
  },
  {
    name: 'MIGRATE_ON_START',
    readBy: subgraphNames,
    kind: { type: 'enum', values: ['true', 'false'] },
    default: '`true`; `false` when NODE_ENV=production',
    meaning:
      'apply pending migrations when a subgraph starts; in production the migration job (`pnpm migrate`) does it',
  },
  {
    name: 'SHUTDOWN_GRACE_MS',
    readBy: allServing,
    kind: { type: 'integer', min: 0 },
    default: '10000',
    meaning: 'on SIGTERM: how long in-flight requests may finish before the connections are cut',
  },
  {
    name: 'AUTH_JWT_SECRET',
    readBy: allServing,
    kind: { type: 'secret', minLength: 32 },
    default: 'a documented development secret',
    meaning: 'HS256 secret of the tokens (at least 32 characters); production needs it or AUTH_JWKS_URL',
  },
  {
    name: 'GRAPH_INTERNAL_SECRET',
    readBy: allServing,
    kind: { type: 'secret', minLength: 32 },
    default: 'development: drawn at random per process (`pnpm start:services` and the tests share one)',
    meaning:
      "secret the graph's processes share and no caller holds (at least 32 characters, not AUTH_JWT_SECRET): signs the service tokens of calls between subgraphs and the gateway's request ids",
    requiredInProduction: allServing,
  },
  {
    name: 'AUTH_JWKS_URL',
    readBy: allServing,
    kind: { type: 'http-url' },
    default: null,
    meaning: "the identity provider's JWKS URL (needs AUTH_ISSUER and AUTH_AUDIENCE)",
  },
  {
    name: 'AUTH_ISSUER',
    readBy: allServing,
    kind: { type: 'text' },
    default: 'urn:regional-employment-graph:dev-issuer',
    meaning: 'expected `iss` of the tokens',
  },
  {
    name: 'AUTH_AUDIENCE',
    readBy: allServing,
    kind: { type: 'text' },
    default: 'regional-employment-graph',
    meaning: 'expected `aud` of the tokens',
  },
  {
    name: 'PSEUDONYM_KEY',
    readBy: ['outcomes'],
    kind: { type: 'secret', minLength: 32 },
    default: 'a documented development key',
    meaning: 'HMAC key of the person pseudonyms in the Region exports (at least 32 characters)',
    requiredInProduction: ['outcomes'],
  },
  {
    name: 'LOG_LEVEL',
    readBy: everyone,
    kind: { type: 'enum', values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] },
    default: 'info',
    meaning: 'log level; logs are JSON lines (the gateway takes trace to error)',
  },
  {
    name: 'RATE_LIMIT_PER_MINUTE',
    readBy: ['gateway'],
    kind: { type: 'integer', min: 1 },
    default: '6000',
    meaning: 'requests per minute per organisation at the gateway',
  },
  {
    name: 'UPSTREAM_TIMEOUT_MS',
    readBy: ['gateway'],
    kind: { type: 'integer', min: 1 },
    default: '10000',
    meaning: 'how long the gateway waits for a subgraph',
  },
  {
    name: 'REFERENCE_CACHE_SECONDS',
    readBy: ['gateway'],
    kind: { type: 'integer', min: 0 },
    default: '60',
    meaning:
      "how long the gateway answers the catalogue's reference entities (a provider's name, a standard's title) from memory; 0 asks the catalogue every time",
  },
  {
    name: 'QUERY_PLANNER',
    readBy: ['gateway'],
    kind: { type: 'enum', values: ['js', 'rust'] },
    default: 'rust',
    meaning:
      "the gateway's query planner: `rust` (@graphql-hive/router-runtime; `js` where its native module does not load, with a warning) or `js` (the Hive Gateway runtime's own)",
  },
  {
    name: 'TRUSTED_DOCUMENTS_FILE',
    readBy: ['gateway'],
    kind: { type: 'text' },
    default: null,
    meaning: 'JSON file of the only operations the gateway runs (persisted operations)',
  },
  {
    name: 'INDICATORS_MAX_AGE_SECONDS',
    readBy: ['outcomes'],
    kind: { type: 'integer', min: 0 },
    default: '0',
    meaning: 'how old an indicator snapshot may be; 60 in production',
  },
  {
    name: 'AUTH_MAX_TOKEN_LIFETIME_SECONDS',
    readBy: allServing,
    kind: { type: 'integer', min: 1 },
    default: '3600',
    meaning: 'longest accepted token lifetime (exp - iat); longer tokens are refused',
  },
  {
    name: 'SUBGRAPH_RATE_LIMIT_PER_MINUTE',
    readBy: subgraphNames,
    kind: { type: 'integer', min: 1 },
    default: '30000',
    meaning: 'requests per minute per organisation at each subgraph (the last line behind the gateway)',
  },
  {
    name: 'CORS_ORIGINS',
    readBy: ['gateway'],
    kind: { type: 'text' },
    default: 'http://localhost:5173,http://127.0.0.1:5173',
    meaning: 'comma-separated origins allowed to call the gateway from a browser, with credentials',
  },
  {
    name: 'DASHBOARD_OIDC_AUTHORITY',
    readBy: ['gateway'],
    kind: { type: 'text' },
    default: null,
    meaning: "the dashboard's OpenID Connect provider (AUTH_ISSUER when unset)",
  },
  {
    name: 'DASHBOARD_OIDC_CLIENT_ID',
    readBy: ['gateway'],
    kind: { type: 'text' },
    default: null,
    meaning: "the dashboard's public OIDC client id (AUTH_AUDIENCE when unset)",
  },
  {
    name: 'DASHBOARD_OIDC_SCOPE',
    readBy: ['gateway'],
    kind: { type: 'text' },
    default: 'openid',
    meaning: 'the scopes the dashboard asks the OIDC provider for',
  },
  {
    name: 'REDIS_URL',
    readBy: ['gateway', 'outcomes'],
    kind: { type: 'text' },
    default: null,
    meaning: 'Redis shared by replicas (rate limit, indicator snapshots); unset keeps them in process memory',
  },
  {
    name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    readBy: allServing,
    kind: { type: 'http-url' },
    default: null,
    meaning: 'OTLP/HTTP collector for traces; unset turns tracing off',
  },
  {
    name: 'OTEL_SERVICE_NAME',
    readBy: allServing,
    kind: { type: 'text' },
    default: null,
    meaning: 'service name on the traces (the process name when unset)',
  },
  {
    name: 'DB_IDLE_TIMEOUT_SECONDS',
    readBy: subgraphsAndMigrate,
    kind: { type: 'integer', min: 0 },
    default: '30',
    meaning: 'a pooled PostgreSQL connection idle this long is closed',
  },
  {
    name: 'DB_MAX_LIFETIME_SECONDS',
    readBy: subgraphsAndMigrate,
    kind: { type: 'integer', min: 1 },
    default: '1800',
    meaning: 'a pooled PostgreSQL connection is recycled after this long',
  },
  {
    name: 'DB_CONNECT_TIMEOUT_SECONDS',
    readBy: subgraphsAndMigrate,
    kind: { type: 'integer', min: 1 },
    default: '10',
    meaning: 'how long to wait for a new PostgreSQL connection',
  },
  {
    name: 'GRAPHIQL_ANONYMOUS_SCHEMA',
    readBy: ['gateway'],
    kind: { type: 'enum', values: ['true', 'false'] },
    default: 'false',
    meaning: 'development only: GraphiQL may load the schema without a token (the start commands set true)',
  },
  {
    name: 'SCHEMA_BASE_REF',
    readBy: [],
    kind: { type: 'text' },
    default: null,
    meaning:
      '`pnpm schema:check` only: the git ref whose supergraph is the previous one (merge-base with main when unset)',
  },
];

export const variableNamed = (name: string) => variables.find((v) => v.name === name);

/** The variables a process reads. */
export const variablesOf = (process: ProcessName) => variables.filter((v) => v.readBy.includes(process));

function checkValue(variable: Variable, raw: string): string | null {
  const name = variable.name;
  const shown = raw.length > 60 || variable.kind.type === 'secret' ? '' : `=${JSON.stringify(raw)}`;
  switch (variable.kind.type) {
    case 'port': {
      const port = Number(raw);
      return /^\d+$/.test(raw.trim()) && port >= 1 && port <= 65535
        ? null
        : `${name}${shown} is not a port: set ${name} to a number from 1 to 65535`;
    }
    case 'integer': {
      const value = Number(raw);
      return /^\d+$/.test(raw.trim()) && value >= variable.kind.min
        ? null
        : `${name}${shown} is not a whole number >= ${variable.kind.min}: change ${name}`;
    }
    case 'http-url': {
      try {
        const url = new URL(raw);
        if (url.protocol === 'http:' || url.protocol === 'https:') return null;
      } catch {
        /* reported below */
      }
      return `${name}${shown} is not an http(s) URL: set ${name} to e.g. http://people:4001/graphql`;
    }
    case 'postgres-url': {
      try {
        const url = new URL(raw);
        if ((url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname) return null;
      } catch {
        /* reported below */
      }
      // The URL may hold a password: never echo it.
      return `${name} is not a postgres:// URL: set ${name} to postgres://user:password@host:5432/database`;
    }
    case 'secret':
      return raw.length >= variable.kind.minLength
        ? null
        : `${name} is shorter than ${variable.kind.minLength} characters: set ${name} to a longer random value`;
    case 'enum':
      return variable.kind.values.includes(raw)
        ? null
        : `${name}${shown} is not one of ${variable.kind.values.join(', ')}: change ${name}`;
    case 'text':
      return raw.trim() === '' ? `${name} is empty: unset it or give it a value` : null;
  }
}

/**
 * What is wrong with the environment for one process, one line each, every line naming the variable to
 * change; empty when the process may start.
 */
export function checkEnvironment(process: ProcessName, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const production = env['NODE_ENV'] === 'production';
  for (const variable of variablesOf(process)) {
    const raw = env[variable.name];
    if (raw === undefined) continue;
    const problem = checkValue(variable, raw);
    if (problem) problems.push(problem);
  }
  if (production) {
    for (const variable of variablesOf(process)) {
      if (!variable.requiredInProduction?.includes(process) || env[variable.name] !== undefined) continue;
      // A per-service database URL stands in for DATABASE_URL.
      if (variable.name === 'DATABASE_URL' && process !== 'migrate' && env[`${process.toUpperCase()}_DATABASE_URL`])
        continue;
      if (
        variable.name === 'DATABASE_URL' &&
        process === 'migrate' &&
        subgraphNames.every((s) => env[`${s.toUpperCase()}_DATABASE_URL`])
      )
        continue;
      problems.push(
        `${variable.name} is required when NODE_ENV=production: set ${variable.name} (${variable.meaning})`,
      );
    }
    if (process !== 'migrate' && !env['AUTH_JWT_SECRET'] && !env['AUTH_JWKS_URL']) {
      problems.push(
        'the development token secret is refused when NODE_ENV=production: set AUTH_JWKS_URL (with AUTH_ISSUER and AUTH_AUDIENCE) or AUTH_JWT_SECRET',
      );
    }
  }
  const internal = env['GRAPH_INTERNAL_SECRET'];
  if (
    internal &&
    internal === env['AUTH_JWT_SECRET'] &&
    variablesOf(process).some((v) => v.name === 'GRAPH_INTERNAL_SECRET')
  ) {
    problems.push(
      'GRAPH_INTERNAL_SECRET is the same as AUTH_JWT_SECRET: set GRAPH_INTERNAL_SECRET to another random value',
    );
  }
  // The gateway runtime reads LOG_LEVEL itself and knows fewer levels than pino.
  const gatewayLevels = ['trace', 'debug', 'info', 'warn', 'error'];
  if (process === 'gateway' && env['LOG_LEVEL'] !== undefined && !gatewayLevels.includes(env['LOG_LEVEL'])) {
    problems.push(
      `LOG_LEVEL=${JSON.stringify(env['LOG_LEVEL'])} is not a gateway log level: set LOG_LEVEL to one of ${gatewayLevels.join(', ')}`,
    );
  }
  if (env['AUTH_JWKS_URL'] && variablesOf(process).some((v) => v.name === 'AUTH_JWKS_URL')) {
    for (const name of ['AUTH_ISSUER', 'AUTH_AUDIENCE'])
      if (!env[name]) problems.push(`AUTH_JWKS_URL needs ${name}: set ${name}`);
  }
  return problems;
}

const truthy = (raw: string | undefined, fallback: boolean) => (raw === undefined ? fallback : raw === 'true');

/** MIGRATE_ON_START: migrations run at start in development, by the migration job in production. */
export function migrateOnStart(env: NodeJS.ProcessEnv): boolean {
  return truthy(env['MIGRATE_ON_START'], env['NODE_ENV'] !== 'production');
}

export function shutdownGraceMs(env: NodeJS.ProcessEnv): number {
  return Number(env['SHUTDOWN_GRACE_MS'] ?? 10_000);
}

/** The port a process listens on: PORT, else <NAME>_PORT (subgraphs), else its default; and the variables that set it. */
export function portOf(
  process: Exclude<ProcessName, 'migrate'>,
  env: NodeJS.ProcessEnv,
): { port: number; setBy: string } {
  const own = process === 'gateway' ? undefined : `${process.toUpperCase()}_PORT`;
  const raw = env['PORT'] ?? (own ? env[own] : undefined);
  return { port: raw === undefined ? defaultPorts[process] : Number(raw), setBy: own ? `PORT (or ${own})` : 'PORT' };
}
