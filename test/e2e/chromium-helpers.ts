import type { Page } from 'playwright-core';
import type { Detection } from '../../src/error-details';
import { launchWithExtension } from '../../scripts/chromium-with-extension.mjs';

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
