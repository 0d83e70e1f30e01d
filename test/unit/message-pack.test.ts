// The built messages files pack the messages the code asks for by id into one browser message
// (src/extension/message-pack.ts): read back the way src/extension/i18n.ts reads them, every
// message of every language says exactly what the browser would have said for it on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MESSAGES } from '../../content/notice-messages';
import { type BrowserMessages, DEFAULT_LOCALE, forBrowser, manifestMessages, mergeLocales, messageIds, packedMessagesJson } from '../../scripts/build/locales-plugin';
import { PACK_NAME, readPack, substitute } from '../../src/extension/message-pack';

const root = process.cwd();
const locales = mergeLocales(join(root, 'src/locales'));
const english = forBrowser(locales[DEFAULT_LOCALE]);
const named = new Set([...manifestMessages(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'))), ...CONTENT_SCRIPT_MESSAGES]);
const ids = messageIds(Object.keys(english), named);

/**
 * chrome.i18n.getMessage over built files, Chrome's way (base::ReplaceStringPlaceholders): the
 * language's message, else English's; `$NAME$` becomes its placeholder's content; then `$$` is `$`,
 * `$1`..`$9` the substitutions (a missing one ""), and `$` before anything else is dropped with it.
 */
function browserGetMessage(files: BrowserMessages[]) {
  return (name: string, substitutions: string | string[] = []): string => {
    const found = files.map((file) => file[name.toLowerCase()] ?? file[name]).find((message) => message !== undefined);
    if (!found) return '';
    const contents = new Map(Object.entries(found.placeholders ?? {}).map(([key, { content }]) => [key.toLowerCase(), content]));
    const withNamed = found.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, key: string) => contents.get(key.toLowerCase()) ?? whole);
    return withNamed.replace(/\$(\$|.)/g, (_, what: string) => (what === '$' ? '$' : /[1-9]/.test(what) ? ([substitutions].flat()[Number(what) - 1] ?? '') : ''));
  };
}

/** src/extension/i18n.ts's `t`, over the given getMessage. */
function translator(getMessage: (name: string, substitutions?: string | string[]) => string) {
  const packed = readPack(getMessage);
  return (key: string, substitutions?: string[]) => {
    const id = ids.get(key) ?? key;
    const text = /^[0-9a-z]+$/.test(id) ? packed[Number.parseInt(id, 36)] : undefined;
    return text ? substitute(text, substitutions) : getMessage(id, substitutions);
  };
}

const SUBSTITUTIONS = ['ONE', 'T$1WO', 'THREE'];

describe('the message pack', () => {
  const builtEnglish = JSON.parse(packedMessagesJson(english, english, ids, true)) as BrowserMessages;

  it.each(Object.keys(locales))('%s: gives every message, with and without substitutions, as the browser would give it alone', (lang) => {
    const messages = forBrowser(locales[lang]);
    const built = lang === DEFAULT_LOCALE ? builtEnglish : (JSON.parse(packedMessagesJson(messages, english, ids, false)) as BrowserMessages);
    const t = translator(browserGetMessage([built, builtEnglish]));
    const alone = browserGetMessage([messages, english]);
    for (const key of Object.keys(english)) {
      expect(t(key), `${lang} ${key}`).toBe(alone(key));
      expect(t(key, SUBSTITUTIONS), `${lang} ${key} with substitutions`).toBe(alone(key, SUBSTITUTIONS));
    }
    expect(Object.keys(built).length, 'the pack, the named messages, and few others').toBeLessThanOrEqual(1 + named.size + 3);
  });

  it('keeps "$$", and a message whose placeholders must stay named, out of harm’s way', () => {
    const en = { a: { message: 'Costs $$5 for $1' }, b: { message: '$X$$Y$', placeholders: { x: { content: '$1' }, y: { content: '$2' } } }, c: { message: 'Plain' } };
    const small = messageIds(Object.keys(en), new Set());
    const built = JSON.parse(packedMessagesJson(en, en, small, true)) as BrowserMessages;
    expect(built[PACK_NAME].message).toBe('Costs $$5 for $1||Plain');
    expect(built[small.get('b')!]).toEqual(en.b);
    const getMessage = browserGetMessage([built]);
    const packed = readPack(getMessage);
    expect(substitute(packed[0], ['9'])).toBe('Costs $5 for 9');
    expect(packed[1], 'an empty place: asked for by id').toBe('');
    expect(getMessage(small.get('b')!, ['1', '2'])).toBe('12');
  });

  it('refuses a message holding the separator or a mark', () => {
    const small = (message: string) => packedMessagesJson({ a: { message } }, { a: { message } }, messageIds(['a'], new Set()), true);
    expect(() => small('this | that')).toThrow(/cannot pack/);
    expect(() => small('odd \ue003')).toThrow(/cannot pack/);
  });
});
