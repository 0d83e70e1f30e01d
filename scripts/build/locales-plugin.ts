import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { frontCode } from '../../src/extension/front-coding.ts';
import { ANY_MARK, PACK_NAME, PACK_SEPARATOR } from '../../src/extension/message-pack.ts';
import { DIRECTION_MESSAGE } from '../../src/extension/page-direction.ts';

/** One message as English defines it: the text, what it is for (for translators) and its named placeholders. */
export interface SourceMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, SourceMessage>;

/** The default locale: the language browsers fall back to for a missing message, and the one that defines each message. */
export const DEFAULT_LOCALE = 'en';

export interface LocaleMessage {
  /** The concept file it comes from, such as `popup.json`. */
  file: string;
  entry: SourceMessage;
}

/**
 * One language's messages from `src/locales/<lang>/*.json` (one file per concept: popup, blocks,
 * steps, ...), each with the file it comes from. A key defined twice is an error. English entries
 * are `{ message, description?, placeholders? }`; a translation holds only text, `"key": "text"`
 * (or `{ "message": "text" }`): anything more is an error, since it would only be a copy of English
 * that goes stale.
 */
export function readLocale(localesDir: string, lang: string): Map<string, LocaleMessage> {
  const messages = new Map<string, LocaleMessage>();
  for (const file of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json')).sort()) {
    const content = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(content)) {
      const earlier = messages.get(key);
      if (earlier) throw new Error(`Message "${key}" is defined in both ${earlier.file} and ${file} (${lang}).`);
      messages.set(key, { file, entry: sourceMessage(value, lang, `${file}: "${key}"`) });
    }
  }
  return messages;
}

function sourceMessage(value: unknown, lang: string, where: string): SourceMessage {
  if (typeof value === 'string') return { message: value };
  const entry = value as SourceMessage | null;
  if (typeof entry?.message !== 'string') throw new Error(`src/locales/${lang}/${where} has no text.`);
  if (lang !== DEFAULT_LOCALE && Object.keys(entry).some((field) => field !== 'message')) {
    throw new Error(`src/locales/${lang}/${where} holds more than its text: write "key": "text" (descriptions and placeholders come from src/locales/${DEFAULT_LOCALE}/).`);
  }
  return entry;
}

/**
 * Every language's messages, merged into what `_locales/<lang>/messages.json` is built from. A
 * translation takes its descriptions and placeholders from English, so translators write only text.
 */
export function mergeLocales(localesDir: string): Record<string, MessagesFile> {
  const english = readLocale(localesDir, DEFAULT_LOCALE);
  const merged: Record<string, MessagesFile> = {};
  for (const lang of readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const messages: MessagesFile = {};
    for (const [key, { entry }] of readLocale(localesDir, lang)) {
      const { description, placeholders } = english.get(key)?.entry ?? {};
      messages[key] = { message: entry.message, ...(description !== undefined && { description }), ...(placeholders && { placeholders }) };
    }
    merged[lang] = messages;
  }
  return merged;
}

/**
 * What the browser needs of a message: its text. Descriptions are for translators and stay in the
 * sources; named placeholders are written in as their positional `$1`..`$9` (Chrome and Firefox
 * both substitute those directly), which keeps each language well inside its 10 KiB budget.
 */
export function forBrowser(messages: MessagesFile): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> {
  return Object.fromEntries(
    Object.entries(messages).map(([key, { message, placeholders }]) => {
      const contents = new Map(Object.entries(placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]));
      const inlined = message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => contents.get(name.toLowerCase()) ?? whole);
      // "$1$2" would read as a placeholder named "1" (and the browser refuses to load the
      // extension): such a message keeps its named placeholders.
      if (/\$[A-Za-z0-9_@]+\$/.test(inlined.replace(/\$\$/g, ''))) {
        return [key, { message, placeholders: Object.fromEntries(Object.entries(placeholders ?? {}).map(([name, { content }]) => [name, { content }])) }];
      }
      return [key, { message: inlined }];
    }),
  );
}

/**
 * Short names for the messages in the built `messages.json`. Every language repeats all 300 names
 * (`block_53003_tell_it`, `optionsSupportEmailHint`, ...) and each file is compressed on its own,
 * so the long names cost about 10 KB of the package; the ids ("0" ... "z", "10" ...) cost a tenth of
 * that, plus one list of the long names in the code (`virtual:message-keys`, read by src/extension/i18n.ts,
 * front-coded: src/extension/front-coding.ts).
 * Message names are case-insensitive and made of [A-Za-z0-9_], so lowercase base 36 is safe, a
 * leading digit included. The ids follow the sorted long names, which keeps the list compact.
 * `named` messages keep their names: those the browser or the content script ask for by name.
 */
export function messageIds(keys: Iterable<string>, named: ReadonlySet<string>): Map<string, string> {
  const ids = new Map([...keys].filter((key) => !named.has(key)).sort().map((key, index) => [key, index.toString(36)]));
  const clash = [...named].find((name) => [...ids.values()].includes(name.toLowerCase()));
  if (clash) throw new Error(`Message "${clash}" has the same name as a short id: rename it.`);
  if (named.has(PACK_NAME)) throw new Error(`Message "${PACK_NAME}" has the name of the message pack (src/extension/message-pack.ts): rename it.`);
  return ids;
}

/**
 * A built messages file, its names replaced by their short ids, as JSON in the order of the long
 * names, so related messages stay side by side and compress together. Written by hand: a JS
 * object would move the all-digit ids ("0" to "99") to the front, scattering them.
 */
export function messagesJson(messages: Record<string, unknown>, ids: ReadonlyMap<string, string>): string {
  const entries = Object.keys(messages).sort().map((key) => `${JSON.stringify(ids.get(key) ?? key)}:${JSON.stringify(messages[key])}`);
  return `{${entries.join(',')}}`;
}

export type BrowserMessages = ReturnType<typeof forBrowser>;

/**
 * A language's built messages file: the messages the code asks for by id packed into one, `_`, in
 * id order (src/extension/message-pack.ts), then those the browser or the content script asks for
 * by name, and those that keep named placeholders (`$1$2` would read as a placeholder named "1"
 * in the pack too) under their ids, each with an empty place in the pack. Those two kinds leave
 * out what English already says, as before (`withoutEnglish`); the pack has every text, since
 * the browser cannot fall back to English for a part of a message.
 */
export function packedMessagesJson(messages: BrowserMessages, english: BrowserMessages, ids: ReadonlyMap<string, string>, isEnglish: boolean): string {
  const own = isEnglish ? messages : withoutEnglish(messages, english);
  const texts = [...ids.keys()].map((key) => {
    const { message, placeholders } = messages[key] ?? english[key];
    if (message.includes(PACK_SEPARATOR) || new RegExp(ANY_MARK.source).test(message)) {
      throw new Error(`Message "${key}" holds "${PACK_SEPARATOR}" or a private-use character: src/extension/message-pack.ts cannot pack it.`);
    }
    return placeholders ? '' : message;
  });
  const apart = Object.fromEntries(Object.entries(own).filter(([key, { placeholders }]) => !ids.has(key) || placeholders));
  const rest = messagesJson(apart, ids).slice(1);
  return `{${JSON.stringify(PACK_NAME)}:${JSON.stringify({ message: texts.join(PACK_SEPARATOR) })}${rest === '}' ? '}' : `,${rest}`}`;
}

/** The short ids of the build, from the English sources: what the built messages files and the code use. */
export function buildMessageIds(localesDir: string, named: Iterable<string>): Map<string, string> {
  return messageIds(readLocale(localesDir, DEFAULT_LOCALE).keys(), new Set(named));
}

/** The messages a manifest names as `__MSG_name__`: the browser looks these up by name. */
export function manifestMessages(manifest: unknown): string[] {
  return [...JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]);
}

/**
 * A language's built messages without those that say exactly what English says ("Sign-in Block
 * Helper", "Browser", "$1 $2."): Chrome and Firefox fall back to the default locale for a missing
 * message (w3c/webextensions#296; we ship no language that has a regional variant in between), so
 * each would only be a second copy. The sources keep them: translators see every key.
 */
export function withoutEnglish<T>(messages: Record<string, T>, english: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(messages).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(english[key])));
}

const KEYS_MODULE = 'virtual:message-keys';

/**
 * Languages written right to left (in Arabic, Hebrew or Thaana script), by the base language code
 * of a `_locales` folder: W3C, "Structural markup and right-to-left text in HTML"
 * (https://www.w3.org/International/questions/qa-html-dir), with CLDR's scripts of these languages.
 */
const WRITTEN_RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/**
 * The message that gives the pages their direction (src/extension/page-direction.ts): "rtl" in a
 * language written right to left, "ltr" in English, and nothing in the others, which fall back to
 * English's. So it follows the language of the messages the browser shows, not the browser's UI
 * language (what `@@bidi_dir` follows): a browser in Persian, which the extension doesn't speak,
 * gets English, left to right. Written by the build, so translators have nothing to keep right.
 */
export function directionMessage(lang: string): Record<string, { message: string }> {
  if (lang === DEFAULT_LOCALE) return { [DIRECTION_MESSAGE]: { message: 'ltr' } };
  return WRITTEN_RIGHT_TO_LEFT.has(lang.split('_')[0]) ? { [DIRECTION_MESSAGE]: { message: 'rtl' } } : {};
}

/**
 * Writes `_locales/<lang>/messages.json` with short ids, and serves `virtual:message-keys`: the
 * long names in id order (index N is id N in base 36), so `t('copyDetails')` finds its message.
 * Each language also gets its direction (directionMessage).
 */
export function localesPlugin(localesDir: string, named: Iterable<string>, unlisted: () => ReadonlySet<string> = () => new Set()): Plugin {
  const keepNames = new Set(named);
  const load = () => {
    const locales = mergeLocales(localesDir);
    return { locales, ids: messageIds(Object.keys(locales[DEFAULT_LOCALE]), keepNames) };
  };
  return {
    name: 'signin-block-helper:locales',
    buildStart() {
      for (const lang of readdirSync(localesDir)) this.addWatchFile(join(localesDir, lang));
    },
    resolveId(id) {
      return id === KEYS_MODULE ? `\0${KEYS_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${KEYS_MODULE}`) return undefined;
      // A name the code never needs at run time (`unlisted`) keeps its place, empty, so ids stay positions.
      const leftOut = unlisted();
      return `export default ${JSON.stringify(frontCode([...load().ids.keys()].map((name) => (leftOut.has(name) ? '' : name))))};`;
    },
    generateBundle() {
      const { locales, ids } = load();
      if (locales[DEFAULT_LOCALE][DIRECTION_MESSAGE] || [...ids.values()].includes(DIRECTION_MESSAGE)) {
        throw new Error(`"${DIRECTION_MESSAGE}" is the build's direction message: rename the message or the id that has its name.`);
      }
      const english = forBrowser(locales[DEFAULT_LOCALE]);
      for (const [lang, messages] of Object.entries(locales)) {
        const isEnglish = lang === DEFAULT_LOCALE;
        const source = packedMessagesJson({ ...(isEnglish ? english : forBrowser(messages)), ...directionMessage(lang) }, english, ids, isEnglish);
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source });
      }
    },
  };
}
