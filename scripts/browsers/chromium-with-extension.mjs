// Starts Debian's Chromium with the built extension loaded and the network switched off: every
// request is answered from the pages given here, at their real https URLs, or refused.
// Shared by the end-to-end tests and the main job (`npm start`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { popupPath } from './extension-pages.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_DIST = resolve('dist/chrome');

/** A realistic Windows Chrome: the advice depends on browser and OS, and headless Chromium says "HeadlessChrome" on Linux. */
export const WINDOWS_CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

/**
 * The extension's service worker. It can register before a listener is attached, so look at the
 * list as well as waiting for the event, until it shows up.
 * @param {import('playwright-core').BrowserContext} context
 */
async function firstServiceWorker(context, timeout = 30_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (found) return found;
    await context.waitForEvent('serviceworker', { timeout: 250 }).catch(() => undefined);
  }
  throw new Error(`The extension's service worker did not start within ${timeout} ms`);
}

/**
 * Chromium with the network switched off: pages are served from `serve`, everything else is
 * refused and recorded. With `extensionDir` null no extension is loaded (the benchmark's baseline),
 * with the same flags otherwise.
 * With `backForwardCache`, pages can be restored from the back/forward cache (Playwright turns it off by default).
 * `timezoneId` (e.g. "Europe/Berlin") sets the pages' clock zone, as the person's computer would.
 * `isMobile` and `hasTouch` make every page a phone's: the viewport meta tag counts, and taps are touches.
 * `display` (an X display such as ":5", from real-input.mjs) shows the browser in a real window
 * there, for tests that type on a real keyboard; the browser is headless otherwise.
 * @param {{ display?: string, headless?: boolean, userAgent?: string, locale?: string, timezoneId?: string, colorScheme?: 'light'|'dark', extensionDir?: string | null, extraArgs?: string[], backForwardCache?: boolean, isMobile?: boolean, hasTouch?: boolean }} [options]
 */
export async function launchOffline(options = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sbh-chromium-'));
  const extensionDir = options.extensionDir === undefined ? CHROME_DIST : options.extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.display ? false : (options.headless ?? true),
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    userAgent: options.userAgent,
    locale: options.locale,
    timezoneId: options.timezoneId,
    colorScheme: options.colorScheme,
    isMobile: options.isMobile,
    hasTouch: options.hasTouch,
    viewport: { width: 1100, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions', ...(options.backForwardCache ? ['--disable-back-forward-cache'] : [])],
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The browser's UI language, which chrome.i18n follows: a Chromium locale such as "de" or "pt-BR".
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.display ? ['--window-position=0,0'] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  /** @type {Map<string, string>} */
  const pages = new Map();
  /** Requests the tests did not serve: the extension must make none of its own. @type {string[]} */
  const refused = [];
  // Web requests only: extension pages load their own files from chrome-extension:// untouched.
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const url = route.request().url();
    const body = pages.get(url.split('#')[0]);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  return {
    context,
    refused,
    /**
     * Serves `html` at `url` (its real https address).
     *
     * @param {string} url
     * @param {string} html
     */
    serve(url, html) {
      pages.set(url.split('#')[0], html);
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * @param {{ display?: string, headless?: boolean, userAgent?: string, locale?: string, timezoneId?: string, colorScheme?: 'light'|'dark', extensionDir?: string, extraArgs?: string[], backForwardCache?: boolean, isMobile?: boolean, hasTouch?: boolean }} [options]
 */
export async function launchWithExtension(options = {}) {
  const offline = await launchOffline({ ...options, extensionDir: options.extensionDir ?? CHROME_DIST });
  const { context } = offline;
  const worker = await firstServiceWorker(context);
  const extensionId = new URL(worker.url()).host;
  return {
    ...offline,
    extensionId,
    /** The background service worker as it is now (it may have been restarted). */
    async worker() {
      const current = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      return current ?? (await context.waitForEvent('serviceworker'));
    },
    /**
     * The popup's address.
     *
     * @param {number} [tabId] the tab whose detection it shows; without one, the active tab's
     */
    popupUrl(tabId) {
      return `chrome-extension://${extensionId}/${popupPath(tabId)}`;
    },
  };
}

/**
 * The browser's tab id of a page. The extension may not read tab URLs (it has no "tabs"
 * permission), so the page is brought to the front and the worker asks for the active tab.
 * Call it for one page at a time: each call changes which tab is active.
 * @param {{ worker(): Promise<import('playwright-core').Worker> }} browser from launchWithExtension
 * @param {import('playwright-core').Page} page
 * @returns {Promise<number>}
 */
export async function tabIdOf(browser, page) {
  await page.bringToFront();
  const worker = await browser.worker();
  const ids = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id));
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`Expected one active tab, got ${JSON.stringify(ids)}`);
  return ids[0];
}
