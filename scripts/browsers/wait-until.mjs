// One way for tests and scripts to wait for something to become true in a browser: poll it, up to a
// bounded time, and say what was awaited when it never came. Plain JavaScript, so the launchers and
// the Node scripts (bench, `npm start`) use it as well as the tests.

/**
 * Calls `probe` until it returns something other than undefined, null or false, and returns that.
 * Throws after `timeout` ms with `what` and, when given, `describe()` of the last state seen.
 * @template T
 * @param {string} what what is awaited, for the error ("a detection of 53003", "the new service worker")
 * @param {() => T | undefined | null | false | Promise<T | undefined | null | false>} probe
 * @param {{ timeout?: number, interval?: number, describe?: () => unknown }} [options]
 * @returns {Promise<T>}
 */
export async function waitUntil(what, probe, { timeout = 10_000, interval = 100, describe } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = await probe();
    if (found !== undefined && found !== null && found !== false) return found;
    if (Date.now() > until) {
      const state = describe ? `; last seen: ${String(await describe()).slice(0, 500)}` : '';
      throw new Error(`Waited ${timeout} ms for ${what}, in vain${state}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
