// Organisation settings by real Firefox policy: Firefox ESR reads policies.json from
// /etc/firefox/policies at start-up and hands `3rdparty` > `Extensions` > <gecko id> to
// storage.managed as written, with no schema; the help view and options page use them, and
// what the extension refuses is named on the options page. Lists and maps are written as JSON
// text here, as a Windows registry or macOS value hands them over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures/index.mjs';
import { type Firefox, text, visitAndDetect } from './firefox-helpers';
import { launchFirefoxWithExtension } from './firefox-with-extension.mjs';
import { removeFirefoxPolicy, writeFirefoxPolicy } from './policy';

const f = fixture('53003-registered-windows');
const expected = f.expected!;

const POLICY = {
  supportName: 'Contoso IT Service Desk',
  supportEmail: 'servicedesk@contoso.com',
  supportPhone: '+1 425 555 0100',
  // Text, where Chrome's schema asks for a map and a list.
  extraAdvice: '{"53003": "Connect to the Contoso VPN first, then try again."}',
  redactFields: 'ipAddress',
  // Refused: not https.
  supportUrl: 'http://portal.contoso.com/help',
};

let ff: Firefox | undefined;
beforeAll(async () => {
  writeFirefoxPolicy(POLICY);
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.close();
  removeFirefoxPolicy();
});

describe('Firefox under a real policies.json', () => {
  it('hands the extension the settings as written: text stays text', async () => {
    expect(await ff!.inExtension(() => chrome.storage.managed.get(null))).toEqual(POLICY);
  });

  it('the help view shows the helpdesk by name, phone and e-mail, and the advice given as JSON text; the e-mail leaves out the IP address', async () => {
    const { page, detection } = await visitAndDetect(ff!, f);
    const popup = await ff!.openPopup(detection.tabId);
    await expect.poll(() => text(popup, 'h2')).toContain('Contact Contoso IT Service Desk');
    expect(await popup.$eval('[data-channel="phone"] a', (a) => a.getAttribute('href'))).toBe('tel:+14255550100');
    expect(await text(popup, '[data-channel="phone"]')).toContain('+1 425 555 0100');
    const mail = await popup.$eval('[data-channel="email"] a', (a) => a.getAttribute('href') ?? '');
    expect(mail.startsWith('mailto:servicedesk@contoso.com?')).toBe(true);
    expect(decodeURIComponent(mail)).toContain(expected.requestId!);
    expect(decodeURIComponent(mail)).not.toContain(expected.ipAddress!);
    expect(await popup.$eval('.org-advice', (p) => p.textContent)).toContain('Connect to the Contoso VPN first, then try again.');
    // The refused portal link is not offered.
    expect(await popup.$('[data-channel="portal"]')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('the options page names the refused value and its reason, and only that one', async () => {
    const options = await ff!.openExtensionPage('options/index.html', { width: 900, height: 800 });
    await expect.poll(() => text(options, '.policy-problems li[data-key="supportUrl"]')).toMatch(/https:\/\//);
    expect(await options.$$eval('.policy-problems li[data-result="refused"]', (items) => items.map((li) => li.getAttribute('data-key')))).toEqual(['supportUrl']);
    expect(await text(options, '.policy-problems li[data-key="supportEmail"]')).toBe('supportEmail servicedesk@contoso.com Used');
    await options.close();
  });
});
