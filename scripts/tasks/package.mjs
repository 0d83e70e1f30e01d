// `npm run package`: the store archives, built fresh.
//   packages/sign-in-block-helper-<version>-chrome.zip   Chrome Web Store and Edge Add-ons (no `key`: the stores assign the id)
//   packages/sign-in-block-helper-<version>-firefox.zip  addons.mozilla.org
//   packages/sign-in-block-helper-<version>-source.zip   the source Mozilla asks for with bundled code: every file git tracks
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { filesUnder } from '../build/built-files.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = 'packages';
const name = (/** @type {'chrome' | 'firefox' | 'source'} */ kind) => join(OUT, `sign-in-block-helper-${version}-${kind}.zip`);

/**
 * @param {string} path
 * @param {[string, string | Buffer][]} entries file names in the archive, with their content
 */
async function writeZip(path, entries) {
  const zip = new JSZip();
  // A fixed date keeps archives of the same source byte-for-byte the same.
  const date = new Date('2026-01-01T00:00:00Z');
  for (const [file, content] of entries) zip.file(file, content, { date });
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' }));
  console.log(`${path}  (${entries.length} files, ${(statSync(path).size / 1024).toFixed(1)} KiB)`);
}

/**
 * @param {string} dist
 * @param {(manifest: Record<string, unknown>) => Record<string, unknown>} [transformManifest]
 */
function extensionEntries(dist, transformManifest = (m) => m) {
  return filesUnder(dist).map(/** @returns {[string, string | Buffer]} */ (file) => {
    const path = relative(dist, file);
    if (path !== 'manifest.json') return [path, readFileSync(file)];
    return [path, JSON.stringify(transformManifest(JSON.parse(readFileSync(file, 'utf8'))))];
  });
}

// Always a production build: run from a test, NODE_ENV is "test", and Vite would then build
// Preact's devtools hooks into the store archives (1.7 KB more code that everyone downloads).
execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
mkdirSync(OUT, { recursive: true });
// The manifest `key` fixes the id of unpacked and self-hosted builds; the stores refuse it and assign their own.
await writeZip(name('chrome'), extensionEntries('dist/chrome', ({ key: _key, ...manifest }) => manifest));
await writeZip(name('firefox'), extensionEntries('dist/firefox'));
const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
await writeZip(name('source'), tracked.map((file) => [file, readFileSync(file)]));
