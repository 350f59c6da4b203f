import { defineConfig } from 'vitest/config';

/**
 * The whole end-to-end suite runs on the gateway's default query planner (rust, or js where its native module does
 * not load: gateway/src/query-planner.ts); the core scenarios run a second time on the JS planner (QUERY_PLANNER=js),
 * which stays a supported configuration.
 */
const jsPlannerCore = [
  'test/graph.e2e.ts',
  'test/journey.e2e.ts',
  'test/attacks/refusals.e2e.ts',
  'test/subgraph-down.e2e.ts',
];

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
      {
        test: {
          name: 'e2e-js',
          include: jsPlannerCore,
          env: { QUERY_PLANNER: 'js' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
