// Runs popup/read-early.js, the popup's first reads, as the popup's page would: against `browser`
// as the page's `browser` namespace, with `search` as the page's query string.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_READS_GLOBAL, type FirstReads } from '../../../popup/first-reads';

const SOURCE = readFileSync(join(import.meta.dirname, '../../../popup/read-early.js'), 'utf8');

/** What the script leaves on the page's window; `scope` stands for the window (`globalThis`). */
export function runReadEarly(browser: unknown, search: string, scope: Record<string, unknown> = { browser }): FirstReads {
  new Function('globalThis', 'location', SOURCE)(scope, { search });
  return scope[FIRST_READS_GLOBAL] as FirstReads;
}
