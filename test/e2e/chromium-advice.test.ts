// The advice the popup gives, for distinct situations, in real Chromium: the right steps for the
// code, device, browser and app, "nothing you can do" where that is true, a lookup link for
// codes the knowledge base does not know, and Microsoft's My Sign-ins page where its cloud has one.
import { afterAll, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { type Browser, openPopup, visitAndDetect } from './chromium-helpers';
import { type Fixture, fixture } from '../fixtures/index.mjs';

const WINDOWS_EDGE_UA = `${WINDOWS_CHROME_UA} Edg/142.0.3595.53`;

/** The real registered-Windows 53003 page, as it reads when the browser presents no device identity. */
function unregisteredWindowsPage(): Fixture {
  const f = fixture('53003-registered-windows');
  const html = f.html.replaceAll('0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7', 'Not available').replaceAll('Registered', 'Unregistered');
  return { ...f, html, expected: { ...f.expected!, deviceId: 'Not available', deviceState: 'Unregistered' } };
}

/** A code the knowledge base does not know (9002341, Windows single sign-on consent), on a real generic page. */
function unknownCodePage(): Fixture {
  const f = fixture('700016-message-only');
  return { ...f, html: f.html.replaceAll('700016', '9002341'), expected: { ...f.expected!, errorCode: '9002341' } };
}

/** The same page as a 53002 block: only approved client apps may sign in. */
function approvedAppPage(): Fixture {
  const f = fixture('53003-registered-windows');
  const html = f.html.replace('"sErrorCode":"53003"', '"sErrorCode":"53002"').replace('<span>53003</span>', '<span>53002</span>');
  return { ...f, html, expected: { ...f.expected!, errorCode: '53002' } };
}

/** One browser per user agent, shared by the tests that need it. */
const browsers = new Map<string, Browser>();
afterAll(async () => {
  for (const b of browsers.values()) await b.close();
});

async function adviceFor(f: Fixture, userAgent = WINDOWS_CHROME_UA) {
  let b = browsers.get(userAgent);
  if (!b) {
    b = await launchWithExtension({ userAgent });
    browsers.set(userAgent, b);
  }
  const { detection } = await visitAndDetect(b, f, (d) => d.errorCode === f.expected!.errorCode);
  const popup = await openPopup(b, detection.tabId);
  // The steps come right after the first screen's paint (popup/Popup.tsx): wait for their section.
  await popup.locator('#try-heading').waitFor();
  return {
    popup,
    title: await popup.locator('h1').innerText(),
    steps: await popup.locator('.checklist li').evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-step'), text: li.textContent ?? '' }))),
    tryThis: await popup.locator('section[aria-labelledby="try-heading"]').innerText(),
  };
}

describe('Chromium: advice for the person’s situation', () => {
  it('53003, unregistered device, Chrome on Windows: the Microsoft Single Sign On extension or Edge', async () => {
    const { title, steps } = await adviceFor(unregisteredWindowsPage());
    expect(title).toBe("Your IT team's security rules blocked this sign-in");
    expect(steps[0].id).toBe('chrome_sso_extension');
    expect(steps[0].text).toContain('Microsoft Single Sign On');
    expect(steps.map((s) => s.id)).toContain('use_edge_work_account');
  });

  it('the same page in Edge: sign in to Edge with the work account', async () => {
    const { steps } = await adviceFor(unregisteredWindowsPage(), WINDOWS_EDGE_UA);
    expect(steps[0].id).toBe('edge_sign_in_work_account');
    expect(steps.map((s) => s.id)).not.toContain('chrome_sso_extension');
  });

  it('530035 from the Azure CLI: sign in interactively, not with a device code', async () => {
    const { steps } = await adviceFor(fixture('530035-security-defaults-partial'));
    expect(steps[0].id).toBe('sign_in_azure_cli');
    expect(steps[0].text).toContain('az login');
    expect(steps.map((s) => s.id)).not.toContain('chrome_sso_extension');
  });

  it('53002: use the approved app', async () => {
    const { steps } = await adviceFor(approvedAppPage());
    expect(steps[0].id).toBe('use_approved_app');
  });

  it('53000 on a managed device: open Company Portal and fix what it lists', async () => {
    const { steps } = await adviceFor(fixture('53000-teams-managed-partial'));
    expect(steps[0].id).toBe('company_portal_fix');
    expect(steps[0].text).toContain('Company Portal');
  });

  it('530003 shown on the device-code entry page itself: sign in without a device code; enrolling this device would not help', async () => {
    const f = fixture('530003-device-not-managed-partial');
    expect(new URL(f.url).pathname).toBe('/common/oauth2/deviceauth');
    const { steps } = await adviceFor(f);
    expect(steps.map((s) => s.id)).toEqual(['sign_in_without_device_code', 'use_company_device']);
  });

  it('53004: nothing the person can do; IT must clear the risk first', async () => {
    const { popup, steps, tryThis } = await adviceFor(fixture('53004-ipv6'));
    expect(steps).toEqual([]);
    expect(tryThis).toMatch(/IT/);
    expect(tryThis).toMatch(/You can't fix this yourself/);
    // "Only your IT team can fix this" would only say it again.
    expect(await popup.locator('.who').count()).toBe(0);
  });

  it('700016: the app is set up wrongly, so only its owner can fix it', async () => {
    const { popup, steps } = await adviceFor(fixture('700016-message-only'));
    expect(steps).toEqual([]);
    await expect(popup.locator('section[aria-labelledby="try-heading"]').innerText()).resolves.toMatch(/people who run this app/);
  });

  it('an unknown code: general help, the account first, and Microsoft’s lookup page for IT on the same cloud', async () => {
    const f = unknownCodePage();
    const { popup, steps } = await adviceFor(f);
    expect(steps.map((s) => s.id)).toEqual(['check_account', 'try_again_later']);
    // Nobody knows who can fix an unknown code: no "you may be able to fix this yourself", no who line at all.
    expect(await popup.locator('.who').count()).toBe(0);
    await expect(popup.locator('main').innerText()).resolves.not.toMatch(/fix this yourself/);
    const link = popup.getByRole('link', { name: /For your IT team: look up error 9002341/ });
    expect(await link.getAttribute('href')).toBe(`https://${new URL(f.url).hostname}/error?code=9002341`);
  });

  it('on the global cloud: Microsoft’s My Sign-ins page, with a line on why to look, opening in a new tab', async () => {
    const f = unknownCodePage();
    expect(new URL(f.url).hostname).toBe('login.microsoftonline.com');
    const { popup } = await adviceFor(f);
    const link = popup.getByRole('link', { name: 'See your recent sign-ins (My Sign-ins)' });
    expect(await link.getAttribute('href')).toBe('https://mysignins.microsoft.com');
    expect(await link.getAttribute('target')).toBe('_blank');
    await expect(popup.locator('.my-sign-ins').innerText()).resolves.toContain('Check that each sign-in there was you.');
  });

  it('on the China cloud (21Vianet): the lookup page on its own host, and no My Sign-ins link, since Microsoft documents none there', async () => {
    const global = unknownCodePage();
    const f = { ...global, name: `${global.name}-china`, url: global.url.replace('login.microsoftonline.com', 'login.partner.microsoftonline.cn') };
    const { popup } = await adviceFor(f);
    const lookup = popup.getByRole('link', { name: /For your IT team: look up error 9002341/ });
    expect(await lookup.getAttribute('href')).toBe('https://login.partner.microsoftonline.cn/error?code=9002341');
    expect(await popup.locator('.my-sign-ins').count()).toBe(0);
    expect(await popup.locator('a[href*="mysignins"]').count()).toBe(0);
  });
});
