// Device-code sign-ins in real Chromium: the device-code entry page at its real address marks its
// tab, the error that follows in the same tab (at /{tenant}/reprocess, as in the real capture) is
// stored as a device-code sign-in, an error in another tab is not, and the mark goes with the tab.
import { describe, expect, it } from 'vitest';
import { deviceCodeKey, tabKey } from '../../src/detection/detection-keys';
import { fixture } from '../fixtures/index.mjs';
import { type Browser, openPopup, recordStoredDetections, sessionStorage, tabIdOf, useChromium, visit, waitForDetection } from './chromium-helpers';
import { knownPositivePage } from './known-positive';

const browser = useChromium();
const entry = fixture('negative-device-code-entry');

/** Opens the device-code entry page in a new tab and waits until the extension has marked that tab. */
async function showEntryPage(browser: Browser) {
  const page = await visit(browser, entry.url, entry.html);
  const tabId = await tabIdOf(browser, page);
  await expect.poll(async () => (await sessionStorage(browser))[deviceCodeKey(tabId)], { message: `tab ${tabId} marked as a device-code entry page` }).toEqual(expect.any(Number));
  return { page, tabId };
}

describe('Chromium: device-code sign-ins', () => {
  it('the entry page is served at its real address, and the extension keeps only the time for its tab', async () => {
    expect(entry.url).toBe('https://login.microsoftonline.com/common/oauth2/deviceauth');
    const { page, tabId } = await showEntryPage(browser);
    const stored = await sessionStorage(browser);
    expect(stored).not.toHaveProperty(tabKey(tabId));
    expect(JSON.stringify(stored[deviceCodeKey(tabId)])).toMatch(/^\d+$/);
    await page.close();
  });

  it('the error that follows in the same tab is stored as a device-code sign-in', async () => {
    const record = await recordStoredDetections(browser);
    const { page, tabId } = await showEntryPage(browser);
    // As in the real flow: the code is entered, the sign-in goes on in the same tab, and the block arrives at /{tenant}/reprocess.
    const error = knownPositivePage();
    expect(new URL(error.url).pathname).toMatch(/^\/[0-9a-f-]{36}\/reprocess$/);
    const since = Date.now();
    browser.serve(error.url, error.html);
    await page.goto(error.url);
    const detection = await waitForDetection(browser, (d) => d.requestId === error.requestId, since);
    expect(detection).toMatchObject({ tabId, errorCode: '53003', deviceCodeSignIn: true });
    const writes = (await record()).filter((w) => w.requestId === error.requestId);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((w) => w.deviceCodeSignIn === true), JSON.stringify(writes)).toBe(true);
    // The real capture behind this page (a CLI's device-code sign-in, "Device state: Registered")
    // was once told to enrol the device: now the help puts signing in without a device code first.
    const popup = await openPopup(browser, tabId);
    const firstStep = popup.locator('.checklist li').first();
    await expect.poll(() => firstStep.getAttribute('data-step')).toBe('sign_in_without_device_code');
    await expect.poll(() => popup.locator('.checklist li[data-step="enroll_device"]').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('an error in another tab is not, and closing the entry page’s tab forgets its mark', async () => {
    const record = await recordStoredDetections(browser);
    const { page: entryPage, tabId: entryTab } = await showEntryPage(browser);
    const error = knownPositivePage();
    const since = Date.now();
    const errorPage = await visit(browser, error.url, error.html);
    const detection = await waitForDetection(browser, (d) => d.requestId === error.requestId, since);
    expect(detection.tabId).not.toBe(entryTab);
    expect(detection).not.toHaveProperty('deviceCodeSignIn');
    const writes = (await record()).filter((w) => w.requestId === error.requestId);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter((w) => w.deviceCodeSignIn !== undefined), 'no write of the other tab’s error has the flag').toEqual([]);
    expect(await sessionStorage(browser)).toHaveProperty(deviceCodeKey(entryTab));
    await entryPage.close();
    await expect.poll(async () => Object.keys(await sessionStorage(browser)), { message: `tab ${entryTab}’s mark forgotten` }).not.toContain(deviceCodeKey(entryTab));
    await errorPage.close();
  });

  it('leaving the error forgets the mark with it: the next error in that tab is not a device-code sign-in', async () => {
    const { page, tabId } = await showEntryPage(browser);
    const first = knownPositivePage();
    let since = Date.now();
    browser.serve(first.url, first.html);
    await page.goto(first.url);
    expect(await waitForDetection(browser, (d) => d.requestId === first.requestId, since)).toMatchObject({ deviceCodeSignIn: true });
    const second = knownPositivePage();
    since = Date.now();
    browser.serve(second.url, second.html);
    await page.goto(second.url);
    const detection = await waitForDetection(browser, (d) => d.requestId === second.requestId, since);
    expect(detection.tabId).toBe(tabId);
    expect(detection).not.toHaveProperty('deviceCodeSignIn');
    expect(await sessionStorage(browser)).not.toHaveProperty(deviceCodeKey(tabId));
    await page.close();
  });
});
