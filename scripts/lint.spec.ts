import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The repository's own linter configuration, run on probe files laid out like the repository: the import-boundary
// rule must refuse a relative import into another subgraph and from a package into a subgraph, and accept the same
// code imported by package name.
const root = resolve(import.meta.dirname, '..');
let dir: string;

interface Diagnostic {
  category: string;
  location: { path: string; start: { line: number } };
}

function lint(files: Record<string, string>): Diagnostic[] {
  rmSync(join(dir, 'services'), { recursive: true, force: true });
  rmSync(join(dir, 'packages'), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(
    join(root, 'node_modules/.bin/biome'),
    ['lint', '--vcs-enabled=false', '--reporter=json', '.'],
    { cwd: dir, encoding: 'utf8' },
  );
  const report = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
  return report.diagnostics.filter((d) => d.category === 'lint/style/noRestrictedImports');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lint-boundaries-'));
  copyFileSync(join(root, 'biome.jsonc'), join(dir, 'biome.jsonc'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import boundaries (pnpm lint)', () => {
  it('refuses a relative import into another subgraph, and names the file and line', () => {
    const found = lint({
      'services/outcomes/src/rules/probe.ts':
        "import { a } from './local.ts';\nimport { trentoCatalogue2013 } from '../../../catalogue/src/reference/index.ts';\nexport const all = [a, trentoCatalogue2013];\n",
      'services/people/src/probe.ts': "export { buildEmployers } from '../../employers/src/server.ts';\n",
    });
    expect(found.map((d) => `${d.location.path}:${d.location.start.line}`).sort()).toEqual([
      'services/outcomes/src/rules/probe.ts:2',
      'services/people/src/probe.ts:1',
    ]);
  });

  it('refuses a package importing a subgraph file', () => {
    const found = lint({
      'packages/demo-data/src/probe.ts':
        "import { catalogueVersions } from '../../../services/catalogue/src/reference/index.ts';\nexport const all = catalogueVersions;\n",
    });
    expect(found.map((d) => d.location.path)).toEqual(['packages/demo-data/src/probe.ts']);
  });

  it('accepts the same code imported by package name, and relative imports inside one subgraph', () => {
    expect(
      lint({
        'services/outcomes/src/rules/probe.ts':
          "import { trentoCatalogue2013 } from '@reg/catalogue/reference';\nimport { a } from '../store/tables.ts';\nexport const all = [a, trentoCatalogue2013];\n",
        'packages/demo-data/src/probe.ts':
          "import { catalogueVersions } from '@reg/catalogue/reference';\nexport const all = catalogueVersions;\n",
      }),
    ).toEqual([]);
  });
});
