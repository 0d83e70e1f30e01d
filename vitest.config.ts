import { defineConfig } from 'vitest/config';

// Unit and convention tests: fast, no browser. Real-browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // A hang guard, not a speed check: vitest's default of 5 s fails slow-but-correct property and
    // 1 MB hostile-input tests on a busy shared machine (and undercuts helpers/deadline.ts, whose
    // 10 s guard is the one that says "hung"). Speed is measured by `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One fast-check seed per run, printed on a property failure so it can be replayed (FC_SEED=<n>).
    setupFiles: ['test/unit/helpers/fast-check-seed.ts'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
