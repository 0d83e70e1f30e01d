import type { Plugin } from 'vite';

/**
 * webextension-polyfill carries a table of the `chrome` methods it wraps (`apiMetadata`: each
 * method's argument counts), about 5 KB of code that the background and the options page
 * download. The table only tells the polyfill which methods to call with a callback and wrap in a
 * promise; "when a method is not explicitly recognized, the parameters to the API call are passed
 * as-is to the underlying chrome. namespace. In manifest v3, Chrome's APIs support promises too, so
 * the return values would still be promises" (the polyfill's maintainer,
 * https://github.com/mozilla/webextension-polyfill/issues/329). Every method this Manifest V3
 * extension calls (storage, action, tabs, windows, runtime.getContexts, contextMenus; in Chrome 116
 * and later, the manifest's minimum) returns a promise when called without a callback, and Firefox
 * gets its own `browser` untouched. So this cuts the table down at build time (about 1.4 KB of
 * code, 0.4 KiB of the package budget, scripts/build/budgets.ts). The messaging wrappers
 * (`runtime.onMessage`, `runtime.sendMessage`, `tabs.sendMessage`) are not in the table and stay;
 * the e2e suite runs every call in real Chromium.
 */

/** What stays of the table: `runtime`, because the polyfill refuses an empty table, and it is small. */
export const NAMESPACES_KEPT = ['runtime'] as const;

/**
 * The `privacy` entries, which the polyfill adds to the table in code ("privacy": "Gives access to
 * the chrome.privacy API", https://developer.chrome.com/docs/extensions/reference/permissions-list),
 * with the argument counts they share: left out with the rest.
 */
const PRIVACY_METADATA = /\n {6}const settingMetadata = \{\n[\s\S]*?\n {6}\};\n {6}apiMetadata\.privacy = \{\n[\s\S]*?\n {6}\};\n/;

/** The polyfill's table as its 0.12 source writes it: a JSON object literal, closed by a line of its own. */
const API_METADATA = /(const apiMetadata = )(\{\n[\s\S]*?\n {6}\});\n/;

/**
 * The polyfill's source with its API table cut down to NAMESPACES_KEPT.
 * Throws when the source does not have the table where 0.12 has it: a new version of the
 * polyfill must be looked at, not silently shipped whole or broken.
 */
export function prunePolyfill(source: string): string {
  const match = API_METADATA.exec(source);
  if (!match) throw new Error('webextension-polyfill: apiMetadata not found where version 0.12 has it; update scripts/build/polyfill-plugin.ts');
  const metadata = JSON.parse(match[2]) as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(metadata).filter(([namespace]) => (NAMESPACES_KEPT as readonly string[]).includes(namespace)));
  const pruned = source.replace(API_METADATA, () => `${match[1]}${JSON.stringify(kept)};\n`);
  if (!PRIVACY_METADATA.test(pruned)) throw new Error('webextension-polyfill: apiMetadata.privacy not found where version 0.12 has it; update scripts/build/polyfill-plugin.ts');
  return pruned.replace(PRIVACY_METADATA, '\n');
}

/** The UMD wrapper of the polyfill's 0.12 build, up to where its body (a function of `module`) begins. */
const UMD_HEAD = /^\(function \(global, factory\) \{[\s\S]*?\}\)\(typeof globalThis[^\n]*?, function \(module\) \{\n/;
const UMD_TAIL = /\n\}\);\n(\/\/# sourceMappingURL=[^\n]*\n?)?$/;

/**
 * The polyfill as an ES module: its body run once with a `module` of its own, `module.exports`
 * exported as default. Bundled as it ships (UMD), it needs the bundler's CommonJS helpers
 * (`__commonJS`, `__toESM`: about 300 bytes of the package budget); as a module it needs none. It
 * runs at the same moment: when the first module that imports it is evaluated.
 */
export function polyfillAsModule(source: string): string {
  if (!UMD_HEAD.test(source) || !UMD_TAIL.test(source)) {
    throw new Error('webextension-polyfill: the UMD wrapper is not what version 0.12 has; update scripts/build/polyfill-plugin.ts');
  }
  const body = source.replace(UMD_HEAD, '').replace(UMD_TAIL, '');
  return `const module = { exports: {} };\n(function (module) {\n${body}\n})(module);\nexport default module.exports;\n`;
}

const POLYFILL = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

/** Prunes the polyfill's API table, and bundles the polyfill as an ES module (see above). */
export function polyfillPlugin(): Plugin {
  return {
    name: 'signin-block-helper:polyfill-api-table',
    transform(code, id) {
      return POLYFILL.test(id) ? { code: polyfillAsModule(prunePolyfill(code)), map: null } : undefined;
    },
  };
}
