// "Explain this page" and "Explain this sign-in error" as a person reaches them: in Chromium shown
// in a real window (a virtual X display), with real key presses, so Chromium itself grants
// `activeTab` for the shortcut and runs the menu item, as it does for a person. Nothing stands in
// for the grant here (chromium-explain-page.test.ts checks the rest around it). The popup the
// shortcut opens is read through chrome.extension.getViews from an extension page in another tab.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOWS_CHROME_UA, launchWithExtension, tabIdOf } from '../../scripts/browsers/chromium-with-extension.mjs';
import { keyboardOn, startVirtualDisplay } from '../../scripts/browsers/real-input.mjs';
import { waitUntil } from '../../scripts/browsers/wait-until.mjs';
import { PASTED_KEY } from '../../src/detection/detection-keys';
import { APP_ADDRESS_WITH_ERROR } from './app-error-address';
import { type Browser, hasMenuItem, sessionStorage, visit } from './chromium-helpers';
import { removePolicy, writePolicy } from './policy';

const APP_PAGE = '<!doctype html><title>Contoso Expenses</title><p>Signing you in…</p>';
const INTRANET = 'https://intranet.contoso.example/';
const INTRANET_PAGE = '<!doctype html><title>Intranet</title><p>Welcome';
const CHAT = 'https://chat.contoso.example/thread/42';
/** A chat message quoting real MSAL and `az login` output (several errors), selected as a whole. */
const CLI_OUTPUT = readFileSync(join(process.cwd(), 'test/fixtures/real/53003-client-error-strings.txt'), 'utf8');
const CHAT_PAGE = `<!doctype html><title>Chat</title><pre id="message"></pre><script>document.getElementById('message').textContent = ${JSON.stringify(CLI_OUTPUT).replace(/</g, '\\u003c')};</script>`;

/** Chromium in a window on a virtual display, with the keyboard X gives it there. */
function useChromiumOnScreen(beforeLaunch?: () => void) {
  const state = {} as { browser: Browser; keyboard: ReturnType<typeof keyboardOn>; viewer: Page; stop(): Promise<void> };
  beforeAll(async () => {
    beforeLaunch?.();
    const screen = await startVirtualDisplay();
    const browser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, display: screen.display });
    // An extension page in a tab of its own, to read the popup's document once it is open.
    const viewer = await browser.context.newPage();
    await viewer.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    state.browser = browser;
    state.viewer = viewer;
    state.keyboard = keyboardOn(screen.display);
    state.stop = async () => {
      await browser.close();
      screen.stop();
    };
  });
  afterAll(() => state.stop?.());
  return state;
}

/** The open popup's headline and text, once its text has `expected` (chrome.extension.getViews from an extension page). */
function popupShowing(viewer: Page, expected: string): Promise<{ headline: string; text: string }> {
  return waitUntil(`the popup showing "${expected}"`, () =>
    viewer.evaluate((wanted) => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0];
      const headline = popup?.document.querySelector('h1')?.textContent ?? '';
      const text = popup?.document.body?.innerText ?? ''; // no body yet while it loads
      return text.includes(wanted) ? { headline, text } : undefined;
    }, expected),
    { describe: () => viewer.evaluate(() => chrome.extension.getViews({ type: 'popup' }).map((view) => (view.document.body?.innerText ?? '').slice(0, 600).replace(/\s+/g, ' ')).join(' | ') || 'no popup open') },
  );
}

/** Closes the popup with Escape, as a person would, so the next shortcut opens it again (a second press would close it). */
async function closePopup(state: ReturnType<typeof useChromiumOnScreen>): Promise<void> {
  state.keyboard.press('Escape');
  await waitUntil('the popup closed', () => state.viewer.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length === 0));
}

/** Brings the page's tab to the front and gives the browser window the keyboard. */
async function focusTab(state: ReturnType<typeof useChromiumOnScreen>, page: Page): Promise<number> {
  const tabId = await tabIdOf(state.browser, page);
  await state.keyboard.focusWindow('chromium');
  return tabId;
}

describe('Chromium, real keyboard: Alt+Shift+H and the menu item on selected text', () => {
  const state = useChromiumOnScreen();

  it('Alt+Shift+H on a page without an error: the empty view, and nothing read from the page', async () => {
    const page = await visit(state.browser, INTRANET, INTRANET_PAGE);
    const tabId = await focusTab(state, page);
    state.keyboard.press('alt+shift+h');
    await popupShowing(state.viewer, 'No blocked sign-in seen');
    expect(Object.keys(await sessionStorage(state.browser))).not.toContain(`tab:${tabId}`);
    await closePopup(state);
  });

  it('Alt+Shift+H on an app page with an error in its address: the popup explains it, read with the grant the key press gave', async () => {
    const page = await visit(state.browser, APP_ADDRESS_WITH_ERROR, APP_PAGE);
    const tabId = await focusTab(state, page);
    expect(Object.keys(await sessionStorage(state.browser))).not.toContain(`tab:${tabId}`);
    state.keyboard.press('alt+shift+h');
    const popup = await popupShowing(state.viewer, '36a9bfd2-0233-4b3b-b947-5ed41fa7a600');
    expect(popup.headline).toContain('security rules blocked this sign-in');
    expect(popup.text).toContain("These details came from this page's address.");
    const stored = await waitUntil('the detection read from the address', async () => (await sessionStorage(state.browser))[`tab:${tabId}`]);
    expect(stored).toMatchObject({ source: 'address', errorCode: '53003', requestId: '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', correlationId: '85b60f58-62ff-4d26-b249-6a0229ba280e' });
    expect(JSON.stringify(stored)).not.toMatch(/app-state-1234|signin-oidc/);
    await closePopup(state);
  });

  it("then on another tab: the app page's error, named as seen on the app's page, not as this page's", async () => {
    const page = await visit(state.browser, INTRANET, INTRANET_PAGE);
    const tabId = await focusTab(state, page);
    state.keyboard.press('alt+shift+h');
    const popup = await popupShowing(state.viewer, 'on app.contoso.example, in another tab or an earlier page.');
    expect(popup.headline).toContain('security rules blocked this sign-in');
    expect(popup.text).not.toContain("this page's address");
    expect(Object.keys(await sessionStorage(state.browser))).not.toContain(`tab:${tabId}`);
    await closePopup(state);
  });

  it('"Explain this sign-in error" on selected app and CLI output, chosen from the real context menu: each error, in the help', async () => {
    await waitUntil('the menu item, added once policy has been read', () => hasMenuItem(state.browser), { timeout: 15_000 });
    const page = await visit(state.browser, CHAT, CHAT_PAGE);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('message') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await focusTab(state, page);
    const before = state.keyboard.shownWindows();
    state.keyboard.press('shift+F10'); // the keyboard's context menu, on the selection
    await state.keyboard.waitForNewWindow(before, 'the context menu');
    state.keyboard.press('e'); // the only item starting with E: "Explain this sign-in error"
    // The popup opens at once (the browser allows it only right after the click) and shows the selection's errors once read.
    const popup = await popupShowing(state.viewer, '64908389-2527-4188-8ba4-29b9e76e3c00');
    expect(popup.headline).toContain('security rules blocked this sign-in');
    expect(popup.text).toContain('These details came from the text you pasted.');
    const pasted = await waitUntil('the selection explained', async () => (await sessionStorage(state.browser))[PASTED_KEY] as unknown as Array<Record<string, string>> | undefined);
    expect(pasted[0]).toMatchObject({ errorCode: '53003', requestId: '64908389-2527-4188-8ba4-29b9e76e3c00', correlationId: 'a400dd29-ad31-4de1-933e-3e3995a7c6cc' });
    expect(pasted.map((d) => d.requestId)).toContain('2f8ccb7a-459e-44fb-b615-232475945800');
    await closePopup(state);
  });
});

describe('Chromium, real keyboard, with explainOtherPages false by policy', () => {
  const state = useChromiumOnScreen(() => writePolicy({ explainOtherPages: false }));
  afterAll(removePolicy);

  it('Alt+Shift+H on an app page with an error in its address reads nothing, and the menu item is gone', async () => {
    const worker = await state.browser.worker();
    await waitUntil('the policy, read', () => worker.evaluate(async () => (await chrome.storage.managed.get('explainOtherPages')).explainOtherPages === false), { timeout: 15_000 });
    const page = await visit(state.browser, APP_ADDRESS_WITH_ERROR, APP_PAGE);
    const tabId = await focusTab(state, page);
    state.keyboard.press('alt+shift+h');
    await popupShowing(state.viewer, 'No blocked sign-in seen');
    expect(Object.keys(await sessionStorage(state.browser))).not.toContain(`tab:${tabId}`);
    await waitUntil('the menu item gone', async () => !(await hasMenuItem(state.browser)));
  });
});
