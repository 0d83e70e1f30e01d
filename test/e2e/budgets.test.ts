// Size budgets of the built extension (scripts/build/budgets.ts): dist/chrome and dist/firefox keep
// them, each of the four is measured on the files it is about, and a build whose output breaks one
// fails. The failing builds run the budgets plugin in a real vite build against a temporary copy
// of dist with one file inflated, so the real dist is never touched.
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { BUDGETS, type BudgetName, type BudgetResult, describeBudgets, measureBudgets } from '../../scripts/build/budgets';
import { budgetsPlugin } from '../../scripts/build/budgets-plugin';
import { scriptsLoadedBy, scriptsOfPage } from '../../scripts/build/built-files.mjs';

const LANGUAGES = readdirSync(join(process.cwd(), 'src/locales'));

/** Text that gzip cannot shrink: `bytes` random bytes as base64 gzip to about `bytes` bytes. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOf(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'blockhelper-budgets-'));
  copies.push(dir);
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  return join(dir, 'dist');
}

/** Runs a small real vite build with the budgets plugin pointed at `dist`; returns the error it fails with, and what it logged. */
async function buildWithBudgetsOn(dist: string): Promise<{ error: unknown; logged: string[] }> {
  const root = join(dist, '..');
  const entry = join(root, 'entry.js');
  writeFileSync(entry, 'export const nothing = 0;\n');
  const logged: string[] = [];
  const logger = createLogger('info');
  logger.info = (message) => void logged.push(message);
  try {
    await build({
      configFile: false,
      root,
      customLogger: logger,
      plugins: [budgetsPlugin(dist)],
      build: { write: false, lib: { entry, formats: ['es'], fileName: 'entry' } },
    });
    return { error: undefined, logged };
  } catch (error) {
    return { error, logged };
  }
}

const find = (results: BudgetResult[], label: string) => {
  const found = results.find((r) => r.label === label);
  if (!found) throw new Error(`no budget result "${label}" in:\n${describeBudgets(results)}`);
  return found;
};

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dist = join(process.cwd(), 'dist', target);

  it('stays within every size budget, each of the four measured', () => {
    const results = measureBudgets(dist);
    console.log(`${target}:\n${describeBudgets(results)}`);
    for (const { label, bytes, limit } of results) expect(bytes, `${label} (gzipped bytes)`).toBeLessThanOrEqual(limit);
    expect([...new Set(results.map((r) => r.budget))].sort(), 'each budget is measured').toEqual(Object.keys(BUDGETS).sort());
    expect(find(results, 'contentScript').bytes, 'the content script was found and measured').toBeGreaterThan(500);
    expect(find(results, 'popupScript').bytes, 'the popup script and its chunks were found').toBeGreaterThan(5 * 1024);
    expect(find(results, 'packageWithoutLocales').bytes).toBeGreaterThan(find(results, 'popupScript').bytes);
    const languages = results.filter((r) => r.budget === 'eachLanguage');
    expect(languages.map((r) => r.label).sort(), 'one budget per language').toEqual(LANGUAGES.map((l) => `language ${l}`).sort());
    for (const language of languages) expect(language.bytes, `${language.label} was measured`).toBeGreaterThan(1024);
  });

  it('loads the popup from its first reads and one module file, the chunk the background and the options page load too', () => {
    // Each file is one more request before the popup can run (scripts/build/popup-chunks.ts).
    const html = readFileSync(join(dist, 'popup/index.html'), 'utf8');
    const popup = scriptsOfPage(dist, 'popup/index.html');
    expect(popup, 'read-early.js, then the popup\'s code and all it shares with the other pages, in one file').toHaveLength(2);
    const early = 'popup/read-early.js';
    expect(popup).toContain(early);
    const code = popup.find((file) => file !== early)!;
    // First in the page, so that it is asked for first; async and classic, so that it runs as soon as it arrives (scripts/build/early-script-plugin.ts).
    expect(html).toMatch(/<title>[^<]*<\/title><script async src="\.\/read-early\.js"><\/script><script blocking="render" async type="module"/);
    expect(readFileSync(join(dist, early), 'utf8'), 'minified, with no imports').not.toMatch(/\/\/|\/\*|\bimport\b/);
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    const background = manifest.background.service_worker ?? manifest.background.scripts[0];
    const loader = readFileSync(join(dist, background), 'utf8');
    const backgroundScripts = [...loader.matchAll(/["'](?:\.?\/)?([^"']+\.js)["']/g)].flatMap(([, file]) => scriptsLoadedBy(dist, [file]));
    expect(backgroundScripts.length, `${background} imports the background`).toBeGreaterThan(1);
    expect(backgroundScripts, 'the background loads the popup\'s file: no code is in the package twice').toContain(code);
    expect(scriptsOfPage(dist, 'options/index.html'), 'so does the options page').toContain(code);
    // Loaded there too, the popup starts on its own page only (popup/main.tsx).
    expect(readFileSync(join(dist, code), 'utf8')).toMatch(/"\/popup\/index\.html"\s*===\s*location\.pathname|location\.pathname\s*===\s*"\/popup\/index\.html"/);
    // The popup's module script is async (it runs, and reads storage, while the stylesheets load) and blocks rendering (it renders before the first frame when its reads are in).
  });

  it('passes the build when nothing is over, printing the table once', async () => {
    const { error, logged } = await buildWithBudgetsOn(copyOf(dist));
    expect(error).toBeUndefined();
    expect(logged.filter((line) => line.includes('Size budgets')), logged.join('\n')).toHaveLength(1);
    expect(logged.join('\n')).toMatch(/ok\s+language en/);
  });

  /** Inflates one file of a copy of dist past one budget, and expects that budget, measured on that file, to fail the build. */
  async function expectBroken(budget: BudgetName, label: string, inflate: (copy: string, bytesOver: number) => void) {
    const copy = copyOf(dist);
    const before = measureBudgets(copy);
    const bytesOver = find(before, label).limit - find(before, label).bytes + 1024;
    inflate(copy, bytesOver);
    const after = measureBudgets(copy);
    expect(find(after, label).bytes - find(before, label).bytes, `${label} counts the inflated file`).toBeGreaterThanOrEqual(bytesOver);
    const { error } = await buildWithBudgetsOn(copy);
    expect(error, `a build whose ${label} is over budget must fail`).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`Size budget broken: ${label} is ${find(after, label).bytes} bytes gzipped, budget ${BUDGETS[budget]}`);
    return { before, after };
  }

  it('fails the build when the content script is over 4 KiB', async () => {
    await expectBroken('contentScript', 'contentScript', (copy, bytes) => {
      const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
      appendFileSync(join(copy, manifest.content_scripts[0].js[0]), `\n//${incompressible(bytes)}\n`);
    });
  });

  it('fails the build when the popup script is over 25 KiB', async () => {
    await expectBroken('popupScript', 'popupScript', (copy, bytes) => {
      // The module file, not read-early.js: the budget counts every script the page loads.
      const code = scriptsOfPage(copy, 'popup/index.html').find((file) => file !== 'popup/read-early.js')!;
      appendFileSync(join(copy, code), `\n//${incompressible(bytes)}\n`);
    });
  });

  it('fails the build when everything but _locales is over 50 KiB, and does not count _locales in it', async () => {
    await expectBroken('packageWithoutLocales', 'packageWithoutLocales', (copy, bytes) => {
      const before = measureBudgets(copy);
      writeFileSync(join(copy, '_locales', 'en', 'inflated.bin'), randomBytes(bytes));
      const localeInflated = measureBudgets(copy);
      expect(find(localeInflated, 'packageWithoutLocales').bytes, 'a file under _locales is not in the package budget').toBe(find(before, 'packageWithoutLocales').bytes);
      expect(find(localeInflated, 'language en').bytes - find(before, 'language en').bytes, 'it counts for its language').toBeGreaterThanOrEqual(bytes);
      writeFileSync(join(copy, 'icons', 'inflated.bin'), randomBytes(bytes));
    });
  });

  it('fails the build when one language is over 10 KiB, and charges it to that language only', async () => {
    const { before, after } = await expectBroken('eachLanguage', 'language de', (copy, bytes) => {
      const file = join(copy, '_locales', 'de', 'messages.json');
      const messages = JSON.parse(readFileSync(file, 'utf8'));
      writeFileSync(file, JSON.stringify({ ...messages, inflated: { message: incompressible(bytes) } }));
    });
    for (const label of ['packageWithoutLocales', 'language en', 'language fr']) {
      expect(find(after, label).bytes, `${label} does not pay for German`).toBe(find(before, label).bytes);
    }
  });

  it('gives a new language a budget of its own', () => {
    const copy = copyOf(dist);
    const before = measureBudgets(copy);
    cpSync(join(copy, '_locales', 'en'), join(copy, '_locales', 'xx'), { recursive: true });
    const after = measureBudgets(copy);
    expect(find(after, 'language xx').bytes).toBe(find(after, 'language en').bytes);
    expect(find(after, 'packageWithoutLocales').bytes).toBe(find(before, 'packageWithoutLocales').bytes);
  });
});
