import vm from 'node:vm';

/**
 * How long one call on adversarial input may run before it counts as hung. A hang guard, not a
 * speed check: a busy shared machine must never fail it, while a regular expression that backtracks
 * catastrophically on a 1 MB input runs for minutes and still trips it. How fast detection is, and
 * how its cost grows with the page, is measured by `npm run bench` (scripts/bench/detection-cost.mjs).
 */
export const HANG_GUARD_MS = 10_000;

/**
 * Runs `fn` and returns its result, or throws when it is still running after `limit` ms. The call
 * runs under a `vm` timeout, so V8 interrupts even a regular expression in the middle of a match,
 * which a timer in the test could not do.
 */
export function withinDeadline<T>(fn: () => T, limit = HANG_GUARD_MS): T {
  try {
    return vm.runInNewContext('run()', { run: fn }, { timeout: limit }) as T;
  } catch (error) {
    if (/timed out/i.test(String(error))) throw new Error(`still running after ${limit} ms: hung (catastrophic backtracking?)`);
    throw error;
  }
}
