import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSupergraphs, previousCommit, supergraphAt } from './schema-policy.ts';
import { supergraphPath } from './subgraphs.ts';

const current = readFileSync(supergraphPath, 'utf8');
// Query.catalogueVersions (unique in the supergraph, unlike lepServices, also a field of ServiceStandard).
const catalogueVersionsLine = '  catalogueVersions: [CatalogueVersion!]! @join__field(graph: CATALOGUE)\n';

describe('schema change policy', () => {
  it('finds nothing between a supergraph and itself', async () => {
    expect(await compareSupergraphs(current, current)).toEqual({ breaking: [], dangerous: [], safe: [] });
  });

  it('fails a deliberately breaking change: a query field removed without deprecation', async () => {
    expect(current).toContain(catalogueVersionsLine);
    const report = await compareSupergraphs(current, current.replace(catalogueVersionsLine, ''));
    expect(report.breaking.map((c) => c.message)).toEqual([
      "Field 'catalogueVersions' was removed from object type 'Query'",
    ]);
  });

  it('fails a changed argument or a field made nullable', async () => {
    const report = await compareSupergraphs(
      current,
      current.replace('obligationRanking(province: String!,', 'obligationRanking(province: String!, region: String!,'),
    );
    expect(report.breaking).toHaveLength(1);
  });

  it('lets a field go once the previous schema had deprecated it', async () => {
    const deprecated = current.replace(
      catalogueVersionsLine,
      '  catalogueVersions: [CatalogueVersion!]! @join__field(graph: CATALOGUE) @deprecated(reason: "Read ServiceStandard.version")\n',
    );
    const deprecating = await compareSupergraphs(current, deprecated);
    expect(deprecating.breaking).toEqual([]);
    const removal = await compareSupergraphs(deprecated, current.replace(catalogueVersionsLine, ''));
    expect(removal.breaking).toEqual([]);
    expect(removal.dangerous.length + removal.safe.length).toBeGreaterThan(0);
  });

  it('counts an added field as safe', async () => {
    const report = await compareSupergraphs(
      current,
      current.replace(
        catalogueVersionsLine,
        `${catalogueVersionsLine}  catalogueNote: String @join__field(graph: CATALOGUE)\n`,
      ),
    );
    expect(report.breaking).toEqual([]);
    expect(report.safe.map((c) => c.message)).toContain("Field 'catalogueNote' was added to object type 'Query'");
  });
});

describe('the previous supergraph', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  const commit = (cwd: string, text: string) => {
    writeFileSync(join(cwd, 'schema/supergraph.graphql'), text);
    git(cwd, 'add', '.');
    git(cwd, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', text);
    return git(cwd, 'rev-parse', 'HEAD');
  };

  it("is where a branch left main, main's previous commit on main, and none outside git", () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-policy-'));
    try {
      mkdirSync(join(dir, 'schema'));
      git(dir, 'init', '-q', '-b', 'main');
      commit(dir, 'one');
      const two = commit(dir, 'two');
      git(dir, 'checkout', '-q', '-b', 'feature');
      commit(dir, 'three');
      commit(dir, 'four');
      expect(previousCommit(dir, {})).toBe(two);
      expect(supergraphAt(dir, two)).toBe('two');
      git(dir, 'checkout', '-q', 'main');
      const first = git(dir, 'rev-parse', 'HEAD~1');
      expect(previousCommit(dir, {})).toBe(first);
      expect(previousCommit(dir, { SCHEMA_BASE_REF: 'feature' })).toBe(git(dir, 'rev-parse', 'feature'));
      rmSync(join(dir, '.git'), { recursive: true, force: true });
      expect(previousCommit(dir, {})).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
