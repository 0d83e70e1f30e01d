// @vitest-environment happy-dom
// Pasted text and app addresses end to end against the in-memory browser: who the background
// believes, what it keeps (the details, never the text), and the help view the popup shows for
// them: the same advice, copy and ticket, saying where the details came from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopupConnector } from '../../popup/connector';
import { Popup } from '../../popup/Popup';
import { startBackground } from '../../src/background/start-background';
import { NO_TAB, type Detection } from '../../src/detection/detection';
import { LATEST_KEY, PASTED_KEY, tabKey } from '../../src/detection/detection-keys';
import { EXPLAIN, PASTE_LIMIT } from '../../src/paste/explain-message';
import { lookupPack } from '../../src/lookups/lookup-pack';
import { formatDetails } from '../../src/ticket/format-details';
import { createConnectorMock } from './helpers/popup-connector-mock';
import { english } from './helpers/english';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';

const OWN_ID = 'test-extension-id';
const POPUP = `chrome-extension://${OWN_ID}/popup/index.html`;
const real = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/real', name), 'utf8');
const CLI = real('53003-client-error-strings.txt');

let browser: FakeBrowser;
let container: HTMLElement | undefined;
const helpView = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({ id: OWN_ID, url: POPUP, ...over });
async function send(message: unknown, sender = helpView()): Promise<unknown> {
  const answers = await browser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answers.find((answer) => answer !== undefined);
}
const pasted = async () => (await browser.storage.session.get(PASTED_KEY))[PASTED_KEY] as Detection[] | undefined;

beforeEach(() => {
  browser = freshFakeBrowser();
  browser.runtime.id = OWN_ID;
  browser.runtime.getURL = (path: string) => `chrome-extension://${OWN_ID}/${path.replace(/^\//, '')}`;
  startBackground(browser, english);
});
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

describe('background: explaining pasted text', () => {
  it('keeps every error of the text, block first, as detections of no tab, and never the text', async () => {
    expect(await send({ type: EXPLAIN, text: CLI })).toEqual({ found: 3, cut: false });
    const kept = await pasted();
    expect(kept?.map((d) => [d.errorCode, d.requestId, d.source, d.tabId])).toEqual([
      ['53003', '64908389-2527-4188-8ba4-29b9e76e3c00', 'paste', NO_TAB],
      ['53003', '2f8ccb7a-459e-44fb-b615-232475945800', 'paste', NO_TAB],
      ['53005', undefined, 'paste', NO_TAB],
    ]);
    expect(JSON.stringify(await browser.storage.session.get(null))).not.toContain('Sources are GitHub issues');
  });

  it('says when the text was cut, and stores nothing for text with no error', async () => {
    expect(await send({ type: EXPLAIN, text: `${CLI}${' '.repeat(PASTE_LIMIT)}` })).toEqual({ found: 3, cut: true });
    expect((await pasted())?.[0].pasteCut).toBe(true);
    await browser.storage.session.clear();
    expect(await send({ type: EXPLAIN, text: 'Why do I get AADSTS53003?' })).toEqual({ found: 0, cut: false });
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it.each([
    ['a content script', helpView({ url: 'https://login.microsoftonline.com/common/login', tab: { id: 3, index: 0, highlighted: true, active: true, pinned: false, incognito: false } })],
    ['another extension', helpView({ id: 'someone-else' })],
    ['the options page', helpView({ url: `chrome-extension://${OWN_ID}/options/index.html` })],
  ])('%s gets no answer and stores nothing', async (_who, sender) => {
    expect(await send({ type: EXPLAIN, text: CLI }, sender)).toBeUndefined();
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it("text from a private window stays with that window's tab: its first error, never the pasted list or the latest every window reads", async () => {
    expect(await send({ type: EXPLAIN, text: CLI, tabId: 5, privateWindow: true })).toEqual({ found: 1, cut: false });
    const stored = await browser.storage.session.get(null);
    expect(stored[tabKey(5)]).toMatchObject({ requestId: '64908389-2527-4188-8ba4-29b9e76e3c00', source: 'paste', tabId: 5, privateWindow: true });
    expect(stored).not.toHaveProperty(PASTED_KEY);
    expect(stored).not.toHaveProperty(LATEST_KEY);
    // Said to be private, but with no tab to keep it: nothing is kept at all.
    expect(await send({ type: EXPLAIN, text: CLI, privateWindow: true })).toBeUndefined();
    expect(Object.keys(await browser.storage.session.get(null))).toEqual([tabKey(5)]);
  });

  it("reads an app's address as that tab's error, keeping only the app's origin", async () => {
    const address = 'https://app.contoso.example/signin-oidc?error=interaction_required&error_description=AADSTS53003%3a+Access+has+been+blocked+by+Conditional+Access+policies.%0d%0aTrace+ID%3a+36a9bfd2-0233-4b3b-b947-5ed41fa7a600%0d%0aCorrelation+ID%3a+85b60f58-62ff-4d26-b249-6a0229ba280e%0d%0aTimestamp%3a+2023-05-29+05%3a46%3a34Z&state=secret-state';
    expect(await send({ type: EXPLAIN, address, tabId: 5, privateWindow: false })).toEqual({ found: 1, cut: false });
    const stored = (await browser.storage.session.get(tabKey(5)))[tabKey(5)] as Detection;
    expect(stored).toMatchObject({ errorCode: '53003', requestId: '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', timestamp: '2023-05-29T05:46:34Z', source: 'address', appOrigin: 'https://app.contoso.example', tabId: 5 });
    expect(JSON.stringify(stored)).not.toMatch(/secret-state|signin-oidc/);
    expect(await send({ type: EXPLAIN, address: 'https://app.contoso.example/?code=abc', tabId: 6, privateWindow: false })).toEqual({ found: 0, cut: false });
  });
});

describe('help view for pasted text', () => {
  async function showPopup(search = '') {
    const connector = createPopupConnector({ ...browser, runtime: { sendMessage: (message: unknown) => send(message) } } as never, search, { writeText: async () => {} });
    const first = await connector.readFirst();
    container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Popup connector={connector} first={first} t={english} />, container!));
    return container;
  }

  it('with nothing detected offers the paste box; pasting shows the help, said to come from the text, with the other errors to choose', async () => {
    await browser.windows.create({ focused: true });
    await browser.tabs.create({ url: 'https://example.com/', active: true });
    const view = await showPopup();
    const box = view.querySelector('textarea')!;
    expect(view.querySelector('label[for="pasted"]')?.textContent).toBe(english('pasteLabel'));
    box.value = CLI;
    await act(async () => {
      view.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settled();
      await settled();
    });
    expect(view.querySelector('.where')?.textContent).toBe(english('fromPaste'));
    expect(view.querySelector('.details')?.textContent).toContain('64908389-2527-4188-8ba4-29b9e76e3c00');
    const others = [...view.querySelectorAll('.also button')];
    expect(others.map((b) => b.textContent)).toEqual(['AADSTS53003', 'AADSTS53005']);
    await act(async () => {
      (others[0] as HTMLButtonElement).click();
      await settled();
      await settled();
    });
    expect(view.querySelector('.details')?.textContent).toContain('2f8ccb7a-459e-44fb-b615-232475945800');
    // The paste box stays reachable from the help view.
    expect(view.querySelector('details.paste-more textarea')).not.toBeNull();
  });

  it('in a private window, pasting keeps the error with that tab only, and the help shows it', async () => {
    await browser.windows.create({ focused: true });
    const tab = await browser.tabs.create({ url: 'https://example.com/', active: true });
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ ...tab, incognito: true } as never);
    const view = await showPopup();
    view.querySelector('textarea')!.value = CLI;
    await act(async () => {
      view.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settled();
      await settled();
    });
    expect(view.querySelector('.details')?.textContent).toContain('64908389-2527-4188-8ba4-29b9e76e3c00');
    const stored = await browser.storage.session.get(null);
    expect(stored[tabKey(tab.id!)]).toMatchObject({ source: 'paste', privateWindow: true });
    expect(stored).not.toHaveProperty(PASTED_KEY);
  });

  it('text with no error says so, and the empty view stays', async () => {
    const mock = createConnectorMock({ explainAnswer: { found: 0, cut: false } });
    const first = await mock.readFirst();
    container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Popup connector={mock} first={first} t={english} />, container!));
    container.querySelector('textarea')!.value = 'AADSTS53003?';
    await act(async () => {
      container!.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await settled();
    });
    expect(mock.explained).toEqual(['AADSTS53003?']);
    expect(container.querySelector('.paste-status')?.textContent).toBe(english('pasteNothing'));
  });

  it("the copy and ticket carry the pasted IDs, tenant and policies, say where they came from, and name no browser", async () => {
    await send({ type: EXPLAIN, text: "Authentication failed against tenant 0c9a4b2e-1f3d-4e5a-9b6c-7d8e9f0a1b2c 'Contoso': AADSTS53003: Access has been blocked by Conditional Access policies. Trace ID: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee Correlation ID: ffffffff-0000-4111-8222-333333333333 Timestamp: 2026-02-09 14:52:40Z\nclaims={\"access_token\":{\"capolids\":{\"essential\":true,\"values\":[\"7a3b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\"]}}}" });
    const [detection] = (await pasted()) ?? [];
    const copy = formatDetails(detection, english);
    expect(copy).toContain('Request Id: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(copy).toContain('Timestamp: 2026-02-09T14:52:40Z');
    expect(copy).toContain("Tenant: 0c9a4b2e-1f3d-4e5a-9b6c-7d8e9f0a1b2c (Contoso)");
    expect(copy).toContain('Conditional Access policy ids: 7a3b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(copy).toContain('Details from: pasted text');
    expect(copy).not.toMatch(/Browser:|Sign-in host:/);
    // The lookups take the CLI's time as ISO, and the global cloud when the text names none.
    const lookups = lookupPack(detection, new Set());
    expect(lookups).toContain('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(lookups).toContain('2026-02-09T13:52:40.000Z to 2026-02-09T15:52:40.000Z');
    expect(lookups).toContain('(global cloud)');
    await browser.storage.session.set({ settings: undefined });
    await browser.storage.local.set({ settings: { supportEmail: 'help@contoso.example' } });
    const view = await showPopup();
    const mail = [...view.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').find((href) => href.startsWith('mailto:'));
    expect(decodeURIComponent(mail ?? '')).toContain('Request Id: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
  });
});

const ADDRESS = 'https://app.contoso.example/signin-oidc#error=interaction_required&error_description=AADSTS53003%3a+Access+has+been+blocked+by+Conditional+Access+policies.+Trace+ID%3a+36a9bfd2-0233-4b3b-b947-5ed41fa7a600+Correlation+ID%3a+85b60f58-62ff-4d26-b249-6a0229ba280e+Timestamp%3a+2023-05-29+05%3a46%3a34Z';
const turnOff = () => browser.storage.managed.set({ explainOtherPages: false });

describe('explain this page, and selected text', () => {
  it('the popup reads the error in the active tab’s address, once, and says where the details came from', async () => {
    await browser.windows.create({ focused: true });
    const tab = await browser.tabs.create({ url: ADDRESS, active: true });
    const connector = createPopupConnector({ ...browser, runtime: { sendMessage: (message: unknown) => send(message) } } as never, '', { writeText: async () => {} });
    const { shown } = await connector.readFirst();
    expect(shown.detection).toMatchObject({ errorCode: '53003', requestId: '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', source: 'address', tabId: tab.id, appOrigin: 'https://app.contoso.example' });
    container = document.createElement('div');
    document.body.append(container);
    const first = await connector.readFirst();
    await act(() => render(<Popup connector={connector} first={first} t={english} />, container!));
    expect(container.querySelector('.where')?.textContent).toBe(english('fromAddress'));

    // From another tab the same error is named as seen on the app's page, never as "this page's address".
    await act(() => render(null, container!));
    await browser.tabs.create({ url: 'https://intranet.contoso.example/', active: true });
    const elsewhere = await connector.readFirst();
    expect(elsewhere.shown).toMatchObject({ fromElsewhere: true, detection: { source: 'address' } });
    await act(() => render(<Popup connector={connector} first={elsewhere} t={english} />, container!));
    const lines = [...container.querySelectorAll('.where')].map((line) => line.textContent);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('on app.contoso.example, in another tab or an earlier page.');
  });

  it('an organisation that turns it off: no address is read', async () => {
    await turnOff();
    expect(await send({ type: EXPLAIN, address: ADDRESS, tabId: 5, privateWindow: false })).toEqual({ found: 0, cut: false });
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('offers "Explain this sign-in error" on selected text; choosing it keeps the errors and opens the help', async () => {
    await settled();
    expect([...browser.contextMenus.items.values()]).toEqual([{ id: 'explain', title: english('contextMenuExplain'), contexts: ['selection'] }]);
    browser.contextMenus.click({ menuItemId: 'explain', selectionText: CLI.replace(/\s+/g, ' ') }, { id: 9, windowId: 2 });
    await settled();
    await settled();
    expect(browser.action.openPopup).toHaveBeenCalledWith({ windowId: 2 });
    expect((await pasted())?.map((d) => d.requestId)).toEqual(['64908389-2527-4188-8ba4-29b9e76e3c00', '2f8ccb7a-459e-44fb-b615-232475945800', undefined]);
  });

  it('selected text in a private window stays with its tab, never in the pasted list', async () => {
    await settled();
    browser.contextMenus.click({ menuItemId: 'explain', selectionText: CLI }, { id: 9, windowId: 2, incognito: true } as never);
    await settled();
    await settled();
    const stored = await browser.storage.session.get(null);
    expect(stored[tabKey(9)]).toMatchObject({ source: 'paste', tabId: 9, privateWindow: true });
    expect(stored).not.toHaveProperty(PASTED_KEY);
  });

  it('the menu item goes when policy turns it off, and comes back when policy allows it again', async () => {
    await settled();
    await turnOff();
    await settled();
    await settled();
    expect(browser.contextMenus.items.size).toBe(0);
    browser.contextMenus.click({ menuItemId: 'explain', selectionText: CLI }, { id: 9, windowId: 2 });
    await settled();
    await settled();
    expect(await pasted()).toBeUndefined();
    await browser.storage.managed.set({ explainOtherPages: true });
    await settled();
    await settled();
    expect(browser.contextMenus.items.size).toBe(1);
  });
});
