import { execFileSync } from 'node:child_process';
import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';

/** What partners see of a supergraph: the API schema, without the join__/link__ machinery of federation. */
export function publicSchema(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)), { assumeValidSDL: true });
}

export interface SchemaReport {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/**
 * The schema change policy: every difference of the public schema, classified by GraphQL Inspector. Removing a
 * field or an enum value that the previous schema had already marked @deprecated is not breaking (partners were
 * told); any other breaking change is.
 */
export async function compareSupergraphs(previousSdl: string, currentSdl: string): Promise<SchemaReport> {
  const changes = await diff(publicSchema(previousSdl), publicSchema(currentSdl), [
    DiffRule.suppressRemovalOfDeprecatedField,
  ]);
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  return {
    breaking: of(CriticalityLevel.Breaking),
    dangerous: of(CriticalityLevel.Dangerous),
    safe: of(CriticalityLevel.NonBreaking),
  };
}

const git = (args: string[], cwd: string): string | null => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    }).trim();
  } catch {
    return null;
  }
};

/**
 * The commit whose supergraph is "the previous one": SCHEMA_BASE_REF when set; on a branch, where it left `main`
 * (the merge-base); on `main` itself, the commit before. Null outside a git checkout or with no history.
 */
export function previousCommit(cwd: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const head = git(['rev-parse', 'HEAD'], cwd);
  if (!head) return null;
  if (env['SCHEMA_BASE_REF']) return git(['rev-parse', '--verify', `${env['SCHEMA_BASE_REF']}^{commit}`], cwd);
  for (const base of ['origin/main', 'main']) {
    const mergeBase = git(['merge-base', 'HEAD', base], cwd);
    if (mergeBase && mergeBase !== head) return mergeBase;
  }
  return git(['rev-parse', '--verify', 'HEAD~1^{commit}'], cwd);
}

/** The supergraph as committed at a commit, or null when it did not exist there. */
export function supergraphAt(cwd: string, commit: string, path = 'schema/supergraph.graphql'): string | null {
  return git(['show', `${commit}:${path}`], cwd);
}

export function formatReport(report: SchemaReport): string {
  const section = (title: string, changes: Change[]) =>
    changes.length ? [`${title}:`, ...changes.map((c) => `  - ${c.message}`)] : [];
  return [
    ...section('Breaking', report.breaking),
    ...section('Dangerous', report.dangerous),
    ...section('Safe', report.safe),
  ].join('\n');
}
