// The help view and the options page in an Arabic Chromium (--lang=ar): right to left and
// mirrored, with the IDs, the UTC time, phone numbers, e-mail addresses and host names still
// reading left to right inside, the copied details unchanged, and no axe-core violations in light
// or dark mode. It reads its expectations from src/locales/ar, so it holds for any Arabic text.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openPopup, useChromium, visitAndDetect } from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';
import { removePolicy, writePolicy } from './policy';

const POLICY = {
  supportName: 'Contoso IT',
  supportEmail: 'servicedesk@contoso.com',
  supportPhone: '+1 555 0100',
  supportUrl: 'https://help.contoso.com/',
  orgMessage: 'Connect to the Contoso VPN first.',
};
const ARABIC = JSON.parse(readFileSync('src/locales/ar/popup.json', 'utf8')) as Record<string, string>;
const f = fixture('53003-registered-windows');
const expected = f.expected!;

// Chromium reads the policy as it starts: written before the browser is launched.
beforeAll(() => writePolicy(POLICY));
afterAll(() => removePolicy());
const browser = useChromium({ locale: 'ar', timezoneId: 'Europe/Berlin' }, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));
let tabId: number;
beforeAll(async () => {
  tabId = (await visitAndDetect(browser, f)).detection.tabId;
});

/** The help view with the policy applied and its folded parts open. */
async function helpView(colorScheme: 'light' | 'dark'): Promise<Page> {
  const popup = await openPopup(browser, tabId);
  await popup.emulateMedia({ colorScheme });
  await expect.poll(() => popup.locator('[data-channel="portal"]').count()).toBe(1);
  await popup.locator('details.flagging summary').click();
  await popup.locator('details.all-details summary').click();
  await popup.locator('.details').waitFor();
  return popup;
}

/**
 * Whether `text`, inside the element, is laid out left to right: its first character is drawn to
 * the left of its last. In a right-to-left line, "+1 555 0100" without isolation is drawn "0100 555 1+".
 */
function readsLeftToRight(element: Locator, text: string): Promise<boolean> {
  return element.evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const charBox = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      return charBox(at).left < charBox(at + wanted.length - 1).left;
    }
    throw new Error(`"${wanted}" is not in ${el.outerHTML.slice(0, 200)}`);
  }, text);
}

const box = async (locator: Locator) => (await locator.first().boundingBox())!;

describe('Chromium in Arabic', () => {
  it('lays the help view out right to left, in Arabic', async () => {
    const popup = await helpView('light');
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await popup.locator('#try-heading').innerText()).toBe(ARABIC.tryThisHeading);
    expect(await popup.locator('.contact button.primary').innerText()).toBe(ARABIC.copyDetails);
    // Mirrored: the icon before the name is on the right; buttons start at the right; each ID's
    // label is on the right and its copy button on the left; a step's box is right of its text;
    // the organisation's message has its bar on the right.
    expect((await box(popup.locator('.brand img'))).x).toBeGreaterThan((await box(popup.locator('.brand span'))).x);
    const card = await box(popup.locator('.contact'));
    const copyAll = await box(popup.locator('.contact button.primary'));
    expect(card.x + card.width - (copyAll.x + copyAll.width)).toBeLessThan(20);
    const requestId = popup.locator('.key-ids [data-field="requestId"]');
    expect((await box(requestId.locator('dt'))).x).toBeGreaterThan((await box(requestId.locator('.copy-one'))).x);
    const step = popup.locator('.checklist label').first();
    expect((await box(step.locator('input'))).x).toBeGreaterThan((await box(step.locator('span'))).x);
    expect(await popup.locator('.org-message').evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth])).toEqual(['4px', '0px']);
    await popup.close();
  });

  it('keeps IDs, the UTC time, the phone number, the e-mail address and the host left to right', async () => {
    const popup = await helpView('light');
    expect(await readsLeftToRight(popup.locator('.key-ids [data-field="requestId"] .id'), expected.requestId!)).toBe(true);
    expect(await readsLeftToRight(popup.locator('.key-ids .error-time'), '2026-01-20 21:33 UTC')).toBe(true);
    expect(await readsLeftToRight(popup.locator('[data-channel="phone"] .channel-detail'), POLICY.supportPhone)).toBe(true);
    expect(await readsLeftToRight(popup.locator('[data-channel="email"] .channel-detail'), POLICY.supportEmail)).toBe(true);
    expect(await readsLeftToRight(popup.locator('[data-channel="portal"] .channel-detail'), 'help.contoso.com')).toBe(true);
    expect(await readsLeftToRight(popup.locator('.details [data-field="ipAddress"] .value'), expected.ipAddress!)).toBe(true);
    expect(await readsLeftToRight(popup.locator('.details [data-field="timestamp"] .value'), expected.timestamp!)).toBe(true);
    expect(await readsLeftToRight(popup.locator('.org-message p + p'), POLICY.orgMessage)).toBe(true);

    // What is copied is the text itself, without the marks that keep it left to right on screen.
    await popup.locator('.contact button.primary').click();
    await expect.poll(() => popup.getByRole('status').innerText()).not.toBe('');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`: ${expected.requestId}`);
    expect(copied).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    await popup.close();
  });

  it('lays the options page out right to left, with addresses typed left to right', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.locator('form').waitFor();
    expect(await options.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const email = options.locator('input[type="email"]').first();
    expect(await email.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');
    await options.close();
  });

  describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
    it('finds no violations in the help view', async () => {
      const popup = await helpView(colorScheme);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('finds no violations in the options page', async () => {
      const options = await browser.context.newPage();
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
      await options.locator('form').waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  });
});
