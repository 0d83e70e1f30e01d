import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Size budgets, in gzipped bytes. The content script runs on every sign-in page of every
 * employee; the popup must paint at once; admins and store reviewers download the package.
 */
export const BUDGETS = {
  contentScript: 4 * 1024,
  popupScript: 25 * 1024,
  // Every file gzipped on its own, as a store zip deflates it. Ten languages of text are about two
  // thirds of it: to fit, the build names messages by short ids and leaves out translations
  // identical to English (scripts/build/locales-plugin.ts), and the texts say each thing once. The build
  // prints what is left; the README's "Size and speed" has the latest figures.
  wholePackage: 120 * 1024,
} as const;

export type BudgetName = keyof typeof BUDGETS;

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The popup page's scripts: its module entry and every chunk that entry imports, transitively. */
function popupScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'popup/index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => join(dist, m[1].replace(/^\//, '')));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(join(dirname(file), posix.normalize(m[1])));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export interface BudgetResult {
  name: BudgetName;
  bytes: number;
  limit: number;
}

/** Measures a built extension folder (dist/chrome or dist/firefox) against the budgets. */
export function measureBudgets(dist: string): BudgetResult[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const content = manifest.content_scripts.flatMap((c) => c.js).reduce((sum, file) => sum + gzipped(join(dist, file)), 0);
  const popup = popupScripts(dist).reduce((sum, file) => sum + gzipped(file), 0);
  const all = filesUnder(dist).reduce((sum, file) => sum + gzipped(file), 0);
  return [
    { name: 'contentScript', bytes: content, limit: BUDGETS.contentScript },
    { name: 'popupScript', bytes: popup, limit: BUDGETS.popupScript },
    { name: 'wholePackage', bytes: all, limit: BUDGETS.wholePackage },
  ];
}

export function describeBudgets(results: BudgetResult[]): string {
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  return results
    .map(({ name, bytes, limit }) => `${bytes <= limit ? 'ok  ' : 'OVER'} ${name.padEnd(14)} ${kib(bytes).padStart(6)} KiB gzipped (budget ${kib(limit)} KiB)`)
    .join('\n');
}
