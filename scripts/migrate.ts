import { openDatabase } from '@reg/db';
import { checkEnvironment, startupFailure, subgraphNames, type SubgraphName } from '@reg/runtime';
import { migrationsFolder } from '@reg/subgraph-kit';

/**
 * `pnpm migrate [people|catalogue|employers|outcomes ...]` (all four when none is named), or
 * `node dist/migrate.mjs ...` in the image: applies each subgraph's pending migrations to its database
 * (DATABASE_URL / <SUBGRAPH>_DATABASE_URL, else the PGlite folders under DATA_DIR) and exits. Safe to run
 * again, and beside running replicas: the migrations of a schema hold an advisory lock while they run.
 * Exit code 0 when all are applied, 1 when one failed or the arguments or environment are wrong.
 */
const env = process.env;
const fail = (line: string): never => {
  process.stderr.write(`migrate: ${line}\n`);
  process.exit(1);
};

const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((a) => !(subgraphNames as readonly string[]).includes(a));
if (unknown.length > 0)
  fail(`unknown subgraph ${unknown.join(', ')}: name one or more of ${subgraphNames.join(', ')}, or none for all`);
const problems = checkEnvironment('migrate', env);
if (problems.length > 0) fail(problems.join('; '));

const services = (asked.length > 0 ? asked : subgraphNames) as SubgraphName[];
for (const service of services) {
  const started = performance.now();
  try {
    const database = await openDatabase({
      service,
      pgSchema: service,
      migrationsFolder: migrationsFolder(service),
      tables: {},
      env,
      migrate: true,
    });
    await database.close();
    console.log(`migrate: ${service} up to date (${database.where}, ${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    fail(`${service}: ${startupFailure(error, 'migrate', env)}`);
  }
}
