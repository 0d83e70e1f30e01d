// The browsers the benchmark compares: Chromium with the built extension (the shared launcher),
// with the peer (peer.mjs), and the same Chromium, same flags and same offline page serving,
// without any extension.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WINDOWS_CHROME_UA, launchOffline, launchWithExtension } from '../browsers/chromium-with-extension.mjs';

export { WINDOWS_CHROME_UA };

/** @typedef {Awaited<ReturnType<typeof launchWithExtension>>} ExtensionBrowser Chromium with an extension loaded */
/** @typedef {Awaited<ReturnType<typeof launchWith>>} WithExtension Chromium with a copy of the built extension */
/** @typedef {Awaited<ReturnType<typeof launchWithout>>} WithoutExtension the same Chromium without it */
/** @typedef {{ url: string, html: string, expected: import('../../test/fixtures/index.mjs').ExpectedDetails | null }} BenchPage a page served at its real address */

/** SBH_BENCH_EXTENSION_DIR benchmarks another unpacked build instead of dist/chrome. */
export const EXTENSION_DIR = process.env.SBH_BENCH_EXTENSION_DIR || undefined;

/**
 * Chromium with a copy of the built extension (same key, so the same id): the popup figure adds
 * its floor page to the copy (see popup.mjs), and dist/ stays exactly what the build made.
 */
export async function launchWith() {
  const extensionDir = mkdtempSync(join(tmpdir(), 'blockhelper-bench-ext-'));
  cpSync(EXTENSION_DIR ?? resolve('dist/chrome'), extensionDir, { recursive: true });
  const browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extensionDir });
  return {
    ...browser,
    label: 'this extension',
    extensionDir,
    async close() {
      await browser.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

/** The same Chromium, flags and offline page serving, with no extension loaded. */
export async function launchWithout() {
  const browser = await launchOffline({ userAgent: WINDOWS_CHROME_UA, extensionDir: null });
  return { ...browser, label: 'without extension' };
}

/** The same Chromium with the peer loaded unpacked from its own folder (never copied into the project). */
export async function launchPeer(/** @type {{ dir: string, name: string, version: string }} */ peer) {
  const browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extensionDir: peer.dir });
  return { ...browser, label: `the peer (${peer.name} ${peer.version})` };
}
