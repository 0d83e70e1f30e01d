// The core path in real Firefox ESR with the built extension (dist/firefox), driven by
// puppeteer-core over WebDriver BiDi: error page -> stored detection -> badge -> help view shows
// the IDs -> "Copy details" puts them on the clipboard -> the e-mail link carries them; the
// in-page notice opens help; pages without a sign-in error get nothing; private windows behave.
// No network: every page is served at its real https URL from test/fixtures.
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID as HELPER_GECKO_ID, launchFirefoxWithExtension } from './firefox-with-extension.mjs';
import { GECKO_ID } from '../../src/extension/extension-ids';
import { fixture } from '../fixtures/index.mjs';
import { tabKey } from '../../src/detection/detection-keys';
import {
  type Firefox,
  PASTE_PAGE,
  copyWithKeyboard,
  hasNotice,
  noSecrets,
  pasteWithKeyboard,
  pressNoticeButton,
  recordStoredDetections,
  sessionStorage,
  text,
  visitAndDetect,
  waitForDetection,
} from './firefox-helpers';
import { knownPositivePage } from './known-positive';

const OPEN_POPUP_PREF = 'extensions.openPopupWithoutUserGesture.enabled';

let ff: Firefox;
beforeAll(async () => {
  ff = await launchFirefoxWithExtension();
  ff.serve(PASTE_PAGE.url, PASTE_PAGE.html);
});
afterAll(async () => {
  await ff?.close();
});

const storage = () => sessionStorage(ff);

describe('Firefox: detection, badge, popup, copy, ticket', () => {
  it('installed the build under its fixed gecko id, at the fixed moz-extension address', async () => {
    expect(HELPER_GECKO_ID).toBe(GECKO_ID);
    expect(await ff.inExtension(() => [chrome.runtime.id, chrome.runtime.getURL('')])).toEqual([GECKO_ID, `moz-extension://${ff.uuid}/`]);
  });

  it('hands over the message pack unchanged, and every other message by its name or id', async () => {
    // src/extension/message-pack.ts: the browser's own substitution puts the marks where $1..$9 were.
    const built = JSON.parse(readFileSync('dist/firefox/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    const marks = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
    const pack = await ff.inExtension((marks: string[]) => chrome.i18n.getMessage('_', marks), marks);
    expect(pack).toBe(built._.message.replace(/\$([1-9])/g, (_, n: string) => marks[Number(n) - 1]));
    expect(pack.split('|').length, 'one place per message asked for by id').toBeGreaterThan(300);
    const others = Object.keys(built).filter((name) => name !== '_');
    const got = await ff.inExtension((names: string[]) => names.map((name) => chrome.i18n.getMessage(name)), others);
    others.forEach((name, i) => {
      const { message } = built[name];
      if (message.includes('$')) expect(got[i], name).not.toBe('');
      else expect(got[i], name).toBe(message);
    });
  });

  it('copes with Firefox\'s storage.managed, which throws where no policies.json exists', async () => {
    const managed = await ff.inExtension(() => chrome.storage.managed.get(null).then(() => 'resolved', (e: Error) => `rejected: ${e.message}`));
    expect(managed).toMatch(/^rejected/);
    // The options page (which reads policy) still gets past loading to its form.
    const options = await ff.openExtensionPage('options/index.html', { width: 900, height: 800 });
    await expect.poll(() => options.evaluate(() => document.querySelectorAll('main input, main select, main textarea').length)).toBeGreaterThan(0);
    await options.close();
  });

  it('the options page saves the person’s settings through the background, which believes its sender', async () => {
    const options = await ff.openExtensionPage('options/index.html', { width: 900, height: 800 });
    await options.waitForSelector('#opt-supportPhone');
    await options.type('#opt-supportPhone', '+1 555 0100');
    await options.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save')?.click());
    await expect.poll(() => options.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '')).toContain('Saved');
    expect(await ff.inExtension(() => chrome.storage.local.get('settings'))).toEqual({ settings: expect.objectContaining({ supportPhone: '+1 555 0100' }) });
    await options.close();
  });

  it.each(['53003-registered-windows', '53003-german'])('%s', async (name) => {
    const f = fixture(name);
    const expected = f.expected!;
    expect(new URL(f.url).hostname).toBe(name === '53003-german' ? 'login.sovcloud-identity.de' : 'login.microsoftonline.com');

    const { page, detection } = await visitAndDetect(ff, f, (d) => d.errorCode === expected.errorCode && d.requestId === expected.requestId);
    expect(detection.host).toBe(new URL(f.url).hostname);
    expect(detection.correlationId).toBe(expected.correlationId);
    expect(detection.timestamp).toBe(expected.timestamp);
    expect(detection.privateWindow).toBe(false);
    expect((await storage())[tabKey(detection.tabId)]).toEqual(detection);

    expect(await ff.badge(detection.tabId)).toEqual({ text: '!', title: 'Sign-in blocked: click for help' });

    const popup = await ff.openPopup(detection.tabId);
    expect(await popup.evaluate(() => location.href)).toBe(`moz-extension://${ff.uuid}/popup/index.html?tab=${detection.tabId}`);
    // The full list is one tap away (the IDs are in view above it), drawn right after the first screen.
    await popup.waitForSelector('details.all-details');
    // popup/read-early.js read storage first; Firefox's storage.managed rejects without policies.json, which leaves that read to the popup.
    const first = await popup.evaluate(async () => {
      const reads = (window as unknown as { signInBlockHelperFirstReads?: { session: Promise<Record<string, unknown>>; managed: Promise<unknown> } }).signInBlockHelperFirstReads;
      return reads && { session: Object.keys(await reads.session), managedRead: (await reads.managed) !== undefined };
    });
    expect(first).toEqual({ session: expect.arrayContaining([tabKey(detection.tabId)]), managedRead: false });
    await popup.$eval('details.all-details', (d) => ((d as HTMLDetailsElement).open = true));
    for (const value of [expected.errorCode, expected.requestId, expected.correlationId, expected.timestamp]) {
      await expect.poll(() => text(popup, '.details')).toContain(value!);
    }

    // Something else on the clipboard first, put there by a keyboard copy in a web page, and read
    // back through the clipboard API: so what is read below is the browser's clipboard, and new.
    const sentinel = `clipboard before copying ${Date.now()}`;
    const pastePage = await copyWithKeyboard(ff, sentinel);
    await expect.poll(() => ff.clipboardText()).toBe(sentinel);

    await popup.bringToFront();
    await (await popup.waitForSelector('::-p-text(Copy details)'))!.click();
    await expect.poll(() => text(popup, '[role="status"]')).toMatch(/copied/i);
    const clipboard = (await ff.clipboardText()) as string;
    expect(clipboard).not.toBe(sentinel);
    expect(clipboard).toContain(`Error Code: ${expected.errorCode}`);
    expect(clipboard).toContain(`Request Id: ${expected.requestId}`);
    expect(clipboard).toContain(`Correlation Id: ${expected.correlationId}`);
    // And a plain Ctrl+V in a web page gets the same text.
    expect(await pasteWithKeyboard(pastePage)).toBe(clipboard);
    await pastePage.close();

    const href = await popup.$eval('[data-channel="email"] a', (a) => a.getAttribute('href') ?? '');
    expect(href.startsWith('mailto:')).toBe(true);
    expect(href.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(href);
    for (const value of [expected.errorCode, expected.requestId, expected.correlationId]) expect(body).toContain(value);

    noSecrets(f, { storage: JSON.stringify(await storage()), clipboard, ticket: body, popup: await popup.content() });

    await popup.close();
    await page.close();
  });
});

describe('Firefox: pages that must get nothing', () => {
  it('negative-converged-signin', async () => {
    const f = fixture('negative-converged-signin');
    const stored = await recordStoredDetections(ff);
    const page = await ff.visit(f.url, f.html);
    expect(await hasNotice(page)).toBe(false);
    // Then a known error page in the same tab: once it is detected, whatever the extension made of
    // the page before it has been stored too (one tab's pages reach the background in order).
    const proof = knownPositivePage();
    const since = Date.now();
    ff.serve(proof.url, proof.html);
    await page.goto(proof.url, { waitUntil: 'load' });
    await waitForDetection(ff, (d) => d.requestId === proof.requestId, since);
    // Every detection written since the page opened, however briefly kept: only the proof's.
    expect((await stored()).filter((d) => d.requestId !== proof.requestId), 'no detection of the negative page').toEqual([]);
    await page.close();
  });
});

describe('Firefox: the in-page notice opens the help view', () => {
  const f = fixture('53003-registered-windows');

  it('as the toolbar popup, for the tab it was pressed in (Firefox 153 lets action.openPopup() run without a gesture)', async () => {
    const popups = () => ff.inExtension(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] })).map((c: { documentUrl?: string }) => c.documentUrl ?? '')) as Promise<string[]>;
    expect(await popups()).toEqual([]);
    const { page, detection } = await visitAndDetect(ff, f);
    await pressNoticeButton(page);
    await expect.poll(popups).toEqual([ff.popupUrl()]);
    // The popup is the toolbar's (not a page puppeteer can reach): read it as the extension can.
    const shown = () => ff.inExtension(() => chrome.extension.getViews({ type: 'popup' }).map((w: Window) => w.document.querySelector('main')?.innerText ?? '').join('\n')) as Promise<string>;
    await expect.poll(shown).toContain(detection.requestId!);
    expect(await shown()).toContain(detection.correlationId!);
    // About the tab the notice was pressed in (the toolbar popup follows the active tab), not a fallback to the latest.
    expect(await shown()).not.toMatch(/another tab or an earlier page/);
    await ff.inExtension(() => {
      for (const w of chrome.extension.getViews({ type: 'popup' })) w.close();
    });
    await expect.poll(popups).toEqual([]);
    await page.close();
  });

  it('as a small window at popup/index.html?tab=<id> where Firefox refuses openPopup() without a gesture', async () => {
    await ff.setPref(OPEN_POPUP_PREF, false);
    try {
      const { page, detection } = await visitAndDetect(ff, f);
      const helpUrl = ff.popupUrl(detection.tabId);
      const before = new Set(await ff.browser.pages());
      await pressNoticeButton(page);
      // What the extension knows: one extension tab at the help URL, in a window of type "popup"; no toolbar popup.
      const where = () => ff.inExtension(async (url: string) => {
        const tabs = (await chrome.runtime.getContexts({ contextTypes: ['TAB' as chrome.runtime.ContextType], documentUrls: [url] })) as { windowId: number }[];
        const popups = await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] });
        return { windowTypes: await Promise.all(tabs.map(async (t) => (await chrome.windows.get(t.windowId)).type)), toolbarPopups: popups.length };
      }, helpUrl) as Promise<{ windowTypes: string[]; toolbarPopups: number }>;
      await expect.poll(where).toEqual({ windowTypes: ['popup'], toolbarPopups: 0 });
      // And what the person sees there: the details of the tab the notice was pressed in.
      const opened = (await ff.browser.pages()).filter((p) => !before.has(p));
      expect(opened).toHaveLength(1);
      const help = opened[0];
      await ff.waitForExtensionPage(help, helpUrl);
      await expect.poll(() => text(help, '.key-ids')).toContain(detection.requestId!);
      expect(await text(help, 'main')).not.toMatch(/another tab or an earlier page/);
      // Pressed again and again, the tab's help window comes to the front; no other opens. Presses
      // within a few seconds of the last opening do nothing, so press until the help window has the focus back.
      const [helpWindow] = await ff.inExtension(async (url: string) => (await chrome.runtime.getContexts({ contextTypes: ['TAB' as chrome.runtime.ContextType], documentUrls: [url] })).map((c) => c.windowId), helpUrl) as number[];
      await ff.inExtension(() => {
        const focused: number[] = [];
        (globalThis as unknown as { focused: number[] }).focused = focused;
        chrome.windows.onFocusChanged.addListener((id) => focused.push(id));
      });
      const focusedWindows = () => ff.inExtension(() => [...(globalThis as unknown as { focused: number[] }).focused]) as Promise<number[]>;
      await page.bringToFront();
      await expect.poll(async () => (await focusedWindows()).at(-1)).not.toBe(helpWindow);
      // Every focus change from here on counts, whenever it arrives: on a busy machine the help
      // window's focus can land after the check that followed its press, and the next press's
      // bringToFront would hide it if only the last focus were read.
      const from = (await focusedWindows()).length;
      const helpCameBack = async () => (await focusedWindows()).slice(from).includes(helpWindow);
      await expect
        .poll(
          async () => {
            if (await helpCameBack()) return true;
            await page.bringToFront();
            // Focus came back to "Get help", where the first press left it.
            expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SIGN-IN-BLOCK-HELPER');
            await page.keyboard.press('Enter');
            return helpCameBack();
          },
          { timeout: 30_000, interval: 500 },
        )
        .toBe(true);
      await expect.poll(where).toEqual({ windowTypes: ['popup'], toolbarPopups: 0 });
      expect((await ff.browser.pages()).filter((p) => !before.has(p))).toHaveLength(1);
      await help.close();
      await page.close();
    } finally {
      await ff.setPref(OPEN_POPUP_PREF, true);
    }
  });
});

// Last: allowing the add-on in private windows reloads it, which empties its session storage.
describe('Firefox: private windows', () => {
  const f = fixture('53003-registered-windows');
  let privatePage: Page;

  it('an add-on not allowed in private windows does nothing there, and the page works', async () => {
    privatePage = await ff.openPrivateWindow();
    expect(await ff.privateWindowCount()).toBe(1);
    const stored = await recordStoredDetections(ff);
    ff.serve(f.url, f.html);
    await privatePage.goto(f.url, { waitUntil: 'load' });
    // Microsoft's page shows its own details, untouched.
    expect(await text(privatePage, '#debugDetailsText')).toContain(f.expected!.requestId!);
    // Firefox itself keeps the add-on out of private windows (the premise of this test)...
    expect(await ff.chromeEval(`WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).privateBrowsingAllowed`)).toBe(false);
    // ...and the add-on neither saw nor marked anything. A known error page in a normal window,
    // opened after, is detected: the add-on works, and nothing else was stored while the private
    // page loaded and showed its details. (Another tab's messages carry no order with this one's,
    // so this is evidence, not proof; the premise above is the proof.)
    const proof = knownPositivePage();
    const normalPage = await ff.newPageInFirstWindow();
    const since = Date.now();
    ff.serve(proof.url, proof.html);
    await normalPage.goto(proof.url, { waitUntil: 'load' });
    const detection = await waitForDetection(ff, (d) => d.requestId === proof.requestId, since);
    expect(detection.privateWindow).toBe(false);
    // Every detection written since the private window opened, however briefly kept: only the proof's.
    expect((await stored()).filter((d) => d.requestId !== proof.requestId), 'no detection from the private window').toEqual([]);
    expect(await hasNotice(privatePage)).toBe(false);
    await normalPage.close();
    const windows = (await ff.inExtension(async () => (await chrome.windows.getAll()).map((w: { incognito: boolean }) => w.incognito))) as boolean[];
    expect(windows).not.toContain(true);
  });

  it('once allowed ("Run in Private Windows"), it detects there and says it was a private window', async () => {
    await ff.allowInPrivateWindows();
    const since = Date.now();
    await privatePage.reload({ waitUntil: 'load' });
    const detection = await waitForDetection(ff, (d) => d.requestId === f.expected!.requestId, since);
    expect(detection.privateWindow).toBe(true);
    expect(await ff.badge(detection.tabId)).toEqual({ text: '!', title: 'Sign-in blocked: click for help' });
    await expect.poll(() => hasNotice(privatePage)).toBe(true);
    const popup = await ff.openPopup(detection.tabId);
    await expect.poll(() => text(popup, '.key-ids')).toContain(detection.correlationId!);
    // Said once: by the step to leave the private window where the advice has it, else by a note.
    expect(await text(popup, '[data-step="normal_window"], .note')).toMatch(/private window/i);
    noSecrets(f, { storage: JSON.stringify(await storage()), popup: await popup.content() });
    const latest = (await storage()).latest as { privateWindow?: boolean } | undefined;
    expect(latest?.privateWindow ?? false, "a private window's error never becomes the latest a normal window's popup shows").toBe(false);
    await popup.close();
    await privatePage.close();
  });
});

describe('Firefox: no network', () => {
  it('the only refused requests are the fixture pages\' own resources and the paste page\'s', () => {
    const allowedHosts = new Set<string>();
    for (const name of ['53003-registered-windows', '53003-german', 'negative-converged-signin']) {
      const { html, url } = fixture(name);
      allowedHosts.add(new URL(url).host);
      for (const m of html.matchAll(/https:\/\/([a-z0-9.-]+)/gi)) allowedHosts.add(m[1].toLowerCase());
    }
    allowedHosts.add(new URL(PASTE_PAGE.url).host);
    const unexpected = ff.refused.filter((u) => !allowedHosts.has(new URL(u).host));
    expect(unexpected).toEqual([]);
    const ids = [fixture('53003-registered-windows').expected!.requestId!, fixture('53003-registered-windows').expected!.correlationId!];
    expect(ff.refused.filter((u) => ids.some((id) => u.includes(id)))).toEqual([]);
  });
});
