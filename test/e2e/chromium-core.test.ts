// The core path in real Chromium with the built extension (dist/chrome): error page -> badge ->
// popup shows the IDs -> copy puts them on the clipboard -> the ticket link carries them; the
// in-page notice opens the help view; pages without a sign-in error get nothing. No network:
// every page is served at its real https URL from test/fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { type Browser, badge, openPopup, sessionStorage, visit, waitForDetection } from './chromium-helpers';
import { flowSecrets, loadFixtures } from './fixtures';
import { noticeButton } from './notice';

const fixtures = loadFixtures();
const positives = fixtures.filter((f) => f.expected);
const negatives = fixtures.filter((f) => !f.expected);

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: detection, badge, popup, copy, ticket', () => {
  it.each(positives.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const expected = f.expected!;
    const since = Date.now();
    const page = await visit(browser, f.url, f.html);
    const detection = await waitForDetection(browser, (d) => d.errorCode === expected.errorCode && d.requestId === expected.requestId && (!expected.timestamp || d.timestamp === expected.timestamp),
      since,
    );
    expect(detection.host).toBe(new URL(f.url).hostname);

    expect(await badge(browser, detection.tabId)).toEqual({ text: '!', title: 'Sign-in blocked: click for help' });

    const popup = await openPopup(browser, detection.tabId);
    const shown = popup.locator('.details');
    for (const value of [expected.errorCode, expected.requestId, expected.correlationId, expected.timestamp]) {
      if (value) await expect.poll(() => shown.innerText()).toContain(value);
    }

    await popup.getByRole('button', { name: 'Copy details' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/copied/i);
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(`Error Code: ${expected.errorCode}`);
    if (expected.requestId) expect(clipboard).toContain(`Request Id: ${expected.requestId}`);
    if (expected.correlationId) expect(clipboard).toContain(`Correlation Id: ${expected.correlationId}`);

    const ticket = popup.getByRole('link', { name: /email it/i });
    const href = (await ticket.getAttribute('href'))!;
    expect(href.startsWith('mailto:')).toBe(true);
    expect(href.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(href);
    for (const value of [expected.errorCode, expected.requestId, expected.correlationId]) if (value) expect(body).toContain(value);

    // No flow token anywhere the extension keeps or hands out anything.
    const stored = JSON.stringify(await sessionStorage(browser));
    const popupHtml = await popup.content();
    for (const secret of flowSecrets(f.html)) {
      for (const [where, text] of [['storage', stored], ['clipboard', clipboard], ['ticket', body], ['popup', popupHtml]]) {
        expect(text.includes(secret), `flow token in ${where}`).toBe(false);
      }
    }
    // Page text is shown as text: the hostile fixture's markup must not become elements.
    expect(await popup.locator('.help :is(img, svg, script, iframe):not(.brand img)').count()).toBe(0);

    await popup.close();
    await page.close();
  });
});

describe('Chromium: pages that must get nothing', () => {
  it.each(negatives.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const before = Object.keys(await sessionStorage(browser)).filter((k) => k.startsWith('tab:'));
    const page = await visit(browser, f.url, f.html);
    await page.waitForLoadState('load');
    // Give a content script time to act if it wrongly would; then prove it would have been seen.
    await page.waitForTimeout(1500);
    const after = Object.keys(await sessionStorage(browser)).filter((k) => k.startsWith('tab:'));
    expect(after.filter((key) => !before.includes(key)), "no new detection").toEqual([]);
    expect(await noticeButton(page)).toBeNull();
    await page.close();
  });

  it('the same browser does see a real error page (so the negatives above are meaningful)', async () => {
    const positive = positives.find((f) => f.expected?.errorCode === '53003')!;
    const since = Date.now();
    const page = await visit(browser, positive.url, positive.html);
    await waitForDetection(browser, (d) => d.requestId === positive.expected!.requestId, since);
    await expect.poll(() => noticeButton(page)).not.toBeNull();
    await page.close();
  });
});
