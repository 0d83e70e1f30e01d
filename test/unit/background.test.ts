// The background against an in-memory browser: who is believed, what a message causes (a stored
// detection, a badge, the notice setting, opening help), and what leaving a tab forgets.
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HELP_REOPEN_MS } from '../../src/background/open-help';
import { startBackground } from '../../src/background/start-background';
import { LATEST_KEY, tabKey, triedKey } from '../../src/detection/detection-keys';
import { createTriedStepsStore } from '../../src/detection/tried-steps-store';
import type { Detection } from '../../src/detection/detection';
import type { PageEvidence } from '../../src/page/page-evidence';
import { MANAGED_WAIT_MS, USER_SETTINGS_KEY } from '../../src/settings/settings-store';
import { english } from './helpers/english';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';

const REQUEST_ID = '790d21d9-68fb-457f-b1a4-674c11e3bf00';
const CORRELATION_ID = '62e76ee1-52af-46d3-ba8f-3f0be6aea289';
const COMPLETE_TEXT = `Error Code: 53003\nRequest Id: ${REQUEST_ID}\nCorrelation Id: ${CORRELATION_ID}\nTimestamp: 2026-01-20T21:33:18.342Z`;
const evidence = (text: string): PageEvidence => ({ config: { sErrorCode: '53003' }, text, locale: 'en-US', userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36' });

let browser: FakeBrowser;
const OWN_ID = 'test-extension-id';
const contentScript = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: OWN_ID,
  frameId: 0,
  url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  tab: { id: 7, index: 0, windowId: 3, highlighted: true, active: true, pinned: false, incognito: false },
  ...over,
});

/** Sends a message as the browser delivers it; the answer, or undefined when the background gave none. */
async function send(message: unknown, sender: Runtime.MessageSender = contentScript()): Promise<unknown> {
  const [answer] = await browser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answer;
}

const session = () => browser.storage.session.get(null);
const badgeText = (tabId: number) => browser.action.getBadgeText({ tabId });

beforeEach(() => {
  browser = freshFakeBrowser();
  browser.runtime.id = OWN_ID;
  startBackground(browser, english);
});

describe('background: who is believed', () => {
  it.each([
    ['another extension', contentScript({ id: 'someone-else' })],
    ['a sub-frame', contentScript({ frameId: 2 })],
    ['an extension page (no tab)', contentScript({ tab: undefined, url: `chrome-extension://${OWN_ID}/popup/index.html` })],
    ['another site', contentScript({ url: 'https://example.com/' })],
  ])('%s gets no answer and stores nothing', async (_name, sender) => {
    expect(await send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) }, sender)).toBeUndefined();
    expect(await send({ type: 'open-help' }, sender)).toBeUndefined();
    expect(await session()).toEqual({});
    expect(await badgeText(7)).toBe('');
    expect(browser.action.openPopup).not.toHaveBeenCalled();
    expect(browser.windows.create).not.toHaveBeenCalled();
  });

  it.each([['an unknown type', { type: 'delete-everything' }], ['no type', { evidence: evidence(COMPLETE_TEXT) }], ['not an object', 'error-page-seen'], ['nothing', undefined], ['an inherited name', { type: 'toString' }]])(
    '%s from our own content script is not ours to answer',
    async (_name, message) => {
      expect(await send(message)).toBeUndefined();
      expect(await session()).toEqual({});
    },
  );
});

describe('background: an error page seen', () => {
  it('checks the payload at the boundary: evidence that is not evidence is refused and causes nothing', async () => {
    for (const bad of [undefined, 'AADSTS53003', { config: {} }, { text: COMPLETE_TEXT, config: null }]) {
      expect(await send({ type: 'error-page-seen', evidence: bad })).toEqual({ detected: false, complete: false, showNotice: false });
    }
    expect(await session()).toEqual({});
    expect(await badgeText(7)).toBe('');
  });

  it('a page that shows no sign-in error is not detected', async () => {
    expect(await send({ type: 'error-page-seen', evidence: { config: {}, text: 'Sign in', userAgent: '' } })).toEqual({ detected: false, complete: false, showNotice: false });
    expect(await session()).toEqual({});
  });

  it('stores the detection for the tab and as the latest, and marks the tab’s button', async () => {
    expect(await send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) })).toEqual({ detected: true, complete: true, showNotice: true });
    const stored = await session();
    const detection = stored[tabKey(7)] as Detection;
    expect(detection).toMatchObject({ tabId: 7, errorCode: '53003', requestId: REQUEST_ID, correlationId: CORRELATION_ID, host: 'login.microsoftonline.com', cloud: 'global', privateWindow: false, browser: 'Chrome', os: 'Windows' });
    expect(stored[LATEST_KEY]).toEqual(detection);
    expect(await badgeText(7)).toBe('!');
    expect(await browser.action.getTitle({ tabId: 7 })).toBe(english('badgeTitleBlocked'));
  });

  it('says the details are not complete while the page lacks its IDs', async () => {
    expect(await send({ type: 'error-page-seen', evidence: evidence('AADSTS53003: Access has been blocked by Conditional Access policies.') })).toEqual({ detected: true, complete: false, showNotice: true });
  });

  it('never trusts the flow’s secrets or unknown config keys into storage', async () => {
    const config = { sErrorCode: '53003', canary: 'SECRET-CANARY', sFT: 'SECRET-FLOW-TOKEN' } as PageEvidence['config'];
    await send({ type: 'error-page-seen', evidence: { ...evidence(COMPLETE_TEXT), config } });
    expect(JSON.stringify(await session())).not.toMatch(/SECRET/);
  });

  it('a private window’s detection stays with its tab and never becomes the latest', async () => {
    await send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) }, contentScript({ tab: { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: true } }));
    const stored = await session();
    expect(stored[tabKey(9)]).toMatchObject({ privateWindow: true });
    expect(stored).not.toHaveProperty(LATEST_KEY);
  });

  it('asks for the in-page notice as the settings say: the person’s choice, then policy', async () => {
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: { showPageNotice: false } });
    expect(await send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) })).toMatchObject({ showNotice: false });
    await browser.storage.managed.set({ showPageNotice: true });
    expect(await send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) })).toMatchObject({ showNotice: true });
  });

  it('does not wait for policy that is late (Chromium, just after it starts): the person’s choice stands in', async () => {
    vi.useFakeTimers();
    try {
      await browser.storage.local.set({ [USER_SETTINGS_KEY]: { showPageNotice: false } });
      browser.storage.managed.get = vi.fn(() => new Promise<never>(() => {})) as typeof browser.storage.managed.get;
      let answer: unknown;
      void send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) }).then((a) => (answer = a));
      await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
      expect(answer).toMatchObject({ detected: true, showNotice: false });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('background: open help', () => {
  it('opens the toolbar popup in the sender’s window', async () => {
    expect(await send({ type: 'open-help' })).toEqual({ opened: true });
    expect(browser.action.openPopup).toHaveBeenCalledWith({ windowId: 3 });
    expect(browser.windows.create).not.toHaveBeenCalled();
  });

  it('where the browser refuses the popup, opens a small window showing the help for this tab', async () => {
    browser.action.openPopup.mockRejectedValueOnce(new Error('openPopup requires a user gesture'));
    expect(await send({ type: 'open-help' })).toEqual({ opened: true });
    expect(browser.windows.create).toHaveBeenCalledWith({ url: `chrome-extension://${OWN_ID}/popup/index.html?tab=7`, type: 'popup', width: 420, height: 680 });
  });

  it('where there are no windows (Firefox for Android), opens the help in a tab, and shows that tab when it is open already', async () => {
    browser = freshFakeBrowser();
    browser.runtime.id = OWN_ID;
    const create = vi.spyOn(browser.tabs, 'create');
    const update = vi.spyOn(browser.tabs, 'update');
    startBackground({ ...browser, windows: undefined }, english);
    browser.action.openPopup.mockRejectedValue(new Error('openPopup is not supported'));
    expect(await send({ type: 'open-help' })).toEqual({ opened: true });
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://${OWN_ID}/popup/index.html?tab=7` });
    const helpTab = (await create.mock.results[0].value) as { id: number; windowId: number };
    browser.runtime.getContexts.mockResolvedValueOnce([{ windowId: helpTab.windowId, tabId: helpTab.id }] as never);
    expect(await send({ type: 'open-help' }, contentScript({ tab: { id: 8, index: 1, windowId: 3, highlighted: false, active: false, pinned: false, incognito: false } }))).toEqual({ opened: true });
    expect(update).toHaveBeenCalledWith(helpTab.id, { active: true });
    expect(create).toHaveBeenCalledTimes(1);
  });

  describe('at most once per tab in a while, and one window per tab', () => {
    const otherTab = contentScript({ tab: { id: 8, index: 1, windowId: 3, highlighted: false, active: false, pinned: false, incognito: false } });
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-12-02T07:00:00Z'));
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

    it('a second request from the same tab soon after opens nothing; another tab, or the same tab later, opens', async () => {
      expect(await send({ type: 'open-help' })).toEqual({ opened: true });
      later(HELP_REOPEN_MS - 1);
      expect(await send({ type: 'open-help' })).toEqual({ opened: false });
      expect(browser.action.openPopup).toHaveBeenCalledTimes(1);
      expect(await send({ type: 'open-help' }, otherTab)).toEqual({ opened: true });
      later(1);
      expect(await send({ type: 'open-help' })).toEqual({ opened: true });
      expect(browser.action.openPopup).toHaveBeenCalledTimes(3);
    });

    it('where the browser refuses the popup, brings the tab’s open help window to the front instead of opening another', async () => {
      browser.action.openPopup.mockRejectedValue(new Error('openPopup requires a user gesture'));
      const helpUrl = `chrome-extension://${OWN_ID}/popup/index.html?tab=7`;
      for (let i = 0; i < 5; i++) {
        await send({ type: 'open-help' });
        later(HELP_REOPEN_MS);
      }
      expect(browser.windows.create).toHaveBeenCalledTimes(1);
      const [helpWindow] = (await browser.windows.getAll()).filter((w) => w.type === 'popup');
      expect(browser.windows.update).toHaveBeenCalledTimes(4);
      expect(browser.windows.update).toHaveBeenCalledWith(helpWindow.id, { focused: true });
      expect(browser.runtime.getContexts).toHaveBeenCalledWith({ contextTypes: ['TAB'], documentUrls: [helpUrl] });
      // Another tab's help is its own window; a closed one is opened again.
      await send({ type: 'open-help' }, otherTab);
      expect(browser.windows.create).toHaveBeenLastCalledWith(expect.objectContaining({ url: `chrome-extension://${OWN_ID}/popup/index.html?tab=8` }));
      await browser.windows.remove(helpWindow.id!);
      await send({ type: 'open-help' });
      expect(browser.windows.create).toHaveBeenCalledTimes(3);
      expect(browser.windows.create).toHaveBeenLastCalledWith(expect.objectContaining({ url: helpUrl }));
    });
  });
});

describe('background: leaving the error', () => {
  beforeEach(async () => {
    await send({ type: 'error-page-seen', evidence: evidence(COMPLETE_TEXT) });
    // The person ticked a step in the popup.
    const stored = (await session())[tabKey(7)] as Detection;
    await createTriedStepsStore(browser.storage).write(stored, ['use_edge_work_account']);
  });

  it('a tab that starts loading a new document forgets its detection and the steps ticked for it, and clears its badge; the latest stays', async () => {
    expect(await session()).toHaveProperty(triedKey(7));
    await browser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    await settled();
    const stored = await session();
    expect(stored).not.toHaveProperty(tabKey(7));
    expect(stored).not.toHaveProperty(triedKey(7));
    expect(stored[LATEST_KEY]).toMatchObject({ tabId: 7 });
    expect(await badgeText(7)).toBe('');
  });

  it('other updates (a title, the load completing) change nothing', async () => {
    await browser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as never);
    await browser.tabs.onUpdated.trigger(7, { title: 'Sign in to your account' }, {} as never);
    await settled();
    expect(await session()).toHaveProperty(tabKey(7));
    expect(await session()).toHaveProperty(triedKey(7));
    expect(await badgeText(7)).toBe('!');
  });

  it('a tab with nothing stored keeps its button as it is', async () => {
    const setBadgeText = vi.spyOn(browser.action, 'setBadgeText');
    await browser.tabs.onUpdated.trigger(8, { status: 'loading' }, {} as never);
    await settled();
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('a closed tab is forgotten, with its ticks; the latest stays for the popup', async () => {
    await browser.tabs.onRemoved.trigger(7, { windowId: 3, isWindowClosing: false });
    await settled();
    const stored = await session();
    expect(stored).not.toHaveProperty(tabKey(7));
    expect(stored).not.toHaveProperty(triedKey(7));
    expect(stored).toHaveProperty(LATEST_KEY);
  });
});
