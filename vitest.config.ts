import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests beside the code, and integration/e2e tests in test/ that share one real
// Neo4j (started by the global setup) and therefore run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'schema/src/**/*.spec.ts',
            'ingest/src/**/*.spec.ts',
            'server/src/**/*.spec.ts',
            'client/src/**/*.spec.ts',
            'scripts/**/*.spec.ts',
            'bench/**/*.spec.ts',
            'test/**/*.spec.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
