// The popup's first reads (popup/read-early.js asks for them as the page opens; popup/first-reads.ts
// answers the popup's own first reads from them): the same answers as the browser's, and never
// one that is out of date. test/unit/popup.test.tsx runs the connector's cases with them too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PopupBrowser } from '../../popup/connector';
import { FIRST_READS_GLOBAL, firstReadsOnPage, withFirstReads, type FirstReads } from '../../popup/first-reads';
import { EXPLAIN } from '../../src/paste/explain-message';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';
import { runReadEarly } from './helpers/read-early';

let browser: FakeBrowser;
let tabId: number;
beforeEach(async () => {
  browser = freshFakeBrowser();
  await browser.windows.create({ focused: true });
  tabId = (await browser.tabs.create({ url: 'https://login.microsoftonline.com/', active: true })).id!;
  await browser.storage.session.set({ a: { n: 1 }, b: 2 });
  await browser.storage.local.set({ settings: { supportName: 'Contoso IT' } });
  await browser.storage.managed.set({ supportEmail: 'help@contoso.example' });
});
afterEach(() => vi.restoreAllMocks());

describe('read-early.js', () => {
  it('reads each storage area whole and the active tab, and leaves them on the window', async () => {
    const scope: Record<string, unknown> = { browser };
    const first = runReadEarly(browser, '', scope);
    expect(scope[FIRST_READS_GLOBAL]).toBe(first);
    expect(await first.session).toEqual({ a: { n: 1 }, b: 2 });
    expect(await first.local).toEqual({ settings: { supportName: 'Contoso IT' } });
    expect(await first.managed).toEqual({ supportEmail: 'help@contoso.example' });
    expect((await first.activeTab)?.map((tab) => tab.id)).toEqual([tabId]);
    expect(first.stale).toBe(false);
  });

  it('uses `chrome` where there is no `browser` (Chrome before 148, Edge)', async () => {
    const first = runReadEarly(undefined, '', { chrome: browser });
    expect(await first.session).toEqual({ a: { n: 1 }, b: 2 });
  });

  it('asks for no tab when the popup is opened for one (?tab=<id>)', () => {
    const query = vi.spyOn(browser.tabs, 'query');
    expect(runReadEarly(browser, '?tab=7').activeTab).toBeUndefined();
    expect(query).not.toHaveBeenCalled();
  });

  it('leaves a read that fails as undefined, for the popup to make its own', async () => {
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await runReadEarly(browser, '').managed).toBeUndefined();
  });

  it('knows when storage has changed since', async () => {
    const first = runReadEarly(browser, '');
    await browser.storage.session.set({ b: 3 });
    await settled();
    expect(first.stale).toBe(true);
  });
});

describe('withFirstReads', () => {
  /** First reads that nothing marks out of date but the popup itself: as if storage's change event were late. */
  const readsOf = async (): Promise<FirstReads> => ({
    stale: false,
    session: Promise.resolve(await browser.storage.session.get(null)),
    local: Promise.resolve(await browser.storage.local.get(null)),
    managed: Promise.resolve(await browser.storage.managed.get(null)),
    activeTab: Promise.resolve([{ id: 99 }]),
  });

  it('is the browser itself when read-early.js has not run', () => {
    expect(withFirstReads(browser, undefined)).toBe(browser);
    expect(firstReadsOnPage()).toBeUndefined();
  });

  it('answers reads from the first reads, key by key as the browser does, with copies', async () => {
    const get = vi.spyOn(browser.storage.session, 'get');
    const popup = withFirstReads(browser, await readsOf());
    get.mockClear();
    expect(await popup.storage.session.get('a')).toEqual({ a: { n: 1 } });
    expect(await popup.storage.session.get(['b', 'missing'])).toEqual({ b: 2 });
    expect(await popup.storage.session.get(null)).toEqual({ a: { n: 1 }, b: 2 });
    expect(await popup.storage.local.get('settings')).toEqual({ settings: { supportName: 'Contoso IT' } });
    expect(await popup.storage.managed.get(null)).toEqual({ supportEmail: 'help@contoso.example' });
    expect(get, 'no read went to the browser').not.toHaveBeenCalled();
    ((await popup.storage.session.get('a')).a as { n: number }).n = 5;
    expect(await popup.storage.session.get('a'), 'an answer changed by its reader changes no other').toEqual({ a: { n: 1 } });
  });

  it('asks the browser once storage has changed', async () => {
    const first = await readsOf();
    const popup = withFirstReads(browser, first);
    await browser.storage.session.set({ b: 3 });
    first.stale = true; // what read-early.js's change listener does
    expect(await popup.storage.session.get('b')).toEqual({ b: 3 });
  });

  it('asks the browser after the popup writes, or asks the background for something, even before the change event comes', async () => {
    let popup = withFirstReads(browser, await readsOf());
    await popup.storage.session.set({ b: 4 });
    expect(await popup.storage.session.get('b')).toEqual({ b: 4 });
    popup = withFirstReads(browser, await readsOf());
    await popup.storage.session.remove('a');
    expect(await popup.storage.session.get(null)).toEqual({ b: 4 });
    // The background stores what it found before it answers: a read after its answer must see it.
    const sendMessage = async () => {
      await browser.storage.session.set({ c: 1 });
      return { found: 1 };
    };
    const background = { ...browser, runtime: { sendMessage } } as unknown as PopupBrowser;
    popup = withFirstReads(background, await readsOf());
    await popup.runtime.sendMessage({ type: EXPLAIN, text: 'AADSTS53003' });
    expect(await popup.storage.session.get('c')).toEqual({ c: 1 });
  });

  it('leaves a failed first read to the browser, which fails as it would have', async () => {
    const first = { ...(await readsOf()), managed: Promise.resolve(undefined) };
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const popup = withFirstReads(browser, first);
    await expect(popup.storage.managed.get(null)).rejects.toThrow('Managed storage manifest not found');
  });

  it('answers the first query for the active tab from the first reads, and later ones from the browser', async () => {
    const popup = withFirstReads(browser, await readsOf());
    expect(await popup.tabs.query({ active: true, currentWindow: true })).toEqual([{ id: 99 }]);
    expect((await popup.tabs.query({ active: true, currentWindow: true })).map((tab) => tab.id)).toEqual([tabId]);
    const opened = withFirstReads(browser, { ...(await readsOf()), activeTab: undefined });
    expect((await opened.tabs.query({ active: true, currentWindow: true })).map((tab) => tab.id), 'with ?tab=, none was asked for').toEqual([tabId]);
  });

  it('passes on what the popup uses and nothing else', async () => {
    const popup = withFirstReads(browser, await readsOf());
    expect(Object.keys(popup).sort()).toEqual(['i18n', 'runtime', 'storage', 'tabs']);
    expect(popup.i18n.getUILanguage()).toBe('en-US');
    expect((await popup.tabs.get(tabId)).url).toBe('https://login.microsoftonline.com/');
  });
});
