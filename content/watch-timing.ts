/**
 * How long the content script watches a sign-in page, and how it batches the page's changes.
 * Its own module, free of browser APIs, so that the benchmark's report can quote the values
 * (scripts/bench/bundle.mjs) instead of copying them.
 */

/** The page draws itself with script and its details can appear late; after this long the script stops watching. */
export const WATCH_MS = 20_000;

/** Short enough that the badge follows the details within a frame or two; long enough to batch a burst of DOM changes. */
export const SETTLE_MS = 25;
