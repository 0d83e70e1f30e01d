import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export type MessagesFile = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;

/**
 * Merges `src/locales/<lang>/*.json` (one file per concept: popup, blocks, steps, ...) into the
 * `_locales/<lang>/messages.json` that browsers read. A key defined twice is a build error.
 */
export function mergeLocales(localesDir: string): Record<string, MessagesFile> {
  const merged: Record<string, MessagesFile> = {};
  for (const lang of readdirSync(localesDir).sort()) {
    const messages: MessagesFile = {};
    const owner: Record<string, string> = {};
    for (const file of readdirSync(join(localesDir, lang)).filter((f) => f.endsWith('.json')).sort()) {
      const content = JSON.parse(readFileSync(join(localesDir, lang, file), 'utf8')) as MessagesFile;
      for (const [key, value] of Object.entries(content)) {
        if (owner[key]) throw new Error(`Message "${key}" is defined in both ${owner[key]} and ${file} (${lang}).`);
        owner[key] = file;
        messages[key] = value;
      }
    }
    merged[lang] = messages;
  }
  return merged;
}

/**
 * What the browser needs of a message: its text. Descriptions are for translators and stay in the
 * sources; named placeholders are written in as their positional `$1`..`$9` (Chrome and Firefox
 * both substitute those directly), which keeps ten languages inside the package budget.
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

export function localesPlugin(localesDir: string): Plugin {
  return {
    name: 'signin-block-helper:locales',
    buildStart() {
      for (const lang of readdirSync(localesDir)) this.addWatchFile(join(localesDir, lang));
    },
    generateBundle() {
      for (const [lang, messages] of Object.entries(mergeLocales(localesDir))) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(forBrowser(messages)) });
      }
    },
  };
}
