// The two browsers the benchmark compares: Chromium with the built extension (the shared launcher)
// and the same Chromium, same flags and same offline page serving, without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, WINDOWS_CHROME_UA, launchWithExtension } from '../chromium-with-extension.mjs';

export { WINDOWS_CHROME_UA };

/** SBH_BENCH_EXTENSION_DIR benchmarks another unpacked build instead of dist/chrome. */
export const EXTENSION_DIR = process.env.SBH_BENCH_EXTENSION_DIR || undefined;

export async function launchWith() {
  const browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extensionDir: EXTENSION_DIR });
  return { ...browser, label: 'with extension' };
}

/** scripts/chromium-with-extension.mjs minus `--disable-extensions-except` and `--load-extension`. */
export async function launchWithout() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'blockhelper-bench-noext-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    userAgent: WINDOWS_CHROME_UA,
    viewport: { width: 1100, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const pages = new Map();
  const refused = [];
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const url = route.request().url();
    const body = pages.get(url.split('#')[0]);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return {
    label: 'without extension',
    context,
    refused,
    serve(url, html) {
      pages.set(url.split('#')[0], html);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
