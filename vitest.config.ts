import { defineConfig } from 'vitest/config';

// Unit and convention tests: fast, no browser. Real-browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // One fast-check seed per run, printed on a property failure so it can be replayed (FC_SEED=<n>).
    setupFiles: ['test/unit/helpers/fast-check-seed.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
