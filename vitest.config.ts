import { defineConfig } from 'vitest/config';

// Unit and convention tests: fast, no browser. Real-browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
