// The first screen of the popup in real Chromium, at Chrome's toolbar-popup size (380 x 600): the
// headline, "Copy details" and the contact are in view without scrolling, with no settings, under a
// full policy, and in German (the longest texts); the page's help line is offered as a call; the
// error's time is shown on the person's clock too; and copying says so visibly.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { type Browser, visitAndDetect } from './chromium-helpers';
import { type Fixture, fixture } from '../fixtures/index.mjs';
import { removePolicy, writePolicy } from './policy';

/** The real registered-Windows 53003 page as it reads when the browser presents no device identity: the everyday case. */
function unregisteredWindowsPage(): Fixture {
  const f = fixture('53003-registered-windows');
  const html = f.html.replaceAll('0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7', 'Not available').replaceAll('Registered', 'Unregistered');
  return { ...f, html, expected: { ...f.expected!, deviceId: 'Not available', deviceState: 'Unregistered' } };
}

const page = unregisteredWindowsPage();
const expected = page.expected!;
// The page's note ("Need help! Contact … at 901-636-6100") and the number in it, read here by hand.
const note = expected.branding!;
const noteNumber = note.match(/\+?\d[\d ()-]+\d/)![0];
const TIME_ZONE = 'Europe/Berlin'; // the page's 21:33 UTC is 22:33 there, on the same day
/** Text set into a sentence is isolated (U+2068 … U+2069, src/text/isolate.ts), so it keeps its direction in Arabic and Hebrew too. */
const isolated = (text: string) => `\u2068${text}\u2069`;

const POLICY = {
  supportName: 'Contoso IT Service Desk',
  supportEmail: 'servicedesk@contoso.com',
  supportPhone: '+1 555 0100',
  supportUrl: 'https://help.contoso.com/',
  ticketUrlTemplate: 'https://contoso.service-now.com/sp?id=ticket&rid={requestId}&cid={correlationId}',
  orgMessage: 'Connect to the Contoso VPN first, then try again.',
};

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  removePolicy();
});
afterAll(() => removePolicy());

async function firstScreen(options: { locale?: string; policy?: Record<string, unknown> } = {}): Promise<Page> {
  if (options.policy) writePolicy(options.policy);
  browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, locale: options.locale, timezoneId: TIME_ZONE });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { detection } = await visitAndDetect(browser, page, (d) => d.requestId === expected.requestId);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.popupUrl(detection.tabId));
  await popup.locator('.contact').waitFor();
  if (options.policy) await expect.poll(() => popup.locator('[data-channel="ticket"]').count()).toBe(1);
  return popup;
}

/** Where an element ends, and whether the page was scrolled to show it. */
async function inFirstScreen(popup: Page, selector: string): Promise<{ bottom: number; scrollTop: number; viewport: number }> {
  return popup.locator(selector).first().evaluate((element) => ({
    bottom: element.getBoundingClientRect().bottom,
    scrollTop: document.scrollingElement?.scrollTop ?? -1,
    viewport: window.innerHeight,
  }));
}

async function expectInView(popup: Page, selectors: string[]) {
  for (const selector of selectors) {
    const where = await inFirstScreen(popup, selector);
    expect(where.viewport).toBe(600);
    expect(where.scrollTop, selector).toBe(0);
    expect(where.bottom, `${selector} ends at y = ${where.bottom}`).toBeLessThanOrEqual(600);
    expect(where.bottom, selector).toBeGreaterThan(0);
  }
}

async function expectCopiedShown(popup: Page, button: string, copied: string) {
  await popup.getByRole('button', { name: button }).click();
  await expect.poll(() => popup.locator('.contact button.primary').innerText()).toBe(`✓ ${copied}`);
  const status = popup.getByRole('status');
  expect(await status.isVisible()).toBe(true);
  expect((await status.boundingBox())!.height).toBeGreaterThan(8);
  expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain(`: ${expected.requestId}`);
}

describe('Chromium: the popup’s first screen at 380 x 600', () => {
  it('no settings: headline, Copy details and the page’s help line as a call, in view; the local time; Copied shown', async () => {
    const popup = await firstScreen();
    await expectInView(popup, ['h1', '.cause', '.contact button.primary', '[data-channel="phone"] a', '[data-channel="email"] a']);
    const call = popup.locator('.channels li').first();
    expect(await call.getAttribute('data-channel')).toBe('phone');
    expect(await call.locator('a').getAttribute('href')).toBe(`tel:${noteNumber.replace(/[^\d+]/g, '')}`);
    expect(await call.locator('a').innerText()).toBe(`Call ${isolated(noteNumber)}`);
    expect(await call.innerText()).toContain(note);
    expect(await popup.locator('[data-channel="email"] a').innerText()).toBe('Write an email with the details');
    expect(await popup.locator('.error-time').innerText()).toMatch(/^\u20682026-01-20 21:33 UTC\u2069 · 10:33\sPM your time$/);
    // The Request Id is in view too, whole on one line, for reading out on the phone.
    await expectInView(popup, ['.key-ids [data-field="requestId"] .id']);
    const id = popup.locator('.key-ids [data-field="requestId"] .id');
    expect(await id.innerText()).toBe(expected.requestId);
    expect((await id.boundingBox())!.height).toBeLessThan(20);
    await expectCopiedShown(popup, 'Copy details', 'Copied');
  });

  it('with a full policy: the organisation’s phone first, then its ticket link and e-mail, in view', async () => {
    const popup = await firstScreen({ policy: POLICY });
    expect(await popup.locator('.channels li').evaluateAll((items) => items.map((li) => li.getAttribute('data-channel')))).toEqual(['phone', 'ticket', 'email', 'portal']);
    expect(await popup.locator('[data-channel="phone"] a').getAttribute('href')).toBe('tel:+15550100');
    await expectInView(popup, ['h1', '.contact button.primary', '[data-channel="phone"] a', '[data-channel="ticket"] a', '[data-channel="email"] a']);
    expect(await popup.locator('#contact-heading').innerText()).toBe('Contact Contoso IT Service Desk');
    await expectCopiedShown(popup, 'Copy details', 'Copied');
  });

  it('in German, the longest texts: the same in view, the local time in German', async () => {
    const popup = await firstScreen({ locale: 'de' });
    await expectInView(popup, ['h1', '.cause', '.contact button.primary', '[data-channel="phone"] a', '[data-channel="email"] a']);
    expect(await popup.locator('[data-channel="phone"] a').innerText()).toBe(`${isolated(noteNumber)} anrufen`);
    expect(await popup.locator('.error-time').innerText()).toBe(`${isolated('2026-01-20 21:33 UTC')} · 22:33 Ortszeit`);
    await expectCopiedShown(popup, 'Details kopieren', 'Kopiert');
  });
});
