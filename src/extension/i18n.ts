/**
 * All text people read comes from `_locales/<lang>/messages.json` through the browser's i18n API.
 * The sources live in `src/locales/<lang>/<concept>.json` and are merged at build time
 * (see scripts/build/locales-plugin.ts), so each concept keeps its own file. The built files name most
 * messages by a short id, to keep every language small: `virtual:message-keys` lists the long names
 * in id order (front-coded: see front-coding.ts). Names not in the list (the manifest's and the content script's) keep their own.
 * A call with a literal name reaches this with its id already (scripts/build/message-ids-in-code-plugin.ts):
 * an id is no name of the list, so it goes to the browser as it is.
 */
import FRONT_CODED_KEYS from 'virtual:message-keys';
import { frontDecode } from './front-coding';
import type { MessageKey } from './message-key';

export type { KeyPart, MessageKey } from './message-key';

/** Takes only message names that exist in src/locales/en/ (see message-key.ts): the compiler checks every call. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

const ids = new Map(frontDecode(FRONT_CODED_KEYS).map((key, index) => [key, index.toString(36)]));

const lookUp: Translate = (key, substitutions) => chrome.i18n.getMessage(ids.get(key) ?? key, substitutions) || key;

/**
 * Messages without substitutions, once looked up: each lookup is a call into the browser, and the
 * popup draws twice as it opens (the first screen, then the rest) with many of the same. The
 * browser's UI language cannot change while a page or the background runs.
 */
const plain = new Map<string, string>();

/** The browser's translator. A missing key is a bug: show the key rather than an empty string, and tests catch it. */
export const t: Translate = (key, substitutions) => {
  if (substitutions !== undefined) return lookUp(key, substitutions);
  let text = plain.get(key);
  if (text === undefined) {
    text = lookUp(key);
    plain.set(key, text);
  }
  return text;
};
