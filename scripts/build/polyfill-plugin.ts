import type { Plugin } from 'vite';

/**
 * webextension-polyfill carries a table of every API it wraps (`apiMetadata`: each method's
 * argument counts), about 5 KB of code that the background and the options page download and that
 * costs about 1 KB of the package budget (scripts/build/budgets.ts). Most of it describes APIs this
 * extension cannot reach: each needs a permission the manifest does not ask for, exists only in
 * Manifest V2, or only for a DevTools page. The browser defines no `chrome.<namespace>` for those, so the polyfill has nothing to
 * wrap and its entry is dead weight. This leaves them out of the table at build time; every API the
 * extension can call keeps its entry, and a permission added to the manifest brings its API back.
 */

/**
 * The namespaces of the polyfill's table that only a permission of the same name makes available:
 * "Gives access to the chrome.alarms API", and so on for each
 * (https://developer.chrome.com/docs/extensions/reference/permissions-list).
 */
export const NAMESPACES_NEEDING_PERMISSION = [
  'alarms',
  'bookmarks',
  'browsingData',
  'contextMenus',
  'cookies',
  'downloads',
  'history',
  'identity',
  'idle',
  'notifications',
  'sessions',
  'storage',
  'topSites',
  'webNavigation',
  'webRequest',
] as const;

/**
 * Manifest V2 only: Chrome's API reference marks `browserAction` and `pageAction` "≤ MV2"
 * (https://developer.chrome.com/docs/extensions/mv2/reference); Manifest V3 has `action` instead.
 */
export const MANIFEST_V2_NAMESPACES = ['browserAction', 'pageAction'] as const;

/**
 * Only for an extension with a DevTools page: "To use this API, you must specify the devtools_page
 * manifest key" (https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/devtools).
 */
export const DEVTOOLS_NAMESPACE = 'devtools';

interface ManifestReach {
  permissions?: readonly string[];
  devtools_page?: string;
}

/** Which of the table's namespaces an extension with this manifest can reach. */
export function reachableNamespace(namespace: string, manifest: ManifestReach): boolean {
  const permissions = manifest.permissions ?? [];
  if ((MANIFEST_V2_NAMESPACES as readonly string[]).includes(namespace)) return false;
  if (namespace === DEVTOOLS_NAMESPACE) return manifest.devtools_page !== undefined;
  if ((NAMESPACES_NEEDING_PERMISSION as readonly string[]).includes(namespace)) return permissions.includes(namespace);
  return true;
}

/**
 * The `privacy` entries, which the polyfill adds to the table in code ("privacy": "Gives access to
 * the chrome.privacy API", permissions list above), with the argument counts they share.
 */
const PRIVACY_METADATA = /\n {6}const settingMetadata = \{\n[\s\S]*?\n {6}\};\n {6}apiMetadata\.privacy = \{\n[\s\S]*?\n {6}\};\n/;

/** The polyfill's table as its 0.12 source writes it: a JSON object literal, closed by a line of its own. */
const API_METADATA = /(const apiMetadata = )(\{\n[\s\S]*?\n {6}\});\n/;

/**
 * The polyfill's source with its API table cut down to the namespaces `manifest` can reach.
 * Throws when the source does not have the table where 0.12 has it: a new version of the
 * polyfill must be looked at, not silently shipped whole or broken.
 */
export function prunePolyfill(source: string, manifest: ManifestReach): string {
  const match = API_METADATA.exec(source);
  if (!match) throw new Error('webextension-polyfill: apiMetadata not found where version 0.12 has it; update scripts/build/polyfill-plugin.ts');
  const metadata = JSON.parse(match[2]) as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(metadata).filter(([namespace]) => reachableNamespace(namespace, manifest)));
  const pruned = source.replace(API_METADATA, () => `${match[1]}${JSON.stringify(kept)};\n`);
  if (!PRIVACY_METADATA.test(pruned)) throw new Error('webextension-polyfill: apiMetadata.privacy not found where version 0.12 has it; update scripts/build/polyfill-plugin.ts');
  return (manifest.permissions ?? []).includes('privacy') ? pruned : pruned.replace(PRIVACY_METADATA, '\n');
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

/** Prunes the polyfill's API table for the manifest's permissions, and bundles it as an ES module (see above). */
export function polyfillPlugin(manifest: ManifestReach): Plugin {
  return {
    name: 'signin-block-helper:polyfill-api-table',
    transform(code, id) {
      return POLYFILL.test(id) ? { code: polyfillAsModule(prunePolyfill(code, manifest)), map: null } : undefined;
    },
  };
}
