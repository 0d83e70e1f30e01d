// The signed-in account on a real error page (Microsoft's identity banner above the title), in
// real Chromium: the stored detection and the popup keep it as its own field, "Account", and the
// organisation's note stays the organisation's; an organisation that leaves the account out by
// policy gets it in neither the copy nor the e-mail.
import { afterEach, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { type Browser, openPopup, sessionStorage, useChromium, visitAndDetect } from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';
import { removePolicy, writePolicy } from './policy';

const f = fixture('53003-contoso-signed-in');
const expected = f.expected!;
const ACCOUNT = expected.account!;
const NOTE = expected.branding!;

describe('Chromium: the signed-in account', () => {
  const browser = useChromium({}, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));

  it('is stored and shown as "Account", never as the organisation’s note, and goes into the copy under that name', async () => {
    expect(f.html).toContain(`<div id="displayName" class="identity" title="${ACCOUNT}">${ACCOUNT}</div>`);
    const { page, detection } = await visitAndDetect(browser, f);
    expect(detection.account).toBe(ACCOUNT);
    expect(detection.branding).toBe(NOTE);
    for (const stored of Object.values(await sessionStorage(browser))) expect(stored.branding ?? '').not.toContain(ACCOUNT);

    const popup = await openPopup(browser, detection.tabId);
    const account = popup.locator('.details [data-field="account"]');
    await expect.poll(() => account.textContent()).toBe(`Account${ACCOUNT}`);
    await expect(popup.locator('.details [data-field="branding"]').textContent()).resolves.toBe(`Note on sign-in page${NOTE}`);

    await popup.getByRole('button', { name: 'Copy details' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/copied/i);
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(`Account: ${ACCOUNT}`);
    expect(clipboard).toContain(`Note on sign-in page: ${NOTE}`);
    const mail = decodeURIComponent((await popup.locator('[data-channel="email"] a').getAttribute('href'))!);
    expect(mail).toContain(`Account: ${ACCOUNT}`);
    expect(mail).not.toContain(`Note on sign-in page: ${ACCOUNT}`);
    await popup.close();
    await page.close();
  });
});

describe('Chromium: the account left out by policy', () => {
  let browser: Browser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
    removePolicy();
  });

  it('with redactFields ["account"] it is in neither the popup, the copy nor the e-mail; the note and IDs stay', async () => {
    writePolicy({ supportEmail: 'servicedesk@contoso.com', redactFields: ['account'] });
    browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { detection } = await visitAndDetect(browser, f);
    const popup = await openPopup(browser, detection.tabId);
    const mailLink = popup.locator('[data-channel="email"] a');
    // The policy is read: the e-mail goes to its address.
    await expect.poll(async () => (await mailLink.getAttribute('href')) ?? '').toContain('mailto:servicedesk@contoso.com');

    // The full list comes right after the first screen: once it is there, the account is not in it.
    await popup.locator('.details [data-field="requestId"]').waitFor({ state: 'attached' });
    await expect(popup.locator('.details [data-field="account"]').count()).resolves.toBe(0);
    await popup.getByRole('button', { name: 'Copy details' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/copied/i);
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    const mail = decodeURIComponent((await mailLink.getAttribute('href'))!);
    for (const [where, text] of [['copy', clipboard], ['e-mail', mail]]) {
      expect(text.includes(ACCOUNT), `the account in the ${where}`).toBe(false);
      expect(text, where).toContain(`Request Id: ${expected.requestId}`);
      expect(text, where).toContain(`Note on sign-in page: ${NOTE}`);
    }
  });
});
