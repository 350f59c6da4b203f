import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * `pnpm build`: one self-contained ES module per process in dist/ (gateway, the four subgraphs, migrate),
 * started with plain `node dist/<name>.mjs`: no TypeScript loader in production, one file to load.
 * Packages that load files next to their own code at run time (PGlite's WebAssembly, the Rust query planner's native
 * binding) stay outside the bundle and are listed in dist/package.json, which the image installs with
 * `npm install --omit=dev`. So does graphql: bundled, every call into it went through the bundler's CommonJS getters
 * and its development `instanceOf`, beside a second copy the gateway loads with `require` for the runtime's
 * `instanceof GraphQLError` (bench/README.md, run of 2 December 2026, 11:00); outside, there is one copy, as when the
 * packages run unbundled.
 * The bundles read schema/ and services/<name>/migrations/ from the folder above dist/.
 */
const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const entries: Record<string, string> = {
  gateway: 'gateway/src/index.ts',
  people: 'services/people/src/index.ts',
  catalogue: 'services/catalogue/src/index.ts',
  employers: 'services/employers/src/index.ts',
  outcomes: 'services/outcomes/src/index.ts',
  migrate: 'scripts/migrate.ts',
};
// Each with the workspace package that depends on it, where the version the workspace resolved is read.
const externalPackages: Record<string, string> = {
  '@electric-sql/pglite': 'packages/db',
  '@graphql-hive/router-query-planner': 'gateway',
  graphql: 'gateway',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const started = performance.now();
const result = await build({
  entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, file)])),
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  external: Object.keys(externalPackages),
  // Node's SHA-256 for Apollo Server's per-request document hash, not the JavaScript fallback (node-create-hash.ts).
  alias: { '@apollo/utils.createhash': join(root, 'scripts/node-create-hash.ts') },
  // CommonJS dependencies inside an ES module bundle still call require() and read __dirname.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      'const __dirname = __pathDirname(__filename);',
    ].join('\n'),
  },
  logLevel: 'warning',
  metafile: true,
});

/** The manifest of the package a resolved entry file belongs to: the nearest package.json above it with its name. */
function manifestOf(name: string, entry: string): { version: string } {
  for (let folder = dirname(entry); folder !== dirname(folder); folder = dirname(folder)) {
    const file = join(folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (manifest.name === name) return manifest;
  }
  throw new Error(`no package.json of ${name} above ${entry}`);
}

// The external packages at the versions the workspace resolved, for `npm install` in the image.
const versions = Object.fromEntries(
  Object.entries(externalPackages).map(([name, dependent]) => [
    name,
    manifestOf(name, createRequire(join(root, dependent, 'package.json')).resolve(name)).version,
  ]),
);
writeFileSync(
  join(dist, 'package.json'),
  `${JSON.stringify({ name: 'regional-employment-graph-dist', private: true, type: 'module', dependencies: versions }, null, 2)}\n`,
);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `dist/: ${Object.keys(entries)
    .map((e) => `${e}.mjs`)
    .join(
      ', ',
    )} (${(bytes / 1e6).toFixed(1)} MB with chunks and source maps) in ${Math.round(performance.now() - started)} ms`,
);
