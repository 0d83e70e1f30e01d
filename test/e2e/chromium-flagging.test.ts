// Microsoft's "Enable flagging", guided, in real Chromium, on the real 53003 page served at
// https://login.microsoftonline.com: the popup's button brings Microsoft's control into view and
// focus, the person (the test, with a trusted click) presses it, the page posts to its
// /common/debugmode (answered here: no network), the popup counts down, the retry in a new page
// is flagged too, and its ticket link, e-mail and copy say "Flagged for review: yes, at HH:MM UTC".
// And the extension itself never presses the control, nor believes a script's press of it.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { flaggingKey } from '../../src/detection/detection-keys';
import { fixture } from '../fixtures/index.mjs';
import { type Browser, openPopup, sessionStorage, waitForDetection } from './chromium-helpers';
import { removePolicy, writePolicy } from './policy';

const DEBUG_MODE_URL = 'https://login.microsoftonline.com/common/debugmode';

/**
 * Stands in for Microsoft's own page script, which the fixture lacks: its debug-details control
 * posts `{ mode, user }` as JSON to `$Config.urlSetDebugMode` when "Enable flagging" is pressed,
 * and the text then changes to "Disable flagging". It records each press it sees, and whether the
 * browser called it trusted (a person's press) or not (a script's `.click()`).
 */
const PAGE_SCRIPT = `<script>
window.presses = [];
document.addEventListener('click', (event) => {
  const control = event.target.closest('#setDebugMode');
  if (!control) return;
  event.preventDefault();
  window.presses.push(event.isTrusted);
  fetch(control.href, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 1, user: '' }) })
    .then(() => { control.textContent = 'Disable flagging'; });
});
</script>`;

/** The real registered-Windows 53003 page with a Request Id of its own, its own address, and the page's flagging script. */
function flaggingPage(): { url: string; html: string; requestId: string } {
  const f = fixture('53003-registered-windows');
  const requestId = crypto.randomUUID();
  const html = f.html.replaceAll(f.expected!.requestId!, requestId).replace('</body>', `${PAGE_SCRIPT}</body>`);
  return { url: `${f.url.split('#')[0]}&sbh-proof=${requestId}`, html, requestId };
}

// A browser for each test: flagging, once enabled, marks every error of the browser for 20 minutes.
let browser: Browser;
beforeAll(() => {
  // A ticket system, so the ticket link is there to check too.
  writePolicy({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: 'https://contoso.service-now.com/sp?id=ticket&rid={requestId}&details={details}' });
});
beforeEach(async () => {
  browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async () => {
  await browser?.close();
});
afterAll(() => removePolicy());

/** Opens the page in a new tab, answering its posts to debugmode locally; waits for its detection. */
async function showErrorPage(page = flaggingPage()) {
  const debugModePosts: string[] = [];
  const since = Date.now();
  browser.serve(page.url, page.html);
  const tab = await browser.context.newPage();
  await tab.route(DEBUG_MODE_URL, (route) => {
    debugModePosts.push(route.request().postData() ?? '');
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{}' });
  });
  await tab.goto(page.url);
  const detection = await waitForDetection(browser, (d) => d.requestId === page.requestId, since);
  return { tab, detection, debugModePosts };
}

/**
 * Presses the popup's button until the page's control has focus: the content script listens for
 * the popup only once the background has answered its report, a moment after the detection is stored.
 */
async function showControlFromPopup(popup: Page, tab: Page) {
  const button = popup.getByRole('button', { name: 'Show it on the page' });
  await expect
    .poll(async () => {
      await button.click();
      return focusedId(tab);
    })
    .toBe('setDebugMode');
}

const presses = (tab: Page) => tab.evaluate(() => (window as unknown as { presses: boolean[] }).presses);
const focusedId = (tab: Page) => tab.evaluate(() => document.activeElement?.id);

/** Records every time the extension writes the browser's flagging mark, in the service worker. */
async function recordFlaggingMarks(): Promise<() => Promise<unknown[]>> {
  const worker = await browser.worker();
  const name = `__sbhFlagging${Date.now()}`;
  await worker.evaluate(
    ([name, key]) => {
      const record: unknown[] = [];
      (globalThis as unknown as Record<string, unknown>)[name] = record;
      chrome.storage.session.onChanged.addListener((changes) => {
        if (changes[key]?.newValue !== undefined) record.push(changes[key].newValue);
      });
    },
    [name, flaggingKey(false)],
  );
  return () => worker.evaluate((name) => (globalThis as unknown as Record<string, unknown[]>)[name], name);
}

describe('Chromium: the guided flag-and-retry', () => {
  it('popup button → control in view → the person presses it → countdown → the retry in a new page is flagged, and its ticket says so', async () => {
    const { tab, detection, debugModePosts } = await showErrorPage();
    const popup = await openPopup(browser, detection.tabId);
    await popup.locator('details.flagging summary').click();
    expect(await popup.locator('details.flagging p').allInnerTexts()).toEqual([
      'It marks your next try, so IT can find it fast.',
      'Press it on the Microsoft page, in the troubleshooting details. Then, within 20 minutes, sign in again in a new window of this browser.',
    ]);
    // Microsoft's control, focused and in view: pressed by nobody yet.
    await showControlFromPopup(popup, tab);
    const where = await tab.locator('#setDebugMode').evaluate((control) => ({ top: control.getBoundingClientRect().top, bottom: control.getBoundingClientRect().bottom, height: window.innerHeight }));
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.height);
    expect(await presses(tab)).toEqual([]);
    expect(debugModePosts).toEqual([]);
    expect(await sessionStorage(browser)).not.toHaveProperty(flaggingKey(false));

    // The person presses it.
    await tab.bringToFront();
    await tab.locator('#setDebugMode').click();
    await expect.poll(() => debugModePosts.length).toBe(1);
    expect(JSON.parse(debugModePosts[0])).toEqual({ mode: 1, user: '' });
    expect(await presses(tab)).toEqual([true]);
    await expect.poll(async () => (await sessionStorage(browser))[flaggingKey(false)]).toEqual(expect.any(Number));
    const stored = await sessionStorage(browser);
    expect(JSON.stringify(stored[flaggingKey(false)])).toMatch(/^\d+$/);
    const enabledAt = new Date(stored[flaggingKey(false)] as unknown as number).toISOString();

    // The popup, still open, counts down.
    await expect.poll(() => popup.locator('p.flagging').innerText()).toMatch(/^Flagging is on: (20|19) min left \(until .+\)\. Sign in again now, in a new window of this browser\.$/);

    // The retry, in a new page of the same browser, within the 20 minutes.
    const retry = await showErrorPage(flaggingPage());
    expect(retry.detection.tabId).not.toBe(detection.tabId);
    expect(retry.detection.flaggedForReviewAt).toBe(enabledAt);
    const line = `Flagged for review: yes, at ${enabledAt.slice(11, 16)} UTC`;

    const retryPopup = await openPopup(browser, retry.detection.tabId);
    await expect.poll(() => retryPopup.locator('p.flagging').innerText()).toMatch(/min left/);
    await expect.poll(() => retryPopup.locator('[data-channel="ticket"] a').count()).toBe(1);
    const ticket = new URL((await retryPopup.locator('[data-channel="ticket"] a').getAttribute('href'))!);
    expect(ticket.searchParams.get('details')).toContain(line);
    const mail = decodeURIComponent((await retryPopup.locator('[data-channel="email"] a').getAttribute('href'))!);
    expect(mail).toContain(line);
    await retryPopup.getByRole('button', { name: 'Copy details' }).click();
    await expect.poll(() => retryPopup.evaluate(() => navigator.clipboard.readText())).toContain(line);

    for (const page of [retryPopup, retry.tab, popup, tab]) await page.close();
  });

  it('the extension never presses the control itself, and a script’s press of it (not trusted) marks nothing', async () => {
    const record = await recordFlaggingMarks();
    const { tab, detection, debugModePosts } = await showErrorPage();
    const popup = await openPopup(browser, detection.tabId);
    await popup.locator('details.flagging summary').click();
    await showControlFromPopup(popup, tab);
    expect(await presses(tab)).toEqual([]);
    expect(debugModePosts).toEqual([]);

    // A script presses it: the page acts on it, the extension does not believe it.
    await tab.evaluate(() => document.getElementById('setDebugMode')?.click());
    expect(await presses(tab)).toEqual([false]);
    // Then the person does. Messages from one tab, and storage writes, keep their order: had the
    // script's press been reported, its mark would be written before this one.
    const before = Date.now();
    await tab.bringToFront();
    await tab.locator('#setDebugMode').click();
    await expect.poll(async () => (await record()).length).toBeGreaterThan(0);
    const marks = (await record()) as number[];
    expect(marks).toHaveLength(1);
    expect(marks[0]).toBeGreaterThanOrEqual(before);
    expect(await presses(tab)).toEqual([false, true]);

    await popup.close();
    await tab.close();
  });
});
