import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension, tabIdOf } from '../../scripts/browsers/chromium-with-extension.mjs';
import { type Detection, waitForDetection as waitForStoredDetection } from '../../scripts/browsers/wait-for-detection';
import { waitUntil } from '../../scripts/browsers/wait-until.mjs';
import { isTabKey } from '../../src/detection/detection-keys';
import type { Fixture } from '../fixtures/index.mjs';

export type Browser = Awaited<ReturnType<typeof launchWithExtension>>;
export type LaunchOptions = NonNullable<Parameters<typeof launchWithExtension>[0]>;
export { tabIdOf };

/**
 * The Chromium of a test file (or of a describe block): launched with the extension in
 * `beforeAll`, closed in `afterAll`. A Windows Chrome user agent unless `options` say otherwise.
 * The returned object stands for the browser once it is launched, so tests use it as they would
 * the browser itself; touching it outside a test or hook is an error that says so.
 */
export function useChromium(options: LaunchOptions = {}, setUp?: (browser: Browser) => Promise<void>): Browser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, ...options });
    await setUp?.(launched);
  });
  afterAll(async () => {
    await launched?.close();
    launched = undefined;
  });
  return new Proxy({} as Browser, {
    get(_target, key) {
      if (!launched) throw new Error(`The browser is launched in beforeAll: use it in a test or hook (read ${String(key)})`);
      const value = Reflect.get(launched, key);
      return typeof value === 'function' ? value.bind(launched) : value;
    },
  });
}

/** Whether Chromium holds the "Explain this sign-in error" item: contextMenus.update fails for an id that does not exist. */
export async function hasMenuItem(browser: Browser): Promise<boolean> {
  const worker = await browser.worker();
  return worker.evaluate(() => new Promise<boolean>((resolve) => chrome.contextMenus.update('explain', {}, () => resolve(!chrome.runtime.lastError))));
}

/** Everything in the extension's session storage (the only place detections are kept). */
export async function sessionStorage(browser: Browser): Promise<Record<string, Detection>> {
  const worker = await browser.worker();
  return worker.evaluate(() => chrome.storage.session.get(null)) as Promise<Record<string, Detection>>;
}

/** The storage keys of tabs' detections (the session's "latest" left out), sorted. */
export async function tabKeys(browser: Browser): Promise<string[]> {
  return Object.keys(await sessionStorage(browser)).filter(isTabKey).sort();
}

/**
 * Waits until a tab's detection matching `match`, captured at or after `since` (ms), is stored,
 * and returns it. `since` keeps a test from picking up an earlier tab's detection of the same page.
 */
export function waitForDetection(browser: Browser, match: (d: Detection) => boolean, since: number, timeout = 10_000): Promise<Detection> {
  return waitForStoredDetection(() => sessionStorage(browser), match, since, timeout);
}

/** Whether a detection is the one a fixture's `expected` describes (its code, Request Id and, when given, timestamp). */
export function isExpectedDetection(f: Pick<Fixture, 'name' | 'expected'>): (d: Detection) => boolean {
  const expected = f.expected;
  if (!expected) throw new Error(`${f.name} is a negative fixture: nothing is detected there`);
  return (d) => d.errorCode === expected.errorCode && d.requestId === expected.requestId && (!expected.timestamp || d.timestamp === expected.timestamp);
}

/** Opens the fixture's page in a new tab and waits for its detection (by default: the one its `expected` describes). */
export async function visitAndDetect(
  browser: Browser,
  f: Pick<Fixture, 'name' | 'url' | 'html' | 'expected'>,
  match: (d: Detection) => boolean = isExpectedDetection(f),
): Promise<{ page: Page; detection: Detection }> {
  const since = Date.now();
  const page = await visit(browser, f.url, f.html);
  return { page, detection: await waitForDetection(browser, match, since) };
}

export async function badge(browser: Browser, tabId: number): Promise<{ text: string; title: string }> {
  const worker = await browser.worker();
  return worker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

export async function openPopup(browser: Browser, tabId?: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(browser.popupUrl(tabId));
  return popup;
}

/** Loads a page at its real URL, served from the fixture. */
export async function visit(browser: Browser, url: string, html: string): Promise<Page> {
  browser.serve(url, html);
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/** One write of a detection to session storage, as the extension made it. */
export interface StoredDetection {
  key: string;
  tabId?: number;
  requestId?: string;
  errorCode?: string;
  privateWindow?: boolean;
  deviceCodeSignIn?: boolean;
}

/**
 * Starts recording every detection the extension writes to session storage (tab keys and
 * "latest"), in order, and returns a function that reads the record. Later writes overwrite
 * earlier ones in storage; the record keeps them, so a test can show that nothing was stored
 * before a known event, however briefly. Kept in the service worker, which the DevTools
 * connection keeps running.
 */
export async function recordStoredDetections(browser: Browser): Promise<() => Promise<StoredDetection[]>> {
  const name = `__sbhRecord${Date.now()}${Math.random().toString(36).slice(2)}`;
  const worker = await browser.worker();
  await worker.evaluate((name) => {
    const record: unknown[] = [];
    (globalThis as unknown as Record<string, unknown>)[name] = record;
    chrome.storage.session.onChanged.addListener((changes) => {
      for (const [key, { newValue }] of Object.entries(changes)) {
        if (!newValue || typeof newValue !== 'object') continue;
        const { tabId, requestId, errorCode, privateWindow, deviceCodeSignIn } = newValue as Record<string, unknown>;
        record.push({ key, tabId, requestId, errorCode, privateWindow, deviceCodeSignIn });
      }
    });
  }, name);
  return async () => {
    const current = await browser.worker();
    if (current !== worker) throw new Error('The service worker was restarted while recording detections: the record is gone');
    return worker.evaluate((name) => (globalThis as unknown as Record<string, StoredDetection[]>)[name], name);
  };
}

/**
 * Proves the extension has handled everything a page did so far: shows a panel with a fresh
 * Request Id in the same page (its content script is still watching) and waits for that
 * detection. Messages from one content script reach the background in order, so anything the page
 * caused earlier has been stored (or ignored) by then. The page must be on a sign-in host.
 */
export async function drainWithKnownPositive(browser: Browser, page: Page): Promise<Detection> {
  const proofId = crypto.randomUUID();
  const since = Date.now();
  await page.evaluate((id) => {
    const panel = document.createElement('div');
    panel.textContent = `Error Code: 53003 Request Id: ${id} Correlation Id: ${id} Timestamp: 2026-01-20T21:33:18.342Z`;
    document.body.append(panel);
  }, proofId);
  return waitForDetection(browser, (d) => d.requestId === proofId, since);
}

/** Waits until the browser reports the tab's navigation finished (its status "complete"), as the extension sees it. */
export async function tabLoadComplete(browser: Browser, tabId: number, timeout = 10_000): Promise<void> {
  const worker = await browser.worker();
  await waitUntil(`tab ${tabId} to finish loading`, () => worker.evaluate(async (id) => (await chrome.tabs.get(id)).status === 'complete', tabId), { timeout });
}

/**
 * Turns on developer mode in chrome://extensions, as a developer would. Chromium disables an
 * extension loaded from the command line when it reloads outside developer mode
 * (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION), so `chrome.runtime.reload()` needs this first.
 */
export async function enableDeveloperMode(browser: Browser): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    const toggle = page.locator('extensions-toolbar #devMode');
    if (!(await toggle.evaluate((el) => (el as HTMLInputElement).checked))) await toggle.click();
    // A fresh page reads the profile's setting: it took effect, not just the switch's look.
    await page.reload();
    await page.locator('extensions-toolbar #devMode[checked]').waitFor({ state: 'attached', timeout: 5000 });
  } finally {
    await page.close();
  }
}

/**
 * Reloads the extension from its service worker (`chrome.runtime.reload()`) and returns the new
 * worker, once the old one is gone. Content scripts already in open pages stay behind, cut off.
 */
export async function reloadExtension(browser: Browser, timeout = 10_000): Promise<Worker> {
  const old = await browser.worker();
  const prefix = `chrome-extension://${browser.extensionId}/`;
  // The worker may go away before it answers; a reload that did not happen shows up below.
  const evaluated = await old.evaluate(() => chrome.runtime.reload()).then(() => 'ok', (e: Error) => e.message);
  return waitUntil(
    `a new service worker after chrome.runtime.reload() (${evaluated}; is developer mode on?)`,
    () => {
      const workers = browser.context.serviceWorkers();
      const fresh = workers.find((w) => w !== old && w.url().startsWith(prefix));
      return fresh && !workers.includes(old) ? fresh : undefined;
    },
    { timeout },
  );
}
