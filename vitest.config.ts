import { defineConfig } from 'vitest/config';

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
    ],
  },
});
