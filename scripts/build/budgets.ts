import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder, scriptsOfPage } from './built-files.mjs';

/**
 * Size budgets, in gzipped bytes, each file gzipped on its own as a store zip deflates it. Each
 * protects someone:
 * - the content script runs on every sign-in page of every employee, blocked or not;
 * - the popup script decides how soon a stressed, blocked person sees the first paint;
 * - the package without `_locales` is the code and knowledge everyone downloads, whatever their language;
 * - each language's messages are downloaded with the package, so each language pays for itself:
 *   adding one, or adding advice in every language, never takes room from another.
 * To fit, the build names messages by short ids and leaves out translations identical to English
 * (scripts/build/locales-plugin.ts). The build prints what is left; the README's "Size and speed"
 * has the latest figures.
 */
export const BUDGETS = {
  contentScript: 4 * 1024,
  popupScript: 26.5 * 1024,
  packageWithoutLocales: 56 * 1024,
  eachLanguage: 10.5 * 1024,
} as const;

export type BudgetName = keyof typeof BUDGETS;

export interface BudgetResult {
  budget: BudgetName;
  /** What was measured: the budget's name, or `language <folder>` for one language's messages. */
  label: string;
  bytes: number;
  limit: number;
}

const LOCALES = '_locales';

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const gzippedTotal = (paths: readonly string[]) => paths.reduce((sum, path) => sum + gzipped(path), 0);

/** Measures a built extension folder (dist/chrome or dist/firefox) against the budgets. */
export function measureBudgets(dist: string): BudgetResult[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const contentScripts = manifest.content_scripts.flatMap((c) => c.js).map((file) => join(dist, file));
  const popupScripts = scriptsOfPage(dist, 'popup/index.html').map((file) => join(dist, file));
  const outsideLocales = filesUnder(dist).filter((file) => relative(dist, file).split(sep)[0] !== LOCALES);
  const result = (budget: BudgetName, bytes: number, label: string = budget): BudgetResult => ({ budget, label, bytes, limit: BUDGETS[budget] });
  return [
    result('contentScript', gzippedTotal(contentScripts)),
    result('popupScript', gzippedTotal(popupScripts)),
    result('packageWithoutLocales', gzippedTotal(outsideLocales)),
    ...readdirSync(join(dist, LOCALES))
      .sort()
      .map((language) => result('eachLanguage', gzippedTotal(filesUnder(join(dist, LOCALES, language))), `language ${language}`)),
  ];
}

export const isOverBudget = (result: BudgetResult): boolean => result.bytes > result.limit;

export function describeBudgets(results: readonly BudgetResult[]): string {
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const width = Math.max(...results.map((r) => r.label.length));
  return results
    .map((r) => `${isOverBudget(r) ? 'OVER' : 'ok  '} ${r.label.padEnd(width)} ${kib(r.bytes).padStart(5)} KiB gzipped (budget ${kib(r.limit)} KiB)`)
    .join('\n');
}

/**
 * Measures `dist`, hands the table to `print` once, and throws when a budget is broken: the
 * error names each broken budget with its size, so the build log says what to shrink.
 */
export function enforceBudgets(dist: string, print: (table: string) => void): BudgetResult[] {
  const results = measureBudgets(dist);
  print(`Size budgets (${dist}):\n${describeBudgets(results)}`);
  const over = results.filter(isOverBudget);
  if (over.length) {
    throw new Error(`Size budget broken: ${over.map((r) => `${r.label} is ${r.bytes} bytes gzipped, budget ${r.limit}`).join('; ')}`);
  }
  return results;
}
