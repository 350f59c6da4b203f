import { createRequire } from 'node:module';
import type { UnifiedGraphHandler } from '@graphql-hive/gateway-runtime';

export type QueryPlanner = 'js' | 'rust';

/**
 * Why the Rust planner's native binding (@graphql-hive/router-query-planner, prebuilt for Linux glibc and macOS on
 * x64 and arm64) does not load on this machine, in one line; null when it loads.
 */
export function rustPlannerAbsence(): string | null {
  try {
    // Resolved as the runtime imports it (an ES import, which ignores NODE_PATH where require honours it: under
    // `pnpm` a bundle in dist/ would pass the require and fail the import), then loaded to check the binding.
    if (typeof import.meta.resolve === 'function') import.meta.resolve('@graphql-hive/router-query-planner');
    createRequire(import.meta.url)('@graphql-hive/router-query-planner');
    return null;
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  }
}

export interface PlannerChoice {
  planner: QueryPlanner;
  /** Set when the default (rust) could not load and the gateway runs on js instead: logged once at start. */
  fallback: string | null;
}

/**
 * The planner asked for (option or QUERY_PLANNER), else the default: rust, faster on varied requests
 * (bench/README.md). Where its native binding does not load, the default falls back to js with a warning, while
 * an explicit QUERY_PLANNER=rust refuses to start (asked for, it must not silently run on the other one).
 */
export function chooseQueryPlanner(asked: string | undefined, absence: () => string | null): PlannerChoice {
  if (asked !== undefined && asked !== 'js' && asked !== 'rust')
    throw new Error(`QUERY_PLANNER must be js or rust, not ${asked}`);
  if (asked === 'js') return { planner: 'js', fallback: null };
  const missing = absence();
  if (!missing) return { planner: 'rust', fallback: null };
  if (asked === 'rust') throw new Error(`QUERY_PLANNER=rust but the Rust query planner does not load here: ${missing}`);
  return {
    planner: 'js',
    fallback: `the Rust query planner does not load here (${missing}); the gateway runs on the js planner`,
  };
}

/**
 * The Rust planner's handler, loaded only when used (it brings a native module). It replaces how the runtime plans
 * and executes over the supergraph; the plugins, transports and hooks stay the same.
 */
export const rustPlanner: UnifiedGraphHandler = async (handlerOptions) =>
  (await import('@graphql-hive/router-runtime')).unifiedGraphHandler(handlerOptions);
