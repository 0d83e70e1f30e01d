import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension (dist/) in Debian's Chromium and Firefox ESR.
// One browser at a time: the machines have two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Chromium hands storage.managed (policy) to extensions about 3 s after start, and the first
    // read waits for it: give polled expectations room for that.
    expect: { poll: { timeout: 8000, interval: 100 } },
  },
});
