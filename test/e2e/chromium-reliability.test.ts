// Reliability in real Chromium: many error tabs at once each keep their own detection, a page that
// draws its details late is still caught (and one that draws them very late is not watched
// forever), leaving for another site and coming back restores the badge (loaded again, and restored
// from the back/forward cache), and reloading the extension under an open error page raises no
// errors and leaves it working.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection/detection';
import { SETTLE_MS } from '../../content/watch-timing';
import { tabDetectionsIn, tabKey } from '../../src/detection/detection-keys';
import { findBlock } from '../../src/knowledge/sign-in-blocks';
import { SIGN_IN_HOSTS, type SignInHost } from '../../src/page/signin-hosts';
import {
  type Browser,
  badge,
  enableDeveloperMode,
  openPopup,
  reloadExtension,
  sessionStorage,
  tabIdOf,
  tabLoadComplete,
  useChromium,
  visit,
  waitForDetection,
} from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';
import { noticeButton } from './notice';

const HOSTS = Object.keys(SIGN_IN_HOSTS) as SignInHost[];
/** Codes the extension has advice for, from several families (Conditional Access, device, sign-in method, account). */
const CODES = ['53003', '53000', '53001', '530003', '53004', '530035', '50105', '50131', '53002', '50097'];
const BLOCKED_TITLE = 'Sign-in blocked: click for help';

interface Variant {
  requestId: string;
  correlationId: string;
  timestamp: string;
  code: string;
}

/** Replaces every occurrence of `from` in `html`, and fails loudly when the fixture no longer has it. */
function swap(html: string, from: string, to: string, times: number): string {
  const found = html.split(from).length - 1;
  if (found !== times) throw new Error(`Expected ${times}× "${from}" in the fixture, found ${found}`);
  return html.replaceAll(from, to);
}

function newVariant(i: number): Variant {
  const time = new Date(Date.UTC(2026, 1, 3, 9, 0, 0) + i * 61_123).toISOString(); // e.g. 2026-02-03T09:01:01.123Z
  return { requestId: randomUUID(), correlationId: randomUUID(), timestamp: time, code: CODES[i % CODES.length] };
}

/** The registered-Windows page (panel and `$Config`) with other IDs, timestamp and code. */
function errorPage(v: Variant): string {
  let html = fixture('53003-registered-windows').html;
  html = swap(html, 'e289bbe9-276a-4154-ba5e-08a32afa0200', v.requestId, 2); // panel + $Config.sessionId
  html = swap(html, '1e2775c3-f8be-45c3-8d8e-3c6cc9a73886', v.correlationId, 2); // panel + $Config.correlationId
  html = swap(html, '2026-01-20T21:33:18.342Z', v.timestamp, 1);
  html = swap(html, '<span>53003</span>', `<span>${v.code}</span>`, 1);
  html = swap(html, '"sErrorCode":"53003"', `"sErrorCode":"${v.code}"`, 1);
  return swap(html, 'AADSTS53003:', `AADSTS${v.code}:`, 1);
}

/** The late-render page (panel inserted by the page's own timer; `$Config` has the code only) with fresh IDs and delay. */
function lateErrorPage(v: Variant, delayMs: number): string {
  let html = fixture('53003-late-render').html;
  html = swap(html, '790d21d9-68fb-457f-b1a4-674c11e3bf00', v.requestId, 1);
  html = swap(html, '62e76ee1-52af-46d3-ba8f-3f0be6aea289', v.correlationId, 1);
  html = swap(html, '2026-09-03T13:32:53.761Z', v.timestamp, 1);
  return swap(html, '}, 1500);', `}, ${delayMs});`, 1);
}

const errorUrl = (host: string, label: string) => `https://${host}/organizations/reprocess?sbh-test=${label}`;

async function detectionOfTab(browser: Browser, tabId: number): Promise<Detection | undefined> {
  return (await sessionStorage(browser))[tabKey(tabId)];
}

/**
 * Waits until the content script has acted on the DOM changes made so far: its observer ran when
 * the change's task ended and armed a timer of SETTLE_MS, so a timer armed now, in the same frame,
 * with at least that delay fires after it (timers of one frame fire in order). The script's look,
 * message and reaction all finish within its timer's task.
 */
async function afterContentScriptSettled(page: Page): Promise<void> {
  await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), 2 * SETTLE_MS);
}

/** Errors seen in a page: uncaught exceptions (any world, content scripts included) and console errors. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    // The fixtures link Microsoft's CDN; the tests serve no network, so those loads fail by design.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

describe('Chromium: reliability', () => {
  const browser = useChromium();
  it('twenty tabs with different errors each keep their own detection, badge and popup', async () => {
    const since = Date.now();
    const tabs = Array.from({ length: 20 }, (_, i) => {
      const variant = newVariant(i);
      const host = HOSTS[i % HOSTS.length];
      return { variant, host, url: errorUrl(host, `tab-${i}`), page: undefined as Page | undefined, tabId: -1 };
    });
    expect(tabs.every((t) => findBlock(t.variant.code))).toBe(true);
    expect(new Set(tabs.map((t) => SIGN_IN_HOSTS[t.host])).size).toBeGreaterThanOrEqual(5);
    // A sign-in page without an error among them: its badge must stay empty, so the "!" is per tab.
    const plain = fixture('negative-converged-signin');
    browser.serve(plain.url, plain.html);
    const plainPage = await browser.context.newPage();
    await plainPage.goto(plain.url);

    for (let start = 0; start < tabs.length; start += 5) {
      await Promise.all(
        tabs.slice(start, start + 5).map(async (tab) => {
          tab.page = await visit(browser, tab.url, errorPage(tab.variant));
        }),
      );
    }

    const requestIds = tabs.map((t) => t.variant.requestId);
    await expect
      .poll(async () => {
        const stored = tabDetectionsIn(await sessionStorage(browser)).filter(([, d]) => Date.parse(d.capturedAt) >= since);
        return requestIds.filter((id) => stored.some(([, d]) => d.requestId === id)).length;
      }, { timeout: 20_000 })
      .toBe(20);

    const stored = await sessionStorage(browser);
    for (const tab of tabs) {
      tab.tabId = await tabIdOf(browser, tab.page!);
      const detection = stored[tabKey(tab.tabId)];
      expect(detection, `tab ${tab.url}`).toMatchObject({
        tabId: tab.tabId,
        requestId: tab.variant.requestId,
        correlationId: tab.variant.correlationId,
        timestamp: tab.variant.timestamp,
        timestampSource: 'page',
        errorCode: tab.variant.code,
        host: tab.host,
        cloud: SIGN_IN_HOSTS[tab.host],
      });
      expect(await badge(browser, tab.tabId)).toEqual({ text: '!', title: BLOCKED_TITLE });
    }
    expect(new Set(tabs.map((t) => t.tabId)).size).toBe(20);
    const plainTabId = await tabIdOf(browser, plainPage);
    expect(stored[tabKey(plainTabId)]).toBeUndefined();
    expect((await badge(browser, plainTabId)).text).toBe('');

    // One popup at a time: each shows its own tab's Request Id, and no other tab's.
    for (const tab of tabs) {
      const popup = await openPopup(browser, tab.tabId);
      await expect.poll(() => popup.locator('.details [data-field="requestId"] .value').textContent()).toBe(tab.variant.requestId);
      await expect.poll(() => popup.locator('.details [data-field="correlationId"] .value').textContent()).toBe(tab.variant.correlationId);
      // About this tab: no "in another tab or an earlier page" line.
      expect(await popup.locator('.where').count()).toBe(0);
      const text = await popup.locator('main').innerText();
      expect(requestIds.filter((id) => id !== tab.variant.requestId && text.includes(id))).toEqual([]);
      await popup.close();
    }
    await Promise.all([plainPage, ...tabs.map((t) => t.page!)].map((p) => p.close()));
  });

  it('a page that shows its details 5 s after loading is still caught, with full IDs and the page time', async () => {
    const variant = newVariant(50);
    const since = Date.now();
    const page = await visit(browser, errorUrl('login.microsoft.com', 'late-5s'), lateErrorPage(variant, 5000));
    const tabId = await tabIdOf(browser, page);
    // First only the code from $Config, with the capture time standing in...
    const early = await waitForDetection(browser, (d) => d.tabId === tabId && d.errorCode === '53003', since);
    expect(early.requestId).toBeUndefined();
    expect(early.timestampSource).toBe('capture');
    // ...then the panel, seconds later.
    const full = await waitForDetection(browser, (d) => d.tabId === tabId && d.requestId === variant.requestId, since, 12_000);
    expect(full).toMatchObject({ errorCode: '53003', correlationId: variant.correlationId, timestamp: variant.timestamp, timestampSource: 'page' });
    expect(Date.parse(full.capturedAt) - Date.parse(early.capturedAt)).toBeGreaterThan(3500);
    expect((await badge(browser, tabId)).text).toBe('!');
    await page.close();
  });

  it('leaving for a non-sign-in site clears the badge, and going back brings it back', async () => {
    const variant = newVariant(60);
    const since = Date.now();
    const page = await visit(browser, errorUrl('login.partner.microsoftonline.cn', 'back'), errorPage(variant));
    const tabId = await tabIdOf(browser, page);
    await waitForDetection(browser, (d) => d.tabId === tabId && d.requestId === variant.requestId, since);
    expect((await badge(browser, tabId)).text).toBe('!');

    browser.serve('https://example.com/', '<!DOCTYPE html><title>Example Domain</title><h1>Example Domain</h1>');
    await page.goto('https://example.com/');
    await expect.poll(async () => badge(browser, tabId)).toEqual({ text: '', title: '' });
    expect(await detectionOfTab(browser, tabId)).toBeUndefined();

    const sinceBack = Date.now();
    await page.goBack();
    expect(page.url()).toContain('sbh-test=back');
    // Restored from the back/forward cache (the script runs no second time and resends on pageshow) or
    // loaded again: either way. (Playwright starts Chromium with --disable-back-forward-cache, so here it loads again.)
    const back = await waitForDetection(browser, (d) => d.tabId === tabId && d.requestId === variant.requestId, sinceBack);
    expect(back.correlationId).toBe(variant.correlationId);
    await expect.poll(async () => badge(browser, tabId)).toEqual({ text: '!', title: BLOCKED_TITLE });
    // And it stays: nothing that runs late for the navigation takes it away again. The last of
    // those is the browser's word that the tab finished loading.
    await tabLoadComplete(browser, tabId);
    expect((await detectionOfTab(browser, tabId))?.requestId).toBe(variant.requestId);
    expect((await badge(browser, tabId)).text).toBe('!');
    await page.close();
  });
});

describe('Chromium with the back/forward cache on', () => {
  const browser = useChromium({ backForwardCache: true });

  it('a page restored from the cache (its script does not run again) gets its badge and detection back', async () => {
    const variant = newVariant(61);
    const since = Date.now();
    // The page counts its own restores, so the test knows the cache was really used.
    const html = errorPage(variant).replace('</body>', '<script>addEventListener("pageshow", (e) => { if (e.persisted) window.sbhRestored = (window.sbhRestored || 0) + 1; });</script></body>');
    const page = await visit(browser, errorUrl('login.microsoftonline.us', 'bfcache'), html);
    const tabId = await tabIdOf(browser, page);
    await waitForDetection(browser, (d) => d.tabId === tabId && d.requestId === variant.requestId, since);

    browser.serve('https://example.com/', '<!DOCTYPE html><title>Example Domain</title><h1>Example Domain</h1>');
    await page.goto('https://example.com/');
    await expect.poll(async () => badge(browser, tabId)).toEqual({ text: '', title: '' });
    expect(await detectionOfTab(browser, tabId)).toBeUndefined();

    const sinceBack = Date.now();
    // A restored page fires no load event: wait for the commit only.
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { sbhRestored?: number }).sbhRestored)).toBe(1);
    const back = await waitForDetection(browser, (d) => d.tabId === tabId && d.requestId === variant.requestId, sinceBack);
    expect(back.correlationId).toBe(variant.correlationId);
    await expect.poll(async () => badge(browser, tabId)).toEqual({ text: '!', title: BLOCKED_TITLE });
    await page.close();
  });
});

describe('Chromium: reloading the extension under an open error page', () => {
  /** Console errors of every service worker started after the launch (the reloaded ones). */
  const workerErrors: string[] = [];
  const browser = useChromium({}, async (b) => {
    await enableDeveloperMode(b);
    b.context.on('serviceworker', (worker) => {
      worker.on('console', (m) => {
        if (m.type() === 'error') workerErrors.push(m.text());
      });
    });
  });

  /** Opens an error page with a fresh variant and waits until it is detected and its notice is shown. */
  async function openDetected(label: string, host: SignInHost): Promise<{ page: Page; tabId: number; errors: string[] }> {
    const variant = newVariant(70);
    const since = Date.now();
    const url = errorUrl(host, label);
    browser.serve(url, errorPage(variant));
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    const detection = await waitForDetection(browser, (d) => d.requestId === variant.requestId, since);
    await expect.poll(() => noticeButton(page)).not.toBeNull();
    return { page, tabId: detection.tabId, errors };
  }

  it('raises no errors in the page or the new worker, and the same tab is detected again after navigating', async () => {
    const { page, tabId, errors } = await openDetected('before-reload', 'login.microsoftonline.us');
    const worker = await reloadExtension(browser);
    await worker.evaluate(() => {
      const g = globalThis as unknown as { uncaught: string[] };
      g.uncaught = [];
      addEventListener('error', (e) => g.uncaught.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => g.uncaught.push(String(e.reason)));
    });
    // Session storage went with the old extension.
    expect(await detectionOfTab(browser, tabId)).toBeUndefined();

    // The page keeps changing under the cut-off content script, which must notice and stop quietly.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'AADSTS53003: Access has been blocked by Conditional Access policies.';
      document.body.append(p);
    });
    await afterContentScriptSettled(page);

    const next = newVariant(71);
    const since = Date.now();
    const nextUrl = errorUrl('login.sovcloud-identity.sg', 'after-reload');
    browser.serve(nextUrl, errorPage(next));
    await page.goto(nextUrl);
    const detection = await waitForDetection(browser, (d) => d.requestId === next.requestId, since);
    expect(detection).toMatchObject({ tabId, correlationId: next.correlationId, errorCode: next.code, cloud: 'sovereign-sg' });
    expect(await badge(browser, tabId)).toEqual({ text: '!', title: BLOCKED_TITLE });

    expect(errors.filter((e) => /Extension context invalidated/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await worker.evaluate(() => (globalThis as unknown as { uncaught: string[] }).uncaught)).toEqual([]);
    expect(workerErrors).toEqual([]);
    await page.close();
  });

  it('clicking the in-page notice left from before the reload raises no uncaught error', async () => {
    const { page, errors } = await openDetected('notice-after-reload', 'login.windows.net');
    await reloadExtension(browser);
    const button = await noticeButton(page);
    expect(button).not.toBeNull(); // the old script's notice is still on the page
    await page.mouse.click(button!.x, button!.y);
    // The old script finds its extension gone and takes its notice away: the click has been handled
    // to the end, rejection included. (An error thrown on the way would leave the notice there.)
    await expect.poll(() => noticeButton(page), { message: `the cut-off notice to go away after the click; errors: ${errors.join(' | ')}` }).toBeNull();
    // Errors reach the test as protocol events, which arrive before the answer to a later call.
    await page.evaluate(() => 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
