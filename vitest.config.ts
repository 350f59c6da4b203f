import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * The core end-to-end scenarios run a second time with the gateway on the Rust query planner (QUERY_PLANNER=rust,
 * @graphql-hive/router-runtime), when its native module loads on this machine; otherwise the project is left out
 * and says why (a platform without a prebuilt binary must not turn the suite red).
 */
const rustPlannerCore = ['test/graph.e2e.ts', 'test/journey.e2e.ts', 'test/attacks/refusals.e2e.ts'];
function rustPlannerAbsence(): string | null {
  try {
    // The planner's native binding is loaded by its package's entry, as the gateway loads it.
    const gateway = createRequire(new URL('./gateway/package.json', import.meta.url));
    createRequire(gateway.resolve('@graphql-hive/router-runtime'))('@graphql-hive/router-query-planner');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
const rustAbsence = rustPlannerAbsence();
if (rustAbsence)
  console.warn(`vitest: project e2e-rust skipped, the Rust query planner does not load here (${rustAbsence})`);

// Unit and subgraph tests sit beside the code (*.spec.ts); end-to-end tests through the
// gateway live in test/ (*.e2e.ts) and start real servers, so they get longer time-outs.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'services/**/*.spec.ts',
            'packages/**/*.spec.ts',
            'gateway/**/*.spec.ts',
            'scripts/**/*.spec.ts',
            'deploy/**/*.spec.ts',
            'bench/**/*.spec.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Loaded through Vite like the code under test, so both use one copy of graphql (its instanceof checks).
          server: { deps: { inline: ['@graphql-inspector/core'] } },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      ...(rustAbsence
        ? []
        : [
            {
              test: {
                name: 'e2e-rust',
                include: rustPlannerCore,
                env: { QUERY_PLANNER: 'rust' },
                testTimeout: 60_000,
                hookTimeout: 120_000,
                fileParallelism: false,
              },
            },
          ]),
    ],
  },
});
