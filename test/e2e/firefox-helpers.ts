// What the Firefox end-to-end tests do again and again, on top of firefox-with-extension.mjs: read
// what the extension stored, wait for a detection, press the in-page notice, copy and paste.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { type Detection, waitForDetection as waitForStoredDetection } from '../../scripts/browsers/wait-for-detection';
import { type Fixture, flowSecrets } from '../fixtures/index.mjs';
import type { launchFirefoxWithExtension } from './firefox-with-extension.mjs';

export type Firefox = Awaited<ReturnType<typeof launchFirefoxWithExtension>>;
export type Stored = Record<string, Detection>;

/** Everything in the extension's session storage. */
export const sessionStorage = (ff: Firefox) => ff.sessionStorage() as Promise<Stored>;

/** The storage keys of tabs' detections (the session's "latest" left out), sorted. */

/** Waits until a tab's detection matching `match`, captured at or after `since` (ms), is stored. */
export function waitForDetection(ff: Firefox, match: (d: Detection) => boolean, since: number, timeout = 10_000): Promise<Detection> {
  return waitForStoredDetection(() => sessionStorage(ff), match, since, timeout);
}

/** Opens the fixture's page in a new tab and waits for its detection (`match`, by default its Request Id). */
export async function visitAndDetect(
  ff: Firefox,
  f: { url: string; html: string; expected?: Fixture['expected'] },
  match: (d: Detection) => boolean = (d) => d.requestId === f.expected?.requestId,
): Promise<{ page: Page; detection: Detection }> {
  const since = Date.now();
  const page = await ff.visit(f.url, f.html);
  return { page, detection: await waitForDetection(ff, match, since) };
}

/** One write of a detection to session storage, as the extension made it. */
export interface StoredDetection {
  key: string;
  tabId?: number;
  requestId?: string;
  privateWindow?: boolean;
}

/**
 * Starts recording every detection the extension writes to session storage, in order, and returns
 * a function that reads the record (see the Chromium helper of the same name). Kept in the
 * extension page the launcher holds open; reloading the add-on closes it, and the reader then says so.
 */
export async function recordStoredDetections(ff: Firefox): Promise<() => Promise<StoredDetection[]>> {
  const name = `__sbhRecord${Date.now()}${Math.random().toString(36).slice(2)}`;
  await ff.inExtension((name: string) => {
    const record: unknown[] = [];
    (globalThis as unknown as Record<string, unknown>)[name] = record;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const [key, { newValue }] of Object.entries(changes)) {
        if (!newValue || typeof newValue !== 'object') continue;
        const { tabId, requestId, privateWindow } = newValue as Record<string, unknown>;
        record.push({ key, tabId, requestId, privateWindow });
      }
    });
  }, name);
  return async () => {
    const record = (await ff.inExtension((name: string) => (globalThis as unknown as Record<string, unknown>)[name] ?? null, name)) as StoredDetection[] | null;
    if (!record) throw new Error('The extension page that recorded detections was closed (the add-on reloaded?): the record is gone');
    return record;
  };
}

export const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText).catch(() => '');
export const hasNotice = (page: Page) => page.evaluate(() => document.querySelector('sign-in-block-helper') !== null);

/**
 * Presses the notice's "Get help with this error" the way a keyboard user does: the notice sits in
 * a closed shadow root that neither page scripts nor BiDi selectors can enter, but focus can.
 * Tab until focus is inside the notice (the host is what the page sees as focused); its first
 * control is "Get help". Enter activates it.
 */
export async function pressNoticeButton(page: Page): Promise<void> {
  await page.bringToFront();
  await expect.poll(() => hasNotice(page)).toBe(true);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.tagName === 'SIGN-IN-BLOCK-HELPER')) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('Keyboard focus never reached the notice');
}

/** A plain web page to paste into: proves the clipboard is the browser's, not the popup's. */
export const PASTE_PAGE = { url: 'https://example.com/paste-here', html: '<!doctype html><title>paste</title><textarea id="t" rows="20" cols="80"></textarea>' };

/** Puts `value` on the clipboard with a real keyboard copy in a web page (PASTE_PAGE, served by the caller), and returns that page. */
export async function copyWithKeyboard(ff: Firefox, value: string): Promise<Page> {
  const page = await ff.newPage();
  await page.goto(PASTE_PAGE.url);
  await page.bringToFront();
  await page.type('#t', value);
  await page.focus('#t');
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.press('c');
  await page.keyboard.up('Control');
  return page;
}

/** Pastes the clipboard with Ctrl+V into the web page's empty textarea and returns what arrived. */
export async function pasteWithKeyboard(page: Page): Promise<string> {
  await page.bringToFront();
  await page.$eval('#t', (e) => ((e as HTMLTextAreaElement).value = ''));
  await page.focus('#t');
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  return page.$eval('#t', (e) => (e as HTMLTextAreaElement).value);
}

/** No flow secret of the fixture in any of `places` (what the extension stored, copied, showed). */
export function noSecrets(f: Fixture, places: Record<string, string>): void {
  const secrets = flowSecrets(f);
  expect(secrets.length, 'the fixture carries flow secrets to look for').toBeGreaterThan(0);
  for (const secret of secrets) {
    for (const [where, value] of Object.entries(places)) expect(value.includes(secret), `flow token in ${where}`).toBe(false);
  }
}
