// @ts-check
// Finding files in a folder tree, and the scripts a built page or manifest entry loads. Plain Node
// (.mjs), so scripts/tasks/package.mjs can use it as well as the build plugins and the tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Every file under `dir`, recursively, as paths that start with `dir` (relative `dir`: relative to the working directory). */
export function filesUnder(/** @type {string} */ dir) {
  return readdirSync(dir).flatMap(/** @returns {string[]} */ (name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A static `import … from "./x.js"`, `import "./x.js"` or `export … from "../x.js"` in a built chunk (not `import()`). */
const STATIC_IMPORT = /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The scripts that run when the browser loads `entries` (paths inside `dist`, e.g. from the
 * manifest): the entries and every chunk they import statically, transitively, as paths
 * relative to `dist` with forward slashes.
 *
 * @param {string} dist a built extension folder (dist/chrome, dist/firefox)
 * @param {readonly string[]} entries
 * @returns {string[]}
 */
export function scriptsLoadedBy(dist, entries) {
  /** @type {Set<string>} */
  const found = new Set();
  const queue = entries.map((entry) => posix.normalize(entry.replace(/^\//, '')));
  while (queue.length) {
    const file = /** @type {string} */ (queue.pop());
    if (found.has(file)) continue;
    found.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) queue.push(posix.join(posix.dirname(file), specifier));
  }
  return [...found];
}

/**
 * The scripts an HTML page of the build runs: its `<script src>` entries and what they import.
 *
 * @param {string} dist
 * @param {string} htmlPath the page, relative to `dist` (e.g. popup/index.html)
 */
export function scriptsOfPage(dist, htmlPath) {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map(([, src]) =>
    // Vite writes root-relative paths ("/assets/…"); a relative one is relative to the page.
    src.startsWith('/') ? src : posix.join(posix.dirname(htmlPath), src),
  );
  return scriptsLoadedBy(dist, entries);
}
