import type { Browser } from 'webextension-polyfill';

/**
 * The browser's own promise-based extension namespace, for pages that must start fast (the
 * popup). Firefox, and Chrome from version 148, define `browser`; older Chrome and Edge (the
 * manifest allows 116+) have `chrome`, whose Manifest V3 functions return promises when called
 * without a callback. Falling back to `chrome` is the runtime guard Chrome's documentation gives:
 * https://developer.chrome.com/docs/extensions/develop/concepts/browser-namespace
 *
 * Why not webextension-polyfill here: importing it costs the popup about 2 ms before it can read
 * storage. Where `browser` exists the polyfill hands it back as it is, and the bundle's CommonJS
 * interop then copies every property of it, which makes the browser build every API's bindings
 * (windows, tabs, …) that the popup never uses. The background and the options page keep the
 * polyfill: nobody waits on their first paint.
 */
export function nativeBrowser(): Browser {
  const scope = globalThis as { browser?: unknown; chrome?: unknown };
  return (scope.browser ?? scope.chrome) as Browser;
}
