import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareSupergraphs, formatReport, previousCommit, supergraphAt } from '@reg/gateway/schema-policy';

/**
 * `pnpm schema:check`: the schema change policy (README "For partner developers"). Diffs schema/supergraph.graphql
 * against the previous one (see previousCommit) and exits 1 on a breaking change that was not deprecated first.
 */
const root = resolve(import.meta.dirname, '..');
const commit = previousCommit(root);
const previous = commit ? supergraphAt(root, commit) : null;
if (!commit || previous === null) {
  console.log('schema:check: no previous supergraph in git history; nothing to compare.');
  process.exit(0);
}
const report = await compareSupergraphs(previous, readFileSync(resolve(root, 'schema/supergraph.graphql'), 'utf8'));
const total = report.breaking.length + report.dangerous.length + report.safe.length;
console.log(`schema:check against ${commit.slice(0, 12)}: ${total === 0 ? 'no change' : `${total} change(s)`}`);
if (total > 0) console.log(formatReport(report));
if (report.breaking.length > 0) {
  console.error(
    '\nBreaking change(s) to the public schema: deprecate the field first (@deprecated(reason: "...")), ship that, and remove it in a later change; record both in schema/CHANGELOG.md.',
  );
  process.exit(1);
}
