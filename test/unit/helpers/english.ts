// The English messages as the browser would serve them, for unit tests (no extension APIs in node).
import { join } from 'node:path';
import type { Translate } from '../../../src/extension/i18n';
import { DEFAULT_LOCALE, readLocale } from '../../../scripts/build/locales-plugin';

/** Read (and checked for duplicate keys) by the build's own code. */
const MESSAGES = readLocale(join(process.cwd(), 'src', 'locales'), DEFAULT_LOCALE);

/**
 * chrome.i18n.getMessage: `$NAME$` becomes its placeholder's content (names are case-insensitive),
 * `$1`..`$9` become the substitutions (missing ones become ""), `$$` becomes `$`.
 * An unknown key gives "", as in the browser.
 */
function getMessage(key: string, substitutions?: string | string[], messages = MESSAGES): string {
  const message = messages.get(key)?.entry.message;
  const found = MESSAGES.get(key);
  if (!found || message === undefined) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = new Map(
    Object.entries(found.entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
  );
  const substitute = (text: string): string =>
    text.replace(/\$(\$|\d)/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
  return message.replace(/\$(\$|\d|[A-Za-z0-9_@]+\$)/g, (whole, what: string) => {
    if (what === '$') return '$';
    if (/^\d$/.test(what)) return subs[Number(what) - 1] ?? '';
    const content = placeholders.get(what.slice(0, -1).toLowerCase());
    return content === undefined ? whole : substitute(content);
  });
}

/** The same contract as src/extension/i18n.ts `t`: a missing key shows the key itself. */
export const english: Translate = (key, substitutions) => getMessage(key, substitutions) || key;

/** A translation's messages the same way (its placeholders are English's, as in the build), for tests that need real translated text. */
export function translation(lang: string): Translate {
  const messages = readLocale(join(process.cwd(), 'src', 'locales'), lang);
  return (key, substitutions) => getMessage(key, substitutions, messages) || key;
}

/** Every English message by key, with the file it lives in. */
export function allEnglishMessages(): Record<string, { file: string; message: string }> {
  return Object.fromEntries([...MESSAGES].map(([key, { file, entry }]) => [key, { file, message: entry.message }]));
}
