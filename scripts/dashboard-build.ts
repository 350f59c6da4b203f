import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dashboard = resolve(import.meta.dirname, '../packages/dashboard');

/**
 * Builds the dashboard (Vite) into packages/dashboard/dist, which the gateway serves at /dashboard/. `pnpm start`
 * builds it when missing; the test command rebuilds it every time (`pnpm dashboard:build`).
 */
export function ensureDashboardBuilt(options: { force?: boolean } = {}): void {
  if (!options.force && existsSync(join(dashboard, 'dist/index.html'))) return;
  execFileSync(process.execPath, [join(dashboard, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: dashboard,
    stdio: 'inherit',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDashboardBuilt({ force: true });
