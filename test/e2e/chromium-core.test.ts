// The core path in real Chromium with the built extension (dist/chrome): error page -> badge ->
// popup shows the IDs -> copy puts them on the clipboard -> the ticket link carries them; the
// in-page notice opens the help view; pages without a sign-in error get nothing. No network:
// every page is served at its real https URL from test/fixtures.
import { describe, expect, it } from 'vitest';
import { badge, openPopup, recordStoredDetections, sessionStorage, useChromium, visit, visitAndDetect, waitForDetection } from './chromium-helpers';
import { knownPositivePage } from './known-positive';
import { flowSecrets, loadFixtures } from '../fixtures/index.mjs';
import { noticeButton } from './notice';
import { tabKey } from '../../src/detection/detection-keys';

const fixtures = loadFixtures();
const positives = fixtures.filter((f) => f.expected);
const negatives = fixtures.filter((f) => !f.expected);

const browser = useChromium({}, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));

describe('Chromium: detection, badge, popup, copy, ticket', () => {
  it.each(positives.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const expected = f.expected!;
    const { page, detection } = await visitAndDetect(browser, f);
    expect(detection.host).toBe(new URL(f.url).hostname);

    expect(await badge(browser, detection.tabId)).toEqual({ text: '!', title: 'Sign-in blocked: click for help' });

    const popup = await openPopup(browser, detection.tabId);
    // The full list is one tap away (the IDs are in view above it).
    await popup.locator('details.all-details summary').click();
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

    const ticket = popup.getByRole('link', { name: /write an email/i });
    const href = (await ticket.getAttribute('href'))!;
    expect(href.startsWith('mailto:')).toBe(true);
    expect(href.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(href);
    for (const value of [expected.errorCode, expected.requestId, expected.correlationId]) if (value) expect(body).toContain(value);

    // No flow token anywhere the extension keeps or hands out anything.
    const stored = JSON.stringify(await sessionStorage(browser));
    const popupHtml = await popup.content();
    for (const secret of flowSecrets(f)) {
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

describe('Chromium: the popup\'s first reads', () => {
  it('runs read-early.js, whose reads of storage the popup then shows', async () => {
    // popup/read-early.js reads storage before the popup's own script has arrived (BENCHMARKS.md);
    // test/e2e/budgets.test.ts checks that the page asks for it first.
    const known = knownPositivePage();
    const { page, detection } = await visitAndDetect(browser, { name: 'known positive', ...known, expected: null }, (d) => d.requestId === known.requestId);
    const popup = await openPopup(browser, detection.tabId);
    await expect.poll(() => popup.locator('.contact').innerText()).toContain(known.requestId);
    const seen = await popup.evaluate(async () => {
      const first = (window as unknown as { signInBlockHelperFirstReads?: { session: Promise<Record<string, unknown>>; activeTab?: unknown } }).signInBlockHelperFirstReads;
      return { session: first && Object.keys(await first.session), askedForTab: first?.activeTab !== undefined };
    });
    expect(seen.session, 'the reads ran and read the detection').toContain(tabKey(detection.tabId));
    expect(seen.askedForTab, 'opened for a tab (?tab=): no query for the active one').toBe(false);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: pages that must get nothing', () => {
  it.each(negatives.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const stored = await recordStoredDetections(browser);
    const page = await visit(browser, f.url, f.html);
    await page.waitForLoadState('load');
    expect(await noticeButton(page)).toBeNull();
    // Then a known error page in the same tab: once it is detected, whatever the extension made of
    // the page before it has been stored too (one tab's pages reach the background in order).
    const proof = knownPositivePage();
    const since = Date.now();
    browser.serve(proof.url, proof.html);
    await page.goto(proof.url);
    await waitForDetection(browser, (d) => d.requestId === proof.requestId, since);
    expect((await stored()).filter((d) => d.requestId !== proof.requestId), 'no new detection').toEqual([]);
    await page.close();
  });

  it('the same browser does see a real error page (so the negatives above are meaningful)', async () => {
    const positive = positives.find((f) => f.expected?.errorCode === '53003')!;
    const { page } = await visitAndDetect(browser, positive, (d) => d.requestId === positive.expected!.requestId);
    await expect.poll(() => noticeButton(page)).not.toBeNull();
    await page.close();
  });
});
