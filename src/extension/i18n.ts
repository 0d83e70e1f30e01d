/**
 * All text people read comes from `_locales/<lang>/messages.json` through the browser's i18n API.
 * The sources live in `src/locales/<lang>/<concept>.json` and are merged at build time
 * (see scripts/build/locales-plugin.ts), so each concept keeps its own file. The built files name most
 * messages by a short id and packs them into one message (message-pack.ts), to keep every language
 * small: `virtual:message-keys` lists the long names in id order (front-coded: see front-coding.ts).
 * Names not in the list (the manifest's and the content script's) keep their own.
 * A call with a literal name reaches this with its id already (scripts/build/message-ids-in-code-plugin.ts):
 * an id is no name of the list, so it goes to the browser as it is.
 */
import FRONT_CODED_KEYS from 'virtual:message-keys';
import { frontDecode } from './front-coding';
import { readPack, substitute } from './message-pack';
import type { MessageKey } from './message-key';

export type { KeyPart, MessageKey } from './message-key';

/** Takes only message names that exist in src/locales/en/ (see message-key.ts): the compiler checks every call. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

const ids = new Map(frontDecode(FRONT_CODED_KEYS).map((key, index) => [key, index.toString(36)]));

/**
 * The packed messages by id (message-pack.ts), read on first use: one call into the browser for
 * all of them. The browser's UI language cannot change while a page or the background runs.
 */
let packed: Map<string, string> | undefined;
function packedText(id: string): string | undefined {
  packed ??= new Map(readPack((name, marks) => chrome.i18n.getMessage(name, marks)).map((text, index) => [index.toString(36), text]));
  return packed.get(id);
}

/**
 * The browser's translator. A message left out of the pack (an empty place: one that keeps named
 * placeholders, see scripts/build/locales-plugin.ts) or named in the manifest goes to the browser
 * by its id or name. A missing key is a bug: show the key rather than an empty string, and tests catch it.
 */
export const t: Translate = (key, substitutions) => {
  const id = ids.get(key) ?? key;
  const text = packedText(id);
  return (text ? substitute(text, substitutions) : chrome.i18n.getMessage(id, substitutions)) || key;
};
