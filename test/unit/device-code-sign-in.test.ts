// Device-code sign-ins from any tool, against an in-memory browser and a fake clock: which pages
// are the entry page, who may mark a tab, what the mark holds, which detections get the flag, and
// when the mark is forgotten.
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../src/background/start-background';
import { DEVICE_CODE_LIFETIME_MS, isDeviceCodeEntryPath, isDeviceCodeEntryUrl, mayBeDeviceCodeEntryUrl, pathOfUrl } from '../../src/detection/device-code-entry';
import { createDeviceCodeMarks } from '../../src/detection/device-code-marks';
import { deviceCodeKey, LATEST_KEY, tabKey } from '../../src/detection/detection-keys';
import type { Detection } from '../../src/detection/detection';
import type { PageEvidence } from '../../src/page/page-evidence';
import { english } from './helpers/english';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';

const OWN_ID = 'test-extension-id';
const ENTRY_URL = 'https://login.microsoftonline.com/common/oauth2/deviceauth';
const ERROR_URL = 'https://login.microsoftonline.com/8a3f2c1e-5b7d-4e9a-9c2b-1d4e6f8a0b3c/reprocess';
const REQUEST_ID = 'e289bbe9-276a-4154-ba5e-08a32afa0200';
const ERROR_TEXT = `Error Code: 53003\nRequest Id: ${REQUEST_ID}\nCorrelation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886\nTimestamp: 2026-01-20T21:33:18.342Z`;
const evidence = (over: Partial<PageEvidence> = {}): PageEvidence => ({ config: { sErrorCode: '53003' }, text: ERROR_TEXT, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/142.0.0.0', ...over });
const T0 = new Date('2026-01-20T21:20:00Z');
const MINUTE = 60_000;

const inTab = (tabId: number, url: string, over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: OWN_ID,
  frameId: 0,
  url,
  tab: { id: tabId, index: 0, windowId: 3, highlighted: true, active: true, pinned: false, incognito: false },
  ...over,
});

describe('the device-code entry page', () => {
  it.each([
    '/common/oauth2/deviceauth',
    '/organizations/oauth2/deviceauth',
    '/contoso.onmicrosoft.com/oauth2/deviceauth',
    '/8a3f2c1e-5b7d-4e9a-9c2b-1d4e6f8a0b3c/oauth2/deviceauth',
    '/common/oauth2/deviceauth/',
    '/Common/OAuth2/DeviceAuth',
    '/device',
  ])('is %s', (path) => {
    expect(isDeviceCodeEntryPath(path)).toBe(true);
  });

  it.each([
    '/',
    '/common/oauth2/v2.0/authorize',
    '/common/oauth2/devicecode',
    '/common/oauth2/deviceauth/more',
    '/oauth2/deviceauth',
    '/a/b/oauth2/deviceauth',
    '/common/reprocess',
    '/devicelogin',
    '/device/x',
    '/kmsi',
    '',
  ])('is not %s', (path) => {
    expect(isDeviceCodeEntryPath(path)).toBe(false);
  });

  it('the content script’s first test, with no regular expression, lets every entry page through and stops ordinary sign-in pages', () => {
    for (const path of ['/common/oauth2/deviceauth', '/Common/OAuth2/DeviceAuth', '/contoso.onmicrosoft.com/oauth2/deviceauth/', '/device', '/DEVICE']) {
      const url = `https://login.microsoftonline.com${path}?otc=AB`;
      expect(isDeviceCodeEntryPath(pathOfUrl(url)), url).toBe(true);
      expect(mayBeDeviceCodeEntryUrl(url), url).toBe(true);
    }
    expect(mayBeDeviceCodeEntryUrl('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x')).toBe(false);
    expect(mayBeDeviceCodeEntryUrl('https://login.microsoftonline.com/8a3f2c1e-5b7d-4e9a-9c2b-1d4e6f8a0b3c/reprocess')).toBe(false);
  });

  it('the content script’s path, cut from the address as text, is the URL parser’s', () => {
    for (const url of [ENTRY_URL, `${ENTRY_URL}/?otc=AB#c`, 'https://login.microsoft.com/device', 'https://login.microsoftonline.com/', 'https://login.microsoftonline.com', 'https://login.microsoftonline.com/common/login?x=/common/oauth2/deviceauth', 'https://login.microsoftonline.com/a#/common/oauth2/deviceauth', 'https://login.microsoftonline.com:443/x/oauth2/deviceauth']) {
      expect(pathOfUrl(url), url).toBe(url.endsWith('.com') ? '' : new URL(url).pathname);
    }
    expect(pathOfUrl('about:blank')).toBe('');
  });

  it('is read from a URL’s path only: its query and fragment don’t count, and a broken URL is not one', () => {
    expect(isDeviceCodeEntryUrl(`${ENTRY_URL}?otc=ABCD1234#x`)).toBe(true);
    expect(isDeviceCodeEntryUrl('https://login.microsoftonline.com/common/login?next=/common/oauth2/deviceauth')).toBe(false);
    expect(isDeviceCodeEntryUrl('not a url')).toBe(false);
    expect(isDeviceCodeEntryUrl(undefined)).toBe(false);
  });
});

describe('the background and device-code marks', () => {
  let browser: FakeBrowser;
  const send = async (message: unknown, sender: Runtime.MessageSender): Promise<unknown> => (await browser.runtime.onMessage.trigger(message, sender as never, () => {}))[0];
  const session = () => browser.storage.session.get(null);
  const at = (date: Date) => vi.setSystemTime(date);
  const seeEntryPage = (tabId = 7, over: Partial<Runtime.MessageSender> = {}) => send({ type: 'device-code-page-seen' }, inTab(tabId, ENTRY_URL, over));
  async function seeError(tabId = 7, over: Partial<Runtime.MessageSender> = {}, page: Partial<PageEvidence> = {}): Promise<Detection> {
    await send({ type: 'error-page-seen', evidence: evidence(page) }, inTab(tabId, ERROR_URL, over));
    return (await session())[tabKey(tabId)] as Detection;
  }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: T0 });
    browser = freshFakeBrowser();
    browser.runtime.id = OWN_ID;
    startBackground(browser, english);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('our content script on the entry page marks its tab with the time only: no address, no page text, no code', async () => {
    expect(await send({ type: 'device-code-page-seen', url: ENTRY_URL, code: 'ABCD1234' }, inTab(7, `${ENTRY_URL}?otc=ABCD1234`))).toEqual({ marked: true });
    const stored = await session();
    expect(stored).toEqual({ [deviceCodeKey(7)]: T0.getTime() });
    expect(JSON.stringify(stored)).not.toMatch(/login|deviceauth|ABCD1234|http/i);
  });

  it.each([
    ['another extension', inTab(7, ENTRY_URL, { id: 'someone-else' })],
    ['a sub-frame', inTab(7, ENTRY_URL, { frameId: 2 })],
    ['a look-alike host', inTab(7, 'https://login.microsoftonline.com.evil.example/common/oauth2/deviceauth')],
    ['plain http', inTab(7, 'http://login.microsoftonline.com/common/oauth2/deviceauth')],
    ['an extension page (no tab)', inTab(7, ENTRY_URL, { tab: undefined })],
  ])('%s gets no answer and marks nothing', async (_name, sender) => {
    expect(await send({ type: 'device-code-page-seen' }, sender)).toBeUndefined();
    expect(await session()).toEqual({});
  });

  it('our content script on any other sign-in page is not believed: the sender’s own address decides', async () => {
    expect(await send({ type: 'device-code-page-seen' }, inTab(7, ERROR_URL))).toEqual({ marked: false });
    expect(await send({ type: 'device-code-page-seen' }, inTab(7, 'https://login.microsoftonline.com/common/login?x=/common/oauth2/deviceauth'))).toEqual({ marked: false });
    expect(await session()).toEqual({});
  });

  it('an error in the same tab within the code’s lifetime is a device-code sign-in, in the tab’s detection and the latest', async () => {
    await seeEntryPage();
    at(new Date(T0.getTime() + 14 * MINUTE));
    expect(await seeError()).toMatchObject({ requestId: REQUEST_ID, deviceCodeSignIn: true });
    expect((await session())[LATEST_KEY]).toMatchObject({ deviceCodeSignIn: true });
  });

  it('the flag stays while the same error page sends more of its panel', async () => {
    await seeEntryPage();
    await seeError(7, {}, { text: 'AADSTS53003: Access has been blocked by Conditional Access policies.' });
    at(new Date(T0.getTime() + 2000));
    expect(await seeError()).toMatchObject({ requestId: REQUEST_ID, deviceCodeSignIn: true });
  });

  it('exactly at the end of the lifetime still counts; a moment later does not, and the old mark is forgotten', async () => {
    await seeEntryPage();
    at(new Date(T0.getTime() + DEVICE_CODE_LIFETIME_MS));
    expect(await seeError()).toHaveProperty('deviceCodeSignIn', true);
    at(new Date(T0.getTime() + DEVICE_CODE_LIFETIME_MS + 1));
    expect(await seeError()).not.toHaveProperty('deviceCodeSignIn');
    expect(await session()).not.toHaveProperty(deviceCodeKey(7));
  });

  it('the lifetime is Microsoft’s 15 minutes', () => {
    expect(DEVICE_CODE_LIFETIME_MS).toBe(15 * MINUTE);
  });

  it('an error before the mark (the clock went back) is not one', async () => {
    await seeEntryPage();
    at(new Date(T0.getTime() - MINUTE));
    expect(await seeError()).not.toHaveProperty('deviceCodeSignIn');
  });

  it('an error in another tab is not one', async () => {
    await seeEntryPage(7);
    expect(await seeError(8)).not.toHaveProperty('deviceCodeSignIn');
    expect(await session()).toHaveProperty(deviceCodeKey(7));
  });

  it('an error with no entry page before it is not one', async () => {
    expect(await seeError()).not.toHaveProperty('deviceCodeSignIn');
  });

  it('a page can’t set the flag: not through its config, nor its text', async () => {
    const config = { sErrorCode: '53003', deviceCodeSignIn: 'true' } as PageEvidence['config'];
    const detection = await seeError(7, {}, { config, text: `${ERROR_TEXT}\ndeviceCodeSignIn: true` });
    expect(detection.requestId).toBe(REQUEST_ID);
    expect(detection).not.toHaveProperty('deviceCodeSignIn');
  });

  it('the sign-in pages between the entry page and the error keep the mark', async () => {
    await seeEntryPage();
    at(new Date(T0.getTime() + MINUTE));
    await browser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    await settled();
    expect(await session()).toHaveProperty(deviceCodeKey(7));
    expect(await seeError()).toHaveProperty('deviceCodeSignIn', true);
  });

  it('leaving the error forgets the mark with it: a later error in the tab is not one', async () => {
    await seeEntryPage();
    await seeError();
    at(new Date(T0.getTime() + MINUTE));
    await browser.tabs.onUpdated.trigger(7, { status: 'loading' }, {} as never);
    await settled();
    expect(await session()).toEqual({ [LATEST_KEY]: expect.objectContaining({ deviceCodeSignIn: true }) });
    at(new Date(T0.getTime() + 2 * MINUTE));
    expect(await seeError()).not.toHaveProperty('deviceCodeSignIn');
  });

  it('a closed tab’s mark is forgotten', async () => {
    await seeEntryPage(7);
    await seeEntryPage(8);
    await browser.tabs.onRemoved.trigger(7, { windowId: 3, isWindowClosing: false });
    await settled();
    expect(await session()).toEqual({ [deviceCodeKey(8)]: T0.getTime() });
  });

  it('a private window’s mark and flag stay with its tab', async () => {
    const incognito = { tab: { id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: true } };
    await seeEntryPage(9, incognito);
    expect(await seeError(9, incognito)).toMatchObject({ privateWindow: true, deviceCodeSignIn: true });
    const stored = await session();
    expect(Object.keys(stored).sort()).toEqual([deviceCodeKey(9), tabKey(9)]);
    expect(await seeError(7)).not.toHaveProperty('deviceCodeSignIn');
  });
});

describe('device-code marks', () => {
  it('forgets a mark made before the given time, and keeps one made since (a newer entry page)', async () => {
    const browser = freshFakeBrowser();
    const marks = createDeviceCodeMarks(browser.storage);
    await marks.mark(4, T0);
    await marks.forget(4, T0);
    expect(await marks.madeWithin(4, T0)).toBe(T0.getTime());
    await marks.forget(4, new Date(T0.getTime() + 1));
    expect(await marks.madeWithin(4, T0)).toBeUndefined();
    await marks.mark(4, T0);
    await marks.forget(4);
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('a stored value that is not a time counts as no mark', async () => {
    const browser = freshFakeBrowser();
    await browser.storage.session.set({ [deviceCodeKey(4)]: 'recent' });
    expect(await createDeviceCodeMarks(browser.storage).madeWithin(4, T0)).toBeUndefined();
  });
});
