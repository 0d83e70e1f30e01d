// Microsoft's flagging, against an in-memory browser and a fake clock: who may say it was enabled,
// what the background keeps (a time, for the browser, not a tab), which detections carry
// `flaggedForReviewAt` (the original and every error of the next 20 minutes, in any tab of the
// same kind of window), and that the window then closes.
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../src/background/start-background';
import { flaggingKey, tabKey } from '../../src/detection/detection-keys';
import type { Detection } from '../../src/detection/detection';
import { createFlaggingMarks, FLAGGING_WINDOW_MS, flaggingEndsAt } from '../../src/detection/flagging-window';
import type { PageEvidence } from '../../src/page/page-evidence';
import { english } from './helpers/english';
import { freshFakeBrowser, type FakeBrowser } from './helpers/fake-browser';

const OWN_ID = 'test-extension-id';
const ERROR_URL = 'https://login.microsoftonline.com/8a3f2c1e-5b7d-4e9a-9c2b-1d4e6f8a0b3c/reprocess';
const errorText = (requestId: string) => `Error Code: 53003\nRequest Id: ${requestId}\nCorrelation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886\nTimestamp: 2026-01-20T21:33:18.342Z`;
const FIRST = 'e289bbe9-276a-4154-ba5e-08a32afa0200';
const RETRY = '75dbe23f-5489-4c97-bc6c-8a4bd3371500';
const evidence = (requestId: string): PageEvidence => ({ config: { sErrorCode: '53003' }, text: errorText(requestId), userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/142.0.0.0' });
const T0 = new Date('2026-01-20T21:35:00Z');
const MINUTE = 60_000;

const inTab = (tabId: number, over: { incognito?: boolean; url?: string } = {}): Runtime.MessageSender => ({
  id: OWN_ID,
  frameId: 0,
  url: over.url ?? ERROR_URL,
  tab: { id: tabId, index: 0, windowId: tabId * 10, highlighted: true, active: true, pinned: false, incognito: over.incognito ?? false },
});

let browser: FakeBrowser;
const send = async (message: unknown, sender: Runtime.MessageSender): Promise<unknown> => (await browser.runtime.onMessage.trigger(message, sender as never, () => {}))[0];
const session = () => browser.storage.session.get(null);
const detectionOf = async (tabId: number) => (await session())[tabKey(tabId)] as Detection | undefined;
const at = (date: Date | number) => vi.setSystemTime(date);
const seen = (tabId: number, requestId: string, over: { incognito?: boolean } = {}) => send({ type: 'error-page-seen', evidence: evidence(requestId) }, inTab(tabId, over));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: T0 });
  browser = freshFakeBrowser();
  browser.runtime.id = OWN_ID;
  startBackground(browser, english);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('background: the person enabled flagging', () => {
  it('on a tab whose error it read: keeps only the time, for the browser, and the error where it was pressed gets it', async () => {
    await seen(7, FIRST);
    at(T0.getTime() + MINUTE);
    expect(await send({ type: 'flagging-enabled', anything: 'dropped' }, inTab(7))).toEqual({ marked: true });
    const stored = await session();
    expect(stored[flaggingKey(false)]).toBe(T0.getTime() + MINUTE);
    expect(Object.keys(stored).filter((key) => key.startsWith('flagging'))).toEqual([flaggingKey(false)]);
    expect(await detectionOf(7)).toMatchObject({ requestId: FIRST, flaggedForReviewAt: '2026-01-20T21:36:00.000Z' });
  });

  it('is refused from a tab with no error page read, and from anyone but our content script', async () => {
    expect(await send({ type: 'flagging-enabled' }, inTab(8))).toEqual({ marked: false });
    await seen(7, FIRST);
    expect(await send({ type: 'flagging-enabled' }, { ...inTab(7), id: 'someone-else' })).toBeUndefined();
    expect(await send({ type: 'flagging-enabled' }, { ...inTab(7), frameId: 3 })).toBeUndefined();
    expect(await send({ type: 'flagging-enabled' }, inTab(7, { url: 'https://example.com/' }))).toBeUndefined();
    expect(Object.keys(await session())).not.toContain(flaggingKey(false));
    expect(await detectionOf(7)).not.toHaveProperty('flaggedForReviewAt');
  });

  it('the retry in another tab (a new window) within 20 minutes is flagged too, with the time flagging began', async () => {
    await seen(7, FIRST);
    await send({ type: 'flagging-enabled' }, inTab(7));
    at(T0.getTime() + FLAGGING_WINDOW_MS);
    await seen(9, RETRY);
    expect(await detectionOf(9)).toMatchObject({ requestId: RETRY, flaggedForReviewAt: T0.toISOString() });
  });

  it('an error more than 20 minutes after is not, and the old mark is forgotten', async () => {
    await seen(7, FIRST);
    await send({ type: 'flagging-enabled' }, inTab(7));
    at(T0.getTime() + FLAGGING_WINDOW_MS + 1);
    await seen(9, RETRY);
    expect(await detectionOf(9)).not.toHaveProperty('flaggedForReviewAt');
    expect(Object.keys(await session())).not.toContain(flaggingKey(false));
  });

  it('errors before flagging was enabled, elsewhere, are not marked after the fact', async () => {
    await seen(5, RETRY);
    await seen(7, FIRST);
    await send({ type: 'flagging-enabled' }, inTab(7));
    expect(await detectionOf(5)).not.toHaveProperty('flaggedForReviewAt');
  });

  it('a private window’s flagging reaches only private windows, and a normal window’s only normal ones', async () => {
    await seen(7, FIRST, { incognito: true });
    await send({ type: 'flagging-enabled' }, inTab(7, { incognito: true }));
    expect(Object.keys(await session())).toContain(flaggingKey(true));
    await seen(9, RETRY);
    expect(await detectionOf(9)).not.toHaveProperty('flaggedForReviewAt');
    await seen(11, RETRY, { incognito: true });
    expect(await detectionOf(11)).toMatchObject({ flaggedForReviewAt: T0.toISOString() });
  });

  it('a second press starts the 20 minutes again from then', async () => {
    await seen(7, FIRST);
    await send({ type: 'flagging-enabled' }, inTab(7));
    at(T0.getTime() + 5 * MINUTE);
    await send({ type: 'flagging-enabled' }, inTab(7));
    at(T0.getTime() + 24 * MINUTE);
    await seen(9, RETRY);
    expect(await detectionOf(9)).toMatchObject({ flaggedForReviewAt: new Date(T0.getTime() + 5 * MINUTE).toISOString() });
  });
});

describe('createFlaggingMarks', () => {
  it('a mark from a clock that went back never counts, and is forgotten', async () => {
    browser = freshFakeBrowser();
    const marks = createFlaggingMarks(browser.storage);
    await marks.mark(false, T0);
    expect(await marks.madeWithin(false, new Date(T0.getTime() - 1))).toBeUndefined();
    expect(await session()).toEqual({});
  });

  it('ignores what is not a time', async () => {
    browser = freshFakeBrowser();
    await browser.storage.session.set({ [flaggingKey(false)]: '2026-01-20T21:35:00Z' });
    expect(await createFlaggingMarks(browser.storage).madeWithin(false, T0)).toBeUndefined();
  });

  it('flaggingEndsAt is 20 minutes after the start', () => {
    expect(new Date(flaggingEndsAt('2026-01-20T21:35:00.000Z')).toISOString()).toBe('2026-01-20T21:55:00.000Z');
  });
});
