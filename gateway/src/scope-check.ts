import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useGenericAuth, type GenericAuthPluginOptions } from '@envelop/generic-auth';
import { Kind, visit, type DocumentNode } from 'graphql';

/** Scope sets remembered per document: a document is asked by a handful of kinds of caller, not thousands. */
const KEYS_PER_DOCUMENT = 64;

/**
 * The runtime's @authenticated/@requiresScopes check (@envelop/generic-auth, `protect-granular`), run once per
 * document, operation, caller's scopes and @skip/@include variables instead of on every request. The plugin
 * re-walks the document with the schema's type information on every execution and hands the planner a rebuilt
 * copy of the document even when nothing was refused, so the planners' caches, which are keyed by the document
 * object, never hit (the Rust planner planned every request anew).
 *
 * What is remembered is only "nothing refused" (the outcome depends on the scopes held, the directives of the
 * fields asked, and which fields @skip/@include leave in): on such an execution the check does not run again and the
 * document stays the parsed one (equal to the plugin's copy when nothing is removed). A request that has something
 * refused always runs the plugin in full, which removes the field and answers FORBIDDEN as before.
 */
export function useScopeCheckOncePerDocument<User extends { scopes: ReadonlySet<string> }>(
  options: Extract<GenericAuthPluginOptions<User>, { mode: 'protect-granular' }>,
): GatewayPlugin {
  const auth = useGenericAuth(options) as GatewayPlugin;
  // generic-auth does its work in the extended-validation plugin it adds when initialised; that plugin is driven
  // from here so that it can be skipped.
  const inner: GatewayPlugin[] = [];
  auth.onPluginInit?.({ addPlugin: (plugin: GatewayPlugin) => inner.push(plugin) } as never);
  const validation = inner[0];
  if (inner.length !== 1 || !validation?.onExecute || !validation.onContextBuilding)
    throw new Error('@envelop/generic-auth no longer adds one extended-validation plugin: review scope-check.ts');
  const allowed = new WeakMap<DocumentNode, Map<string, true>>();
  const contextName = options.contextFieldName ?? 'currentUser';

  return {
    onSchemaChange(payload) {
      return validation.onSchemaChange?.(payload as never);
    },
    onContextBuilding(payload) {
      // The extended validation's own context (it copies the whole context to add one key) is set up only when the
      // check runs, in onExecute.
      return auth.onContextBuilding!(payload as never);
    },
    onExecute(payload) {
      const { args } = payload;
      const user = (args.contextValue as Record<string, unknown>)[contextName] as User | null | undefined;
      const document = args.document;
      const key = user ? cacheKey(document, args.operationName, user.scopes, args.variableValues) : null;
      if (key !== null && allowed.get(document)?.has(key)) return;
      const context = args.contextValue as Record<string, unknown>;
      validation.onContextBuilding!({
        context,
        extendContext: (extension: Record<string, unknown>) => Object.assign(context, extension),
      } as never);
      let stopped = false;
      const hooks = validation.onExecute!({
        ...payload,
        setResultAndStopExecution: (result: never) => {
          stopped = true;
          payload.setResultAndStopExecution(result);
        },
      } as never);
      // With refusals the plugin returns hooks that add the errors to the result (or stops the execution).
      if (hooks || stopped || key === null) return hooks as never;
      // Nothing refused: the plugin's copy of the document equals the parsed one; keep the parsed one, which the
      // planners have seen before.
      args.document = document;
      const keys = allowed.get(document) ?? new Map<string, true>();
      allowed.set(document, keys);
      keys.set(key, true);
      if (keys.size > KEYS_PER_DOCUMENT) keys.delete(keys.keys().next().value!);
    },
  };
}

/** The variables that decide an @skip or @include of a document (none for most documents). */
const conditionVariables = new WeakMap<DocumentNode, readonly string[]>();

function variablesOfConditions(document: DocumentNode): readonly string[] {
  let names = conditionVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Directive(node) {
        if (node.name.value !== 'skip' && node.name.value !== 'include') return;
        for (const argument of node.arguments ?? [])
          if (argument.value.kind === Kind.VARIABLE) found.add(argument.value.name.value);
      },
    });
    names = [...found];
    conditionVariables.set(document, names);
  }
  return names;
}

/** The scopes as one string, per verified identity's scope set (the token verifier keeps one identity per token). */
const scopeTexts = new WeakMap<ReadonlySet<string>, string>();

function scopeText(scopes: ReadonlySet<string>): string {
  let text = scopeTexts.get(scopes);
  if (text === undefined) {
    text = [...scopes].sort().join(' ');
    scopeTexts.set(scopes, text);
  }
  return text;
}

function cacheKey(
  document: DocumentNode,
  operationName: string | null | undefined,
  scopes: ReadonlySet<string>,
  variables: Record<string, unknown> | null | undefined,
): string {
  const names = variablesOfConditions(document);
  const conditions = names.length ? JSON.stringify(names.map((name) => variables?.[name] ?? null)) : '';
  return `${operationName ?? ''}\n${scopeText(scopes)}\n${conditions}`;
}
