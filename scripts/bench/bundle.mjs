// Bundles the extension's own detection code (the content script's collectEvidence and the
// background's validateEvidence + parseErrorPage) into one classic script for test pages, with
// vite's build API in a temporary folder: the same sources and the same minifier as the extension.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export async function bundleDetection() {
  const dir = mkdtempSync(join(tmpdir(), 'blockhelper-bench-bundle-'));
  try {
    const entry = join(dir, 'entry.ts');
    const from = (p) => JSON.stringify(resolve(p));
    writeFileSync(
      entry,
      [
        `export { collectEvidence } from ${from('content/collect-evidence.ts')};`,
        `export { readPageText } from ${from('content/read-page-text.ts')};`,
        `export { readConfig } from ${from('content/read-config.ts')};`,
        `export { validateEvidence } from ${from('src/page/validate-evidence.ts')};`,
        `export { parseErrorPage } from ${from('src/page/parse-error-page.ts')};`,
      ].join('\n'),
    );
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      build: {
        write: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: ['iife'], name: '__sbhDetection', fileName: () => 'detection.js' },
      },
    });
    const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const chunk = outputs.find((o) => o.type === 'chunk');
    if (!chunk) throw new Error('vite produced no bundle for the detection code');
    // Init scripts may be wrapped in a function: publish the library on the global object.
    return `${chunk.code}\n;globalThis.__sbhDetection = __sbhDetection;`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
