// @vitest-environment happy-dom
// The content script's entry, run as the browser runs it (on import), against a stand-in for
// `chrome`: on a normal sign-in page it must not touch the extension API at all (its first use
// costs every sign-in page about half a millisecond), nor add a window listener; on the
// device-code entry page it says only that.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const NORMAL = '<script>//<![CDATA[\n$Config={"pgid":"ConvergedSignIn"};\n//]]></script><div>Sign in</div>';
const ERROR = '<script>//<![CDATA[\n$Config={"sErrorCode":"53003"};\n//]]></script><div>AADSTS53003: Access has been blocked by Conditional Access policies.</div>';

/** Runs content/main.ts afresh on a page with this body. */
async function runContentScript(body: string): Promise<void> {
  document.body.innerHTML = body;
  vi.resetModules();
  await import('../../content/main');
}

beforeEach(() => {
  // Real page changes are observed; fake timers keep their settle delays from running between tests.
  vi.useFakeTimers();
});
afterEach(() => {
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('content/main.ts', () => {
  it('on a normal sign-in page touches no extension API and adds no window listener', async () => {
    const touched: PropertyKey[] = [];
    vi.stubGlobal('chrome', new Proxy({}, { get: (_target, key) => void touched.push(key) }));
    const addListener = vi.spyOn(window, 'addEventListener');
    await runContentScript(NORMAL);
    expect(touched).toEqual([]);
    expect(addListener).not.toHaveBeenCalled();
  });

  it('reads the page again after it changes, calling window functions as the browser allows', async () => {
    // In a browser, window functions called as a method of another object throw "Illegal invocation".
    for (const name of ['setTimeout', 'clearTimeout', 'addEventListener', 'removeEventListener'] as const) {
      const real = globalThis[name] as (...args: unknown[]) => unknown;
      vi.stubGlobal(name, function (this: unknown, ...args: unknown[]) {
        if (this !== undefined && this !== globalThis && this !== window) throw new TypeError(`Illegal invocation of ${name}`);
        return real.apply(globalThis, args);
      });
    }
    const sendMessage = vi.fn(async () => ({ detected: true, complete: false, showNotice: false }));
    vi.stubGlobal('chrome', { runtime: { id: 'own-id', sendMessage } });
    await runContentScript(NORMAL);
    const panel = document.createElement('div');
    panel.textContent = 'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00';
    document.body.append(panel);
    // The observer's callback, then the settle delay (waitFor advances fake timers as it polls).
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ evidence: expect.objectContaining({ text: expect.stringContaining('790d21d9') }) })));
  });

  it('on an error page sends what it read to the background and listens for restores', async () => {
    const sendMessage = vi.fn(async () => ({ detected: true, complete: true, showNotice: false }));
    vi.stubGlobal('chrome', { runtime: { id: 'own-id', sendMessage } });
    const addListener = vi.spyOn(window, 'addEventListener');
    await runContentScript(ERROR);
    expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'error-page-seen', evidence: expect.objectContaining({ config: { sErrorCode: '53003' } }) }));
    expect(addListener).toHaveBeenCalledWith('pageshow', expect.any(Function), true);
  });
});

describe('content/main.ts on the device-code entry page', () => {
  // Each run of the script adds its listeners to the one window of this file: they go after each test.
  const listeners: Array<[string, EventListenerOrEventListenerObject]> = [];
  beforeEach(() => {
    const add = window.addEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject) => {
      listeners.push([type, listener]);
      add(type, listener);
    });
  });
  afterEach(() => {
    for (const [type, listener] of listeners.splice(0)) window.removeEventListener(type, listener);
  });
  const ENTRY_PAGE = '<script>//<![CDATA[\n$Config={"pgid":"ConvergedSignIn"};\n//]]></script><h1>Enter code</h1><div>Enter the code displayed on your app or device.</div><input name="otc">';

  it('tells the background only that the page was seen: no address, no text, no code', async () => {
    history.replaceState(null, '', '/common/oauth2/deviceauth?otc=ABCD1234');
    const sendMessage = vi.fn(async (_message: unknown) => ({ marked: true }));
    vi.stubGlobal('chrome', { runtime: { id: 'own-id', sendMessage } });
    await runContentScript(ENTRY_PAGE);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'device-code-page-seen' }]]);
  });

  it('says so before it reports an error shown on the same page', async () => {
    history.replaceState(null, '', '/organizations/oauth2/deviceauth');
    const sendMessage = vi.fn(async (_message: unknown) => ({ detected: true, complete: true, showNotice: false }));
    vi.stubGlobal('chrome', { runtime: { id: 'own-id', sendMessage } });
    await runContentScript(ERROR);
    expect(sendMessage.mock.calls.map(([message]) => (message as { type: string }).type)).toEqual(['device-code-page-seen', 'error-page-seen']);
  });

  it('says so again when the page comes back from the back/forward cache, not on a first show', async () => {
    history.replaceState(null, '', '/common/oauth2/deviceauth');
    const sendMessage = vi.fn(async (_message: unknown) => ({ marked: true }));
    vi.stubGlobal('chrome', { runtime: { id: 'own-id', sendMessage } });
    await runContentScript(ENTRY_PAGE);
    const pageshow = (persisted: boolean) => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    pageshow(false);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    pageshow(true);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'device-code-page-seen' }], [{ type: 'device-code-page-seen' }]]);
  });

  it('with the extension gone under the page, sends nothing and throws nothing', async () => {
    history.replaceState(null, '', '/common/oauth2/deviceauth');
    const sendMessage = vi.fn();
    vi.stubGlobal('chrome', { runtime: { id: undefined, sendMessage } });
    await runContentScript(ENTRY_PAGE);
    await vi.runAllTimersAsync();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('on any other path touches no extension API', async () => {
    history.replaceState(null, '', '/common/oauth2/v2.0/authorize');
    const touched: PropertyKey[] = [];
    vi.stubGlobal('chrome', new Proxy({}, { get: (_target, key) => void touched.push(key) }));
    const addListener = vi.spyOn(window, 'addEventListener');
    await runContentScript(ENTRY_PAGE);
    expect(touched).toEqual([]);
    expect(addListener).not.toHaveBeenCalled();
  });
});

describe('the content script’s send', () => {
  it('imports types only, so nothing of the contract’s checks or the polyfill reaches the content script', () => {
    const file = 'src/extension/send-to-background.ts';
    const source = readFileSync(join(process.cwd(), file), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line, `${file}: use \`import type\` (the content script must stay tiny)`).toMatch(/^import type /);
  });
});
