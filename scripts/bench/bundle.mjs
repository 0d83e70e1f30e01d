// @ts-check
// Bundles the extension's own code with vite's build API in a temporary folder: the same sources
// and the same minifier as the extension.
//  - bundleDetection: the detection code (the content script's collectEvidence and the
//    background's validateEvidence + parseErrorPage) as one classic script for test pages;
//  - bundleConstants: the constants the report quotes, as a module this process imports, so the
//    report follows the sources and a renamed constant fails the build instead of reading NaN.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const from = (/** @type {string} */ path) => JSON.stringify(resolve(path));

/**
 * One file of code that re-exports `exports` (lines of `export … from` source), built by vite.
 *
 * @param {string[]} exports
 * @param {'iife' | 'es'} format
 */
async function bundle(exports, format) {
  const dir = mkdtempSync(join(tmpdir(), 'blockhelper-bench-bundle-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, exports.join('\n'));
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: [format], name: '__sbhDetection', fileName: () => 'bundle.js' },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
    const chunk = outputs.find((o) => o.type === 'chunk');
    if (chunk?.type !== 'chunk') throw new Error('vite produced no bundle of the extension code');
    return chunk.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bundleDetection() {
  const code = await bundle(
    [
      `export { collectEvidence } from ${from('content/collect-evidence.ts')};`,
      `export { readPageText } from ${from('content/read-page-text.ts')};`,
      `export { readConfig } from ${from('content/read-config.ts')};`,
      `export { validateEvidence } from ${from('src/page/validate-evidence.ts')};`,
      `export { parseErrorPage } from ${from('src/page/parse-error-page.ts')};`,
    ],
    'iife',
  );
  // Init scripts may be wrapped in a function: publish the library on the global object.
  return `${code}\n;globalThis.__sbhDetection = __sbhDetection;`;
}

/** @returns {Promise<Record<string, unknown>>} the exported constants, by name, as the extension's sources define them */
export async function bundleConstants() {
  const code = await bundle(
    [
      `export { SETTLE_MS, WATCH_MS } from ${from('content/watch-timing.ts')};`,
      `export { EVIDENCE_LIMITS } from ${from('src/page/page-evidence.ts')};`,
      `export { MANAGED_WAIT_MS } from ${from('src/settings/settings-store.ts')};`,
    ],
    'es',
  );
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
