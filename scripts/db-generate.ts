import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `pnpm db:generate <service> <name>`: drizzle-kit generates the next SQL migration of a service from its
 * tables. The migrator creates the service's schema first (its migrations table lives there), so the
 * generated CREATE SCHEMA is made idempotent.
 */
const [service, name] = process.argv.slice(2);
if (!service || !name) {
  console.error('usage: pnpm db:generate <people|catalogue|employers|outcomes> <migration-name>');
  process.exit(2);
}
const dir = join('services', service);
execFileSync('drizzle-kit', ['generate', '--name', name], { cwd: dir, stdio: 'inherit' });
const migrations = join(dir, 'migrations');
for (const file of readdirSync(migrations).filter((f) => f.endsWith('.sql'))) {
  const path = join(migrations, file);
  const sql = readFileSync(path, 'utf8');
  const fixed = sql.replace(/CREATE SCHEMA "(\w+)";/g, 'CREATE SCHEMA IF NOT EXISTS "$1";');
  if (fixed !== sql) writeFileSync(path, fixed);
}
