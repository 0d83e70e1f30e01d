import type { Page } from 'playwright-core';
import type { Detection } from '../../src/page/error-details';
import { launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';

export type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

/** Everything in the extension's session storage (the only place detections are kept). */
export async function sessionStorage(browser: Browser): Promise<Record<string, Detection>> {
  const worker = await browser.worker();
  return worker.evaluate(() => chrome.storage.session.get(null)) as Promise<Record<string, Detection>>;
}

/**
 * Waits until a tab's detection matching `match`, captured at or after `since` (ms), is stored,
 * and returns it. `since` keeps a test from picking up an earlier tab's detection of the same page.
 */
export async function waitForDetection(browser: Browser, match: (d: Detection) => boolean, since: number, timeout = 10_000): Promise<Detection> {
  const until = Date.now() + timeout;
  for (;;) {
    const stored = await sessionStorage(browser);
    const found = Object.entries(stored).find(([key, d]) => key.startsWith('tab:') && Date.parse(d.capturedAt) >= since && match(d));
    if (found) return found[1];
    if (Date.now() > until) throw new Error(`No matching detection within ${timeout} ms; stored: ${JSON.stringify(stored).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
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

/**
 * The browser's tab id of a page. The extension may not read tab URLs (it has no "tabs"
 * permission), so the page is brought to the front and the worker asks for the active tab.
 * Call these one at a time: each changes which tab is active.
 */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await browser.worker();
  const ids = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true })).map((t) => t.id));
  if (ids.length !== 1 || typeof ids[0] !== 'number') throw new Error(`Expected one active tab, got ${JSON.stringify(ids)}`);
  return ids[0];
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
export async function reloadExtension(browser: Browser, timeout = 10_000): Promise<import('playwright-core').Worker> {
  const old = await browser.worker();
  const prefix = `chrome-extension://${browser.extensionId}/`;
  // The worker may go away before it answers; a reload that did not happen shows up below.
  const evaluated = await old.evaluate(() => chrome.runtime.reload()).then(() => 'ok', (e: Error) => e.message);
  const until = Date.now() + timeout;
  for (;;) {
    const workers = browser.context.serviceWorkers();
    const fresh = workers.find((w) => w !== old && w.url().startsWith(prefix));
    if (fresh && !workers.includes(old)) return fresh;
    if (Date.now() > until) {
      throw new Error(`No new service worker within ${timeout} ms after chrome.runtime.reload() (${evaluated}); is developer mode on?`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
