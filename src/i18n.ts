/**
 * All text people read comes from `_locales/<lang>/messages.json` through the browser's i18n API.
 * The sources live in `src/locales/<lang>/<concept>.json` and are merged at build time
 * (see scripts/locales-plugin.ts), so each concept keeps its own file.
 */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The browser's translator. A missing key is a bug: show the key rather than an empty string, and tests catch it. */
export const t: Translate = (key, substitutions) =>
  chrome.i18n.getMessage(key, substitutions) || key;
