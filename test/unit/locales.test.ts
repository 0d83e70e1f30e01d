// Every language is complete: exactly the English keys, the same placeholders, nothing empty; and
// the code asks only for messages that exist, with no UI text written into the views.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from './helpers/source-files';
import { english as translate } from './helpers/english';
import type { KeyPart } from '../../src/extension/message-key';
import { CONTENT_SCRIPT_MESSAGES } from '../../content/notice-messages';
import { DEFAULT_LOCALE, type MessagesFile, directionMessage, manifestMessages, mergeLocales, messageIds, messagesJson, readLocale, withoutEnglish } from '../../scripts/build/locales-plugin';

const root = process.cwd();
const LOCALES_DIR = join(root, 'src/locales');
/** Every folder of src/locales is a language: adding one is adding its folder. */
const LANGUAGES = readdirSync(LOCALES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const TRANSLATIONS = LANGUAGES.filter((lang) => lang !== DEFAULT_LOCALE);
const locales = mergeLocales(LOCALES_DIR);
const english = locales.en;
const tokens = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();


describe('locales', () => {
  it('gives the pages their direction: right to left in Arabic and Hebrew, English left to right, the rest as English', () => {
    expect(directionMessage('ar')).toEqual({ dir: { message: 'rtl' } });
    expect(directionMessage('he')).toEqual({ dir: { message: 'rtl' } });
    expect(directionMessage('fa')).toEqual({ dir: { message: 'rtl' } });
    expect(directionMessage('en')).toEqual({ dir: { message: 'ltr' } });
    for (const lang of ['de', 'ja', 'pt_BR', 'zh_CN', 'ko', 'ru']) expect(directionMessage(lang), lang).toEqual({});
  });

  it('builds every language folder, English and at least every translation shipped today', () => {
    expect(Object.keys(locales).sort()).toEqual(LANGUAGES);
    expect(LANGUAGES).toEqual(expect.arrayContaining(['ar', 'cs', 'da', 'de', 'en', 'es', 'fi', 'fr', 'he', 'hu', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt_BR', 'ru', 'sv', 'tr', 'uk', 'zh_CN', 'zh_TW']));
    for (const lang of LANGUAGES) expect(lang, 'a browser locale name: ll or ll_RR').toMatch(/^[a-z]{2,3}(?:_[A-Z]{2})?$/);
    // Norwegian Bokmål is `nb`: a Norwegian Chromium (UI locale nb, checked with LANG=nb_NO and
    // no_NO) reads _locales/nb and ignores _locales/no, and Firefox's nb-NO falls back to nb. The
    // Chrome Web Store's "no" names only the store listing's language.
    expect(LANGUAGES, 'Norwegian goes in src/locales/nb').not.toContain('no');
  });

  describe.each(TRANSLATIONS)('%s', (lang) => {
    const messages: MessagesFile = locales[lang];

    it('has exactly the English keys, file by file', () => {
      for (const file of readdirSync(join(LOCALES_DIR, 'en'))) {
        const en = Object.keys(JSON.parse(readFileSync(join(LOCALES_DIR, 'en', file), 'utf8'))).sort();
        let translated: string[] = [];
        try {
          translated = Object.keys(JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8'))).sort();
        } catch {
          throw new Error(`src/locales/${lang}/${file} is missing: translate src/locales/en/${file}`);
        }
        expect(translated, `src/locales/${lang}/${file}: same keys as src/locales/en/${file}`).toEqual(en);
      }
    });

    it('keeps every placeholder, and no message is empty', () => {
      for (const [key, { message, placeholders }] of Object.entries(english)) {
        const theirs = messages[key];
        if (!theirs) continue; // reported by the test above
        expect(theirs.message.trim(), `${lang} ${key} is empty`).not.toBe('');
        expect(tokens(theirs.message), `${lang} ${key}: the same $PLACEHOLDERS$ as English`).toEqual(tokens(message));
        expect(theirs.placeholders, `${lang} ${key}: placeholder definitions come from English`).toEqual(placeholders);
      }
    });

    it('holds only text: descriptions and placeholders come from English', () => {
      for (const file of readdirSync(join(LOCALES_DIR, lang))) {
        const content = JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as Record<string, unknown>;
        for (const [key, value] of Object.entries(content)) expect(typeof value, `src/locales/${lang}/${file}: "${key}" should be "key": "text"`).toBe('string');
      }
    });
  });

  // The compiler checks every t() call (src/extension/message-key.ts); this also covers the content
  // script, which asks chrome.i18n.getMessage by name with untyped strings.
  it('the code asks only for messages that exist', () => {
    const missing: string[] = [];
    for (const file of [...filesUnder('src', /\.tsx?$/), ...filesUnder('popup', /\.tsx?$/), ...filesUnder('options', /\.tsx?$/), ...filesUnder('content', /\.ts$/)]) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/\b(?:t|getMessage|message)\(\s*'([A-Za-z0-9_@]+)'/g)) {
        if (!english[m[1]]) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(missing, 'add these keys to src/locales/en/').toEqual([]);
  });

  it('types t() with every English message and nothing else (src/extension/message-key.ts reads each file of src/locales/en/)', () => {
    const source = readFileSync(join(root, 'src/extension/message-key.ts'), 'utf8');
    const typed = [...source.matchAll(/import\('\.\.\/locales\/en\/([^']+)'\)/g)].map((m) => m[1]).sort();
    expect(typed, 'add a typeof import line for each file of src/locales/en/ to src/extension/message-key.ts').toEqual(readdirSync(join(LOCALES_DIR, 'en')).sort());
    // Checked by tsc (test/ is in tsconfig.json): each line is an error the compiler must report.
    // @ts-expect-error: no such message
    expect(translate('optionsNoSuchMessage' as const)).toBe('optionsNoSuchMessage');
    const knownCode: KeyPart<'block_', '_title'> = '53003';
    // @ts-expect-error: a code without texts in blocks.json
    const missingCode: KeyPart<'block_', '_title'> = '99999';
    expect(translate(`block_${knownCode}_what`)).not.toBe(`block_${knownCode}_what`);
    expect(missingCode).toBe('99999');
  });

  it('the manifest names only messages that exist', () => {
    const manifest = readFileSync(join(root, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) expect(english[m[1]], m[1]).toBeDefined();
  });

  it('writes no UI text into the views: all of it comes from the messages', () => {
    const found: string[] = [];
    for (const file of [...filesUnder('popup', /\.tsx$/), ...filesUnder('options', /\.tsx$/)]) {
      const text = readFileSync(join(root, file), 'utf8');
      // Text between JSX tags that has letters in it, outside {expressions}.
      // (Not after `=>`, and not a TypeScript generic such as Promise<boolean>.)
      for (const m of text.matchAll(/(?<!=)>\s*([^<>{}]*\p{L}{2,}[^<>{}]*?)\s*<(?=[/A-Za-z])(?![A-Za-z]+>)/gu)) {
        if (!/=>|\(|\)|&&|\|\||;/.test(m[1])) found.push(`${file}: "${m[1].trim()}"`);
      }
      for (const m of text.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu)) found.push(`${file}: ${m[1]}="${m[2]}"`);
    }
    for (const file of ['popup/index.html', 'options/index.html']) {
      const body = readFileSync(join(root, file), 'utf8').replace(/<title>[^<]*<\/title>/, '');
      expect(body.replace(/<[^>]+>/g, '').trim(), `${file}: no text outside <title> (main.tsx sets the title from the messages)`).toBe('');
    }
    expect(found, 'move these strings to src/locales/en/ and use t()').toEqual([]);
  });
});

describe('messages as the browser gets them', () => {
  it('have their named placeholders written in as $1..$9, and nothing else changed', async () => {
    const { forBrowser } = await import('../../scripts/build/locales-plugin');
    const built = forBrowser({
      a: { message: 'Seen $AGO$ on $Host$, $$5', placeholders: { ago: { content: '$1' }, host: { content: '$2' } } },
      b: { message: 'Plain', description: 'for translators' },
    });
    expect(built).toEqual({ a: { message: 'Seen $1 on $2, $$5' }, b: { message: 'Plain' } });
  });

  it('keep named placeholders where inlining would read as a placeholder ("$1$2" is "$1$" then "2")', async () => {
    const { forBrowser } = await import('../../scripts/build/locales-plugin');
    const entry = { message: 'Blocked: $CODE$$APP$', placeholders: { code: { content: '$1', example: 'x' }, app: { content: '$2' } } };
    expect(forBrowser({ entry })).toEqual({ entry: { message: 'Blocked: $CODE$$APP$', placeholders: { code: { content: '$1' }, app: { content: '$2' } } } });
  });

  it('every built message is one the browser accepts: no $NAME$ left without its definition', async () => {
    const { forBrowser } = await import('../../scripts/build/locales-plugin');
    for (const [lang, messages] of Object.entries(locales)) {
      for (const [key, built] of Object.entries(forBrowser(messages))) {
        // Read left to right as the browser does: "$$", "$NAME$" or "$1".
        const names = [...built.message.matchAll(/\$\$|\$([A-Za-z0-9_@]+)\$|\$[1-9]/g)].filter((m) => m[1]).map((m) => m[1].toLowerCase());
        const defined = Object.keys(built.placeholders ?? {}).map((n) => n.toLowerCase());
        for (const name of names) expect(defined, `${lang} ${key}: $${name}$ must be defined`).toContain(name);
      }
    }
  });
});

describe('short message ids in the built files', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as unknown;
  const named = new Set([...manifestMessages(manifest), ...CONTENT_SCRIPT_MESSAGES]);
  const ids = messageIds(Object.keys(english), named);

  it('gives every other message a distinct id the browser accepts', () => {
    expect(ids.size + named.size).toBe(Object.keys(english).length);
    const values = [...ids.values()];
    expect(new Set(values).size, 'ids are distinct').toBe(values.length);
    // Chrome and Firefox accept [A-Za-z0-9_@] and ignore case; none may read as a kept name.
    for (const id of values) expect(id).toMatch(/^[0-9a-z]{1,2}$/);
    for (const name of named) expect(values).not.toContain(name.toLowerCase());
  });

  it('numbers the sorted long names, as src/extension/i18n.ts expects (index N is id N in base 36)', () => {
    expect([...ids.keys()]).toEqual(Object.keys(english).filter((key) => !named.has(key)).sort());
    for (const [index, id] of [...ids.values()].entries()) expect(id).toBe(index.toString(36));
  });

  it('keeps the names the manifest and the content script ask for', () => {
    expect([...named].sort()).toEqual(expect.arrayContaining(['extensionDescription', 'extensionName', 'extensionShortName', 'noticeText']));
    const asked: string[] = [];
    for (const file of filesUnder('content', /\.ts$/)) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/\b(?:getMessage|message)\(\s*'([A-Za-z0-9_@]+)'/g)) asked.push(m[1]);
    }
    expect(asked.length, 'the content script asks for its notice text by name').toBeGreaterThan(0);
    expect(CONTENT_SCRIPT_MESSAGES, 'add these to CONTENT_SCRIPT_MESSAGES in content/notice-messages.ts').toEqual(expect.arrayContaining(asked));
  });

  it('leaves out only the translations that say exactly what English says (the browser falls back to English)', () => {
    expect((manifest as { default_locale: string }).default_locale).toBe(DEFAULT_LOCALE);
    const en = { a: { message: 'Browser' }, b: { message: 'Message' }, c: { message: '$1 $2.' } };
    expect(withoutEnglish({ a: { message: 'Browser' }, b: { message: 'Nachricht' }, c: { message: '$1 $2.' } }, en)).toEqual({ b: { message: 'Nachricht' } });
  });

  it('keeps every message, in every language, under its id', () => {
    for (const [lang, messages] of Object.entries(locales)) {
      const built = JSON.parse(messagesJson(messages, ids)) as MessagesFile;
      expect(Object.keys(built).length, lang).toBe(Object.keys(messages).length);
      for (const [key, value] of Object.entries(messages)) expect(built[ids.get(key) ?? key], `${lang} ${key}`).toEqual(value);
    }
  });

  it('writes the messages in the order of their long names (all-digit ids too), so related ones compress together', () => {
    const written = [...messagesJson(english, ids).matchAll(/(?:^\{|\},)"([^"]+)":\{"message"/g)].map((m) => m[1]);
    expect(written).toEqual(Object.keys(english).sort().map((key) => ids.get(key) ?? key));
  });
});

describe('reading the sources', () => {
  const made: string[] = [];
  const dir = () => {
    const path = mkdtempSync(join(tmpdir(), 'locales-'));
    made.push(path);
    return path;
  };
  afterAll(() => {
    for (const path of made) rmSync(path, { recursive: true, force: true });
  });
  const write = (root: string, lang: string, file: string, content: unknown) => {
    mkdirSync(join(root, lang), { recursive: true });
    writeFileSync(join(root, lang, file), JSON.stringify(content));
  };

  it('gives a translation the English description and placeholders', () => {
    const root = dir();
    write(root, 'en', 'a.json', { seen: { message: 'Seen $AGO$', description: 'for translators', placeholders: { ago: { content: '$1', example: '5 min' } } } });
    write(root, 'de', 'a.json', { seen: 'Gesehen $AGO$' });
    expect(mergeLocales(root).de).toEqual({ seen: { message: 'Gesehen $AGO$', description: 'for translators', placeholders: { ago: { content: '$1', example: '5 min' } } } });
  });

  it('refuses a key defined in two files, and a translation that holds more than its text', () => {
    const twice = dir();
    write(twice, 'en', 'a.json', { same: { message: 'A' } });
    write(twice, 'en', 'b.json', { same: { message: 'B' } });
    expect(() => readLocale(twice, 'en')).toThrow(/"same" is defined in both a\.json and b\.json/);
    const copied = dir();
    write(copied, 'en', 'a.json', { x: { message: 'X', description: 'd' } });
    write(copied, 'de', 'a.json', { x: { message: 'X', description: 'd' } });
    expect(() => mergeLocales(copied)).toThrow(/holds more than its text/);
  });
});
