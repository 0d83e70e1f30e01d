// The help view on a phone: Chromium emulating a 360 x 740 touch screen (isMobile, hasTouch) with
// Edge for Android's user agent. The first screen's actions are in view without scrolling, nothing
// scrolls sideways, every control is at least 24 x 24 CSS px (WCAG 2.2, 2.5.8 Target Size
// (Minimum)), and a tap copies the details. The options page fits the width too.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Browser, useChromium, visitAndDetect } from './chromium-helpers';
import { type Fixture, fixture } from '../fixtures/index.mjs';

/** Edge for Android (the phone browser whose organisations can deploy the extension by policy). */
const EDGE_ANDROID_UA = 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Mobile Safari/537.36 EdgA/142.0.0.0';
const PHONE = { width: 360, height: 740 };
/** WCAG 2.2 success criterion 2.5.8: https://www.w3.org/TR/WCAG22/#target-size-minimum */
const MIN_TARGET = 24;

/** The real registered-Windows 53003 page as an unregistered Android phone would get it (platform and state swapped in). */
function androidPage(): Fixture {
  const f = fixture('53003-registered-windows');
  const html = f.html.replaceAll('0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7', 'Not available').replaceAll('Registered', 'Unregistered').replaceAll('Windows 10', 'Android');
  return { ...f, html, expected: { ...f.expected!, deviceId: 'Not available', deviceState: 'Unregistered', devicePlatform: 'Android' } };
}

const browser: Browser = useChromium({ userAgent: EDGE_ANDROID_UA, isMobile: true, hasTouch: true }, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));
let tabId: number;
beforeAll(async () => {
  tabId = (await visitAndDetect(browser, androidPage())).detection.tabId;
});

async function onPhone(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(path);
  return page;
}

/**
 * Every control smaller than the minimum target in either direction, with its size. A checkbox's
 * target is the box with its label (a tap on either ticks it); a label alone is no control.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = [...document.querySelectorAll<HTMLElement>('button, a[href], summary, input, select, textarea')].filter((el) => el.getClientRects().length > 0);
    return controls.flatMap((el) => {
      const boxes = [el, ...((el as HTMLInputElement).labels ?? [])].map((part) => part.getBoundingClientRect());
      const width = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
      const height = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
      if (width >= min && height >= min) return [];
      return [`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}" ${width.toFixed(1)} x ${height.toFixed(1)}`];
    });
  }, MIN_TARGET);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('Chromium as a 360 x 740 phone', () => {
  it('shows the first screen’s actions without scrolling, and a tap copies the details', async () => {
    const popup = await onPhone(browser.popupUrl(tabId));
    await popup.locator('.contact').waitFor();
    expect(await popup.evaluate(() => [innerWidth, innerHeight])).toEqual([PHONE.width, PHONE.height]);
    for (const selector of ['h1', '.cause', '.contact button.primary', '[data-channel="phone"] a', '[data-channel="email"] a', '.key-ids [data-field="requestId"] .id']) {
      const box = (await popup.locator(selector).first().boundingBox())!;
      expect(box.y + box.height, `${selector} ends within the screen`).toBeLessThanOrEqual(PHONE.height);
      expect(box.x + box.width, `${selector} ends within the width`).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await popup.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
    await popup.locator('.contact button.primary').tap();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/copied/i);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200');
    await popup.close();
  });

  it('opened all the way, nothing scrolls sideways and every control is at least 24 x 24 px', async () => {
    const popup = await onPhone(browser.popupUrl(tabId));
    await popup.locator('.contact').waitFor();
    await popup.locator('details.flagging summary').tap();
    await popup.locator('details.all-details summary').tap();
    await popup.locator('.details').waitFor();
    expect(await sideways(popup)).toBe(0);
    expect(await smallTargets(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page fits the phone’s width, its controls at least 24 x 24 px', async () => {
    const options = await onPhone(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.locator('form').waitFor();
    expect(await sideways(options)).toBe(0);
    expect(await smallTargets(options)).toEqual([]);
    await options.close();
  });
});
