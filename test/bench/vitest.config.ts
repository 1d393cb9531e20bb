import { defineConfig } from 'vitest/config';

// The root config leaves test/bench/** out of `npm test` (the quick bench takes minutes). Run the
// bench's own tests with: npx vitest run --config test/bench/vitest.config.ts
export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    setupFiles: [new URL('../setup/failOnConsole.ts', import.meta.url).pathname],
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
