/**
 * All text people read comes from `_locales/<lang>/messages.json` through the browser's i18n API.
 * The sources live in `src/locales/<lang>/<concept>.json` and are merged at build time
 * (see scripts/build/locales-plugin.ts), so each concept keeps its own file. The built files name most
 * messages by a short id, to keep ten languages small: `virtual:message-keys` lists the long names
 * in id order. Names not in the list (the manifest's and the content script's) keep their own.
 */
import MESSAGE_KEYS from 'virtual:message-keys';
import type { MessageKey } from './message-key';

export type { KeyPart, MessageKey } from './message-key';

/** Takes only message names that exist in src/locales/en/ (see message-key.ts): the compiler checks every call. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

const ids = new Map(MESSAGE_KEYS.map((key, index) => [key, index.toString(36)]));

/** The browser's translator. A missing key is a bug: show the key rather than an empty string, and tests catch it. */
export const t: Translate = (key, substitutions) =>
  chrome.i18n.getMessage(ids.get(key) ?? key, substitutions) || key;
