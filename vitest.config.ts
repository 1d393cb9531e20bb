import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript source through the "source" export condition,
// so tests never need a build first.
const shared = {
  resolve: { conditions: ['source'] },
  // Tests run in Node (vite's SSR side), which has its own resolve conditions.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    setupFiles: ['./test/setup/failOnConsole.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
};

// Calendar dates must not depend on the machine's zone: the core runs under each of these.
const zones = ['UTC', 'America/New_York', 'Pacific/Auckland'];

export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    reporters: ['default', './test/setup/plainSummary.ts'],
    projects: [
      ...zones.map((tz) => ({
        ...shared,
        test: {
          ...shared.test,
          name: `core ${tz}`,
          include: ['packages/core/src/**/*.test.ts'],
          env: { TZ: tz },
        },
      })),
      {
        ...shared,
        test: {
          ...shared.test,
          name: 'edges',
          include: ['packages/{xlsx,cli}/src/**/*.test.ts', 'addin/src/**/*.test.ts', 'examples/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'test/bench/**'],
        },
      },
    ],
  },
});
