// Mozilla's add-on linter (the one addons.mozilla.org runs, via web-ext) on the Firefox build.
// No errors; the only warning allowed is Preact's own `innerHTML = __html` (its support for
// dangerouslySetInnerHTML, which this project never uses) in the popup/options bundles.
// Anything else fails with the linter's message. The build declares Firefox for Android
// (`gecko_android`), so the linter also checks manifest keys, permissions and APIs against
// Firefox for Android's minimum version; a copy that claims an older Android shows it does.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error web-ext ships no type declarations; its lint API is used as documented (cmd.lint).
import webExt from 'web-ext';
import { beforeAll, describe, expect, it } from 'vitest';
import { scriptsLoadedBy, scriptsOfPage } from '../../scripts/build/built-files.mjs';
import { GECKO_ID } from '../../src/extension/extension-ids';

/** FIREFOX_EXTENSION_DIR lints another build instead (as in test/e2e/firefox-with-extension.mjs). */
const DIST = resolve(process.env.FIREFOX_EXTENSION_DIR ?? 'dist/firefox');

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const describeMessage = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? ''}` : ''}: ${m.message}${m.description ? ` (${m.description})` : ''}`;

/**
 * The files the content script runs, and the background's own (from the manifest, with the chunks
 * they import), minus the chunk the background shares with the popup: that one is the popup's code,
 * Preact included (scripts/build/popup-chunks.ts), which the background loads but never runs.
 */
function privilegedScripts(ui: Set<string>): Set<string> {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const content: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const background = scriptsLoadedBy(DIST, manifest.background?.scripts ?? []).filter((file) => !ui.has(file));
  return new Set([...scriptsLoadedBy(DIST, content), ...background]);
}

/**
 * The one known warning: Preact's DOM diff assigns `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
 * Allowed only in a chunk the popup or options page loads and the content script doesn't (the
 * background may load it: see privilegedScripts), and only where the flagged code is that assignment.
 */
function isPreactInnerHtml(w: LintMessage, uiOnly: Set<string>): boolean {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !uiOnly.has(w.file) || !w.line || w.column === undefined) return false;
  const line = readFileSync(join(DIST, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  const around = line.slice(Math.max(0, w.column - 40), w.column + 60);
  return /\.innerHTML\s*=\s*\w+\.__html/.test(around) && /dangerouslySetInnerHTML/.test(line);
}

const lint = async (sourceDir: string) =>
  (await webExt.cmd.lint({ sourceDir, output: 'json', boring: true, selfHosted: false, warningsAsErrors: false }, { shouldExitProgram: false })) as LintResult;

let result: LintResult;
beforeAll(async () => {
  expect(existsSync(join(DIST, 'manifest.json')), 'dist/firefox is missing: run `npm run build` first').toBe(true);
  result = await lint(DIST);
  // The linter prints its JSON report to stdout; list what it found readably too.
  console.log(
    `web-ext lint on dist/firefox: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices\n` +
      [...result.errors, ...result.warnings, ...result.notices].map((m) => `  - ${describeMessage(m)}`).join('\n'),
  );
});

describe('web-ext lint (Firefox build)', () => {
  it('finds no errors', () => {
    expect(result.errors.map(describeMessage)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });

  it('warns only about Preact\'s innerHTML in the popup/options bundles', () => {
    const ui = new Set([...scriptsOfPage(DIST, 'popup/index.html'), ...scriptsOfPage(DIST, 'options/index.html')]);
    const privileged = privilegedScripts(ui);
    const uiOnly = new Set([...ui].filter((f) => !privileged.has(f)));
    expect(ui.size).toBeGreaterThan(0);
    const unexpected = result.warnings.filter((w) => !isPreactInnerHtml(w, uiOnly));
    expect(unexpected.map(describeMessage)).toEqual([]);
  });

  it('sees the Firefox manifest as intended, Firefox for Android included', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toMatch(/^\d+\.0$/);
    expect(manifest.background.scripts?.length).toBeGreaterThan(0);
    expect(manifest.background.service_worker).toBeUndefined();
  });

  it('checks the build against Firefox for Android: an older Android minimum is flagged', async () => {
    // data_collection_permissions came to Firefox for Android in 142 (vite.config.ts): claim 120 in a copy.
    const copy = mkdtempSync(join(tmpdir(), 'sbh-lint-android-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
      manifest.browser_specific_settings.gecko_android.strict_min_version = '120.0';
      writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
      const older = await lint(copy);
      expect(older.warnings.map((w) => w.code)).toContain('KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION');
      expect(result.warnings.map((w) => w.code)).not.toContain('KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
