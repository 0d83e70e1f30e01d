import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { budgetsPlugin } from './scripts/build/budgets-plugin.ts';
import { compactHtmlPlugin } from './scripts/build/compact-html-plugin.ts';
import { earlyScriptPlugin } from './scripts/build/early-script-plugin.ts';
import { compactJsonPlugin } from './scripts/build/compact-json-plugin.ts';
import { buildMessageIds, localesPlugin, manifestMessages } from './scripts/build/locales-plugin.ts';
import { messageIdsInCodePlugin, namesAskedOnlyByLiteral } from './scripts/build/message-ids-in-code-plugin.ts';
import { filesUnder } from './scripts/build/built-files.mjs';
import { polyfillPlugin } from './scripts/build/polyfill-plugin.ts';
import { POPUP_CHUNK_GROUPS } from './scripts/build/popup-chunks.ts';
import { renderBlockingPlugin } from './scripts/build/render-blocking-plugin.ts';
import { managedSchemaFile, schemaPlugin } from './scripts/build/schema-plugin.ts';
import { CONTENT_SCRIPT_MESSAGES } from './content/notice-messages.ts';
import { GECKO_ID } from './src/extension/extension-ids.ts';

/** The content script ships as one classic file: no loader, no web-accessible resources that sign-in pages could probe. */
const CONTENT_SCRIPT = 'content/main.ts';

type Target = 'chrome' | 'firefox';

/**
 * One manifest source serves both browsers. Firefox runs the background as an event page
 * (`scripts`), needs a fixed gecko id and the data-collection declaration, and has no use for
 * Chrome's `key`, `minimum_chrome_version` or managed-storage schema (its policy comes from
 * policies.json).
 */
function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  const { key: _key, minimum_chrome_version: _min, storage: _storage, background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    // Firefox on Windows and Linux gives Alt+Shift+<letter> to its menu bar: Alt+Shift+H opens the
    // Help menu, never the popup (seen in Firefox ESR under test/e2e/firefox-real-keyboard.test.ts;
    // which letter each menu takes depends on the language). Ctrl+Alt is not a menu key there. On a
    // Mac, Firefox has no menu access keys and Command+Option+H is the system's "Hide Others".
    commands: { _execute_action: { suggested_key: { ...baseManifest.commands._execute_action.suggested_key, windows: 'Ctrl+Alt+H', linux: 'Ctrl+Alt+H' } } },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android supports data_collection_permissions from 142 (web-ext lint warns below that).
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}

const LOCALES_DIR = resolve(import.meta.dirname, 'src/locales');
/** Messages the browser or the content script asks for by name: they keep it (scripts/build/locales-plugin.ts). */
const NAMED_MESSAGES = [...manifestMessages(baseManifest), ...CONTENT_SCRIPT_MESSAGES];

/** The sources of the modules whose `t('name')` calls the build rewrites, and of the rest of the code. */
function codeSources(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) => filesUnder(resolve(import.meta.dirname, dir)).filter((file) => /\.tsx?$/.test(file))).map((file) => readFileSync(file, 'utf8'));
}

export default defineConfig(({ mode, command }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const manifest = manifestFor(target);
  let ids: Map<string, string> | undefined;
  const messageIdsOnce = () => (ids ??= buildMessageIds(LOCALES_DIR, NAMED_MESSAGES));
  let unlisted: Set<string> | undefined;
  // Only a build rewrites the calls (message-ids-in-code-plugin.ts), so only a build may leave their names out.
  const unlistedOnce = (): Set<string> => {
    if (command !== 'build') return new Set();
    unlisted ??= namesAskedOnlyByLiteral(messageIdsOnce().keys(), codeSources(['src', 'popup', 'options']), codeSources(['content']));
    return unlisted;
  };
  return {
    plugins: [
      preact(),
      crx({ manifest, browser: target, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }),
      polyfillPlugin(),
      renderBlockingPlugin('popup/index.html'),
      earlyScriptPlugin(import.meta.dirname, 'popup/index.html', 'popup/read-early.js'),
      compactHtmlPlugin(),
      schemaPlugin(manifest),
      localesPlugin(LOCALES_DIR, NAMED_MESSAGES, unlistedOnce),
      messageIdsInCodePlugin(messageIdsOnce),
      compactJsonPlugin(['manifest.json', ...[managedSchemaFile(manifest)].filter((file) => file !== undefined)]),
      budgetsPlugin(resolve(import.meta.dirname, `dist/${target}`)),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: 'terser',
      terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
      // Chrome 116+ and Firefox 140+ preload modules themselves; the polyfill is dead weight.
      modulePreload: { polyfill: false },
      // One script file for the popup: see scripts/build/popup-chunks.ts.
      rolldownOptions: { output: { codeSplitting: { groups: POPUP_CHUNK_GROUPS } } },
    },
  };
});
