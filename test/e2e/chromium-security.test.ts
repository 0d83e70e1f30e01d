// The threat model of SECURITY.md, checked in real Chromium with the built extension (dist/chrome):
// pages can't talk to the extension; only its own content script on a sign-in host is believed;
// the extension makes no network request of its own; its pages run under a strict CSP; flow
// tokens never reach storage or the popup; only the options page writes the person's settings.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROME_DIST, WINDOWS_CHROME_UA, launchWithExtension } from '../../scripts/browsers/chromium-with-extension.mjs';
import { drainWithKnownPositive, openPopup, recordStoredDetections, sessionStorage, tabKeys, useChromium, visit, visitAndDetect, waitForDetection } from './chromium-helpers';
import { knownPositivePage } from './known-positive';
import { fixture, flowSecrets, loadFixtures } from '../fixtures/index.mjs';

/** A Request Id no fixture uses: if it is ever stored, a forged message got through. */
const FORGED_ID = 'deadbeef-dead-4bad-8bad-0123456789ab';
const FORGED_EVIDENCE = {
  config: { sErrorCode: '53003', sessionId: FORGED_ID, correlationId: FORGED_ID },
  locale: 'en-US',
  text: `AADSTS53003: Access has been blocked by Conditional Access policies.\nError Code: 53003\nRequest Id: ${FORGED_ID}\nCorrelation Id: ${FORGED_ID}\nTimestamp: 2026-01-20T21:33:18.342Z`,
  userAgent: WINDOWS_CHROME_UA,
};

const browser = useChromium();

/** Every detection stored in the session (tab keys and `latest`), as JSON. */
async function storedJson(): Promise<string> {
  return JSON.stringify(await sessionStorage(browser));
}

async function expectNothingForged(): Promise<void> {
  expect(await storedJson()).not.toContain(FORGED_ID);
}

describe('Chromium: pages cannot talk to the extension', () => {
  it('a sign-in page’s own scripts find no chrome.runtime to reach the extension, and sendMessage/connect by id fail', async () => {
    const f = fixture('negative-converged-signin');
    const page = await visit(browser, f.url, f.html);
    await page.waitForLoadState('load');
    const attempt = await page.evaluate(
      async ({ id, message }) => {
        const chromeApi = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown>; connect?: (...a: unknown[]) => unknown } } }).chrome;
        const result: Record<string, string> = { runtime: typeof chromeApi?.runtime, sendMessage: typeof chromeApi?.runtime?.sendMessage };
        if (typeof chromeApi?.runtime?.sendMessage === 'function') {
          try {
            await chromeApi.runtime.sendMessage(id, message);
            result.sent = 'resolved';
          } catch (error) {
            result.sent = `rejected: ${String(error)}`;
          }
        }
        if (typeof chromeApi?.runtime?.connect === 'function') {
          try {
            chromeApi.runtime.connect(id);
            result.connect = 'connected';
          } catch (error) {
            result.connect = `threw: ${String(error)}`;
          }
        }
        return result;
      },
      { id: browser.extensionId, message: { type: 'error-page-seen', evidence: FORGED_EVIDENCE } },
    );
    // No externally_connectable: Chromium gives web pages no chrome.runtime at all, or one that can't reach us.
    if (attempt.runtime !== 'undefined') {
      expect(attempt.sent ?? 'rejected', JSON.stringify(attempt)).toMatch(/^rejected/);
      expect(attempt.connect ?? 'threw', JSON.stringify(attempt)).toMatch(/^threw/);
    }
    // The attempts were answered (refused) above, so the browser has delivered them nowhere: there
    // is nothing left in flight to wait for before looking at storage.
    await expectNothingForged();
    await page.close();
  });

  it('window.postMessage and DOM events of a fake detection message create no detection; only what the page shows counts', async () => {
    const f = fixture('negative-converged-signin');
    const before = await tabKeys(browser);
    const stored = await recordStoredDetections(browser);
    const page = await visit(browser, f.url, f.html);
    await page.waitForLoadState('load');
    await page.evaluate((evidence) => {
      const message = { type: 'error-page-seen', evidence };
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      window.dispatchEvent(new MessageEvent('message', { data: message, origin: location.origin }));
      for (const type of ['error-page-seen', 'open-help', 'message']) document.dispatchEvent(new CustomEvent(type, { detail: message }));
    }, FORGED_EVIDENCE);
    expect(await tabKeys(browser), 'no detection of the forged messages (yet)').toEqual(before);

    // The content script was there all along: once the page itself shows an error, it is read.
    // (A page can lie about its own details; that only changes its own visitor's ticket.) That
    // detection also proves the forged messages above were handled, or ignored, before it.
    const shown = await drainWithKnownPositive(browser, page);
    const written = await stored();
    expect(written.filter((d) => d.requestId !== shown.requestId), 'nothing stored before the page showed its error').toEqual([]);
    await expectNothingForged();
    expect(browser.context.pages().filter((p) => p.url().includes('/popup/index.html'))).toEqual([]);
    await page.close();
  });
});

describe('Chromium: what the page text leaves out', () => {
  it('SVG script and style text, and a textarea the page filled, never become details; Microsoft’s copy box does', async () => {
    // The IDs are only in the read-only copy box, read after the page's other text: any forged
    // line that got into the text would come first.
    const f = fixture('53003-copy-textbox-only');
    const forged = `Error Code: 50000\nRequest Id: ${FORGED_ID}\nCorrelation Id: ${FORGED_ID}`;
    const hostile = `<svg width="1" height="1"><script>${forged}</script><style>${forged}</style><script><tspan>${forged}</tspan></script></svg><textarea id="typed"></textarea><script>document.getElementById('typed').value = ${JSON.stringify(`my password is hunter2\n${forged}`)};</script>`;
    const html = f.html.replace(/(<body[^>]*>)/, `$1${hostile}`);
    expect(html).toContain(hostile);
    const { page, detection } = await visitAndDetect(browser, { ...f, html });
    // Chromium parsed the SVG's children as SVG elements, with lower-case names.
    expect(await page.evaluate(() => Array.from(document.querySelector('svg')!.children, (c) => `${c.namespaceURI} ${c.nodeName}`))).toEqual(['script', 'style', 'script'].map((name) => `http://www.w3.org/2000/svg ${name}`));
    expect(detection).toMatchObject({ errorCode: '53003', requestId: f.expected!.requestId, correlationId: f.expected!.correlationId });
    await expectNothingForged();
    expect(await storedJson()).not.toMatch(/hunter2|50000/);
    await page.close();
  });
});

describe('Chromium: only the content script on a sign-in host is believed', () => {
  for (const [name, path] of [['the popup page', 'popup/index.html'], ['the options page', 'options/index.html']] as const) {
    it(`${name}, though an extension page of this very extension, can’t store a detection or open help`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      const pagesBefore = browser.context.pages().length;
      const answers = await page.evaluate(async (evidence) => {
        const send = async (message: unknown) => {
          try {
            return JSON.stringify((await chrome.runtime.sendMessage(message)) ?? null);
          } catch (error) {
            return `rejected: ${String(error)}`;
          }
        };
        return [await send({ type: 'error-page-seen', evidence }), await send({ type: 'open-help' })];
      }, FORGED_EVIDENCE);
      // No answer at all: "not ours to answer" (null, or rejected because nobody responded).
      for (const answer of answers) expect(answer, answers.join(' | ')).toMatch(/^(null|rejected: )/);
      // "No answer" comes back only once every listener in the background has returned without
      // taking the message on, so nothing of it is still running when storage is read.
      await expectNothingForged();
      expect(browser.context.pages().length).toBe(pagesBefore);
      await page.close();
    });
  }
});

describe('Chromium: only the options page writes the person’s settings', () => {
  it('code in the content script’s world (a compromised sign-in renderer, via the DevTools protocol) can neither write storage.local nor have the background save settings', async () => {
    const f = fixture('negative-converged-signin');
    const page = await visit(browser, f.url, f.html);
    const cdp = await browser.context.newCDPSession(page);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const ours = () => worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
    await expect.poll(() => ours() !== undefined, { message: 'the content script’s world exists' }).toBe(true);
    const attack = { supportEmail: 'it-help@attacker.example' };
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: ours()!.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const r = {};
        try { await chrome.storage.local.set({ settings: ${JSON.stringify(attack)} }); r.local = 'WRITTEN'; } catch (e) { r.local = 'refused: ' + e.message; }
        try { r.save = JSON.stringify((await chrome.runtime.sendMessage({ type: 'save-settings', settings: ${JSON.stringify(attack)} })) ?? null); } catch (e) { r.save = 'rejected: ' + e.message; }
        return r;
      })()`,
    })) as { result: { value: { local: string; save: string } } };
    await cdp.detach();
    expect(result.value.local, result.value.local).toMatch(/^refused: /);
    expect(result.value.save, result.value.save).toMatch(/^(null|rejected: )/);
    const worker = await browser.worker();
    expect(JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)))).not.toContain('attacker.example');
    await page.close();
  });
});

/** Chromium's id for an unpacked extension without a key: sha256 of its path, first 32 hex digits as a-p. */
function unpackedId(dir: string): string {
  return createHash('sha256')
    .update(dir)
    .digest('hex')
    .slice(0, 32)
    .replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

describe('Chromium: another extension', () => {
  it('can’t store a detection by messaging this one (its messages are external, and nobody listens for those)', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'sbh-other-ext-'));
    writeFileSync(join(otherDir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Other extension', version: '1.0' }));
    writeFileSync(join(otherDir, 'page.html'), '<!doctype html><title>other</title>');
    const both = `${CHROME_DIST},${otherDir}`;
    const two = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extraArgs: [`--disable-extensions-except=${both}`, `--load-extension=${both}`] });
    try {
      const page = await two.context.newPage();
      await page.goto(`chrome-extension://${unpackedId(otherDir)}/page.html`);
      const answer = await page.evaluate(
        async ({ id, evidence }) => {
          try {
            return `resolved: ${JSON.stringify(await chrome.runtime.sendMessage(id, { type: 'error-page-seen', evidence }))}`;
          } catch (error) {
            return `rejected: ${String(error)}`;
          }
        },
        { id: two.extensionId, evidence: FORGED_EVIDENCE },
      );
      // The other extension did load and send: Chromium found no listener for external messages.
      expect(answer).toMatch(/^rejected: .*(Could not establish connection|Receiving end does not exist)/);
      // Refused by the browser itself (no receiver): the message never reached this extension.
      const worker = await two.worker();
      const stored = JSON.stringify(await worker.evaluate(() => chrome.storage.session.get(null)));
      expect(stored).not.toContain(FORGED_ID);
    } finally {
      await two.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});

describe('Chromium: no network requests of its own', () => {
  it('an error page, the popup and the options page: every refused request is one the test page asked for', async () => {
    const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
    const requests: { url: string; from: string }[] = [];
    const origin = (request: Request): string => {
      if (request.serviceWorker()) return request.serviceWorker()!.url();
      try {
        return request.frame().url();
      } catch {
        return '(unknown)';
      }
    };
    const onRequest = (request: Request) => requests.push({ url: request.url(), from: origin(request) });
    browser.context.on('request', onRequest);
    const refusedBefore = browser.refused.length;

    const f = fixture('53003-registered-windows');
    const { page, detection } = await visitAndDetect(browser, f, (d) => d.requestId === f.expected!.requestId);
    const popup = await openPopup(browser, detection.tabId);
    await expect.poll(() => popup.locator('.key-ids').innerText()).toContain(f.expected!.requestId!);
    await popup.getByRole('button', { name: 'Copy details' }).click().catch(() => undefined);
    const options = await browser.context.newPage();
    await options.goto(`${extensionOrigin}options/index.html`);
    await options.waitForLoadState('load');
    // The options page has read its settings and policy and drawn its form: all it does at start is done.
    await options.locator('main form').waitFor({ timeout: 10_000 });
    // And one more page in the tab: its detection shows the background done with all before it.
    const proof = knownPositivePage();
    const sinceProof = Date.now();
    browser.serve(proof.url, proof.html);
    await page.goto(proof.url);
    await waitForDetection(browser, (d) => d.requestId === proof.requestId, sinceProof);
    browser.context.off('request', onRequest);

    // 1. Every refused URL was asked for by the test page itself: it is in the fixture's HTML
    //    (or is the page's own favicon, which Chromium fetches for any page).
    const html = f.html.replace(/&amp;/g, '&');
    const pageOrigin = new URL(f.url).origin;
    const refused = browser.refused.slice(refusedBefore);
    expect(refused.length, 'the fixture’s own stylesheet and scripts were refused: the check below has something to check').toBeGreaterThan(0);
    for (const url of refused) {
      const fromFixture = html.includes(url) || html.includes(url.split('?')[0]) || url === `${pageOrigin}/favicon.ico`;
      expect(fromFixture, `refused request not in the fixture: ${url}`).toBe(true);
    }
    // 2. No web request came from the extension's service worker or its pages.
    const fromExtension = requests.filter((r) => r.from.startsWith(extensionOrigin) && !r.url.startsWith(extensionOrigin));
    expect(fromExtension).toEqual([]);
    // 3. What the extension's own contexts loaded: nothing but its own files.
    const worker = await browser.worker();
    const loaded = [
      ...(await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
      ...(await popup.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
      ...(await options.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))),
    ];
    expect(loaded.filter((url) => !url.startsWith(extensionOrigin))).toEqual([]);

    await Promise.all([options.close(), popup.close(), page.close()]);
  });
});

describe('Chromium: extension pages run under a strict CSP', () => {
  async function tryCode(page: Page) {
    return page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      let policy = '';
      document.addEventListener('securitypolicyviolation', (e) => {
        violations.push(e.effectiveDirective);
        policy = e.originalPolicy;
      });
      // With Trusted Types required, even writing script text or a script URL throws: that is
      // a refusal too, recorded here, on top of the CSP's own refusals.
      const refusedByTrustedTypes: string[] = [];
      // A script element fires load or error once the browser has decided about it: the positive
      // signal that a refused script has had its chance to run.
      const decided: Promise<unknown>[] = [];
      const decidedAbout = (script: HTMLScriptElement) =>
        decided.push(new Promise((resolve) => {
          script.addEventListener('load', resolve, { once: true });
          script.addEventListener('error', resolve, { once: true });
        }));
      const attempt = (name: string, f: () => void) => {
        try {
          f();
        } catch (error) {
          if ((error as Error).name === 'TypeError') refusedByTrustedTypes.push(name);
          else throw error;
        }
      };
      attempt('inline script', () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = 1';
        document.head.append(script);
      });
      attempt('inline handler', () => {
        const handler = document.createElement('div');
        handler.setAttribute('onclick', 'window.__handlerRan = 1');
        document.body.append(handler);
        handler.click();
      });
      attempt('javascript: link', () => {
        const link = document.createElement('a');
        link.href = 'javascript:window.__jsUrlRan = 1';
        document.body.append(link);
        link.click();
      });
      attempt('data: script', () => {
        const dataScript = document.createElement('script');
        dataScript.src = 'data:text/javascript,window.__dataRan=1';
        document.head.append(dataScript);
        decidedAbout(dataScript);
      });
      attempt('remote script', () => {
        const remoteScript = document.createElement('script');
        remoteScript.src = 'https://aadcdn.msftauth.net/evil.js';
        document.head.append(remoteScript);
        decidedAbout(remoteScript);
      });
      const tryRun = (f: () => unknown) => {
        try {
          f();
          return 'ran';
        } catch (error) {
          return (error as Error).name;
        }
      };
      // eval and the Function constructor are what CSP's 'unsafe-eval' governs. They run in a
      // task of the page's own: code evaluated by DevTools (this very function) is exempt from it.
      const [evalResult, functionResult] = await new Promise<string[]>((resolve) =>
        // biome-ignore lint/security/noGlobalEval: the test proves the page's CSP refuses eval
        setTimeout(() => resolve([tryRun(() => eval('1')), tryRun(() => new Function('return 1')())]), 0),
      );
      const timerResult = await new Promise<string>((resolve) => {
        try {
          (setTimeout as unknown as (code: string, ms: number) => void)('window.__timerRan = 1', 0);
        } catch {
          /* refused synchronously */
        }
        // Timers of the same delay fire in the order they were set: this one runs after the string's would have.
        setTimeout(() => resolve(w.__timerRan ? 'ran' : 'blocked'), 0);
      });
      // The javascript: link's navigation was queued before the scripts were refused, so it has had its turn too.
      await Promise.all(decided);
      const ran = ['__inlineRan', '__handlerRan', '__jsUrlRan', '__dataRan'].filter((k) => w[k]);
      return { ran, evalResult, functionResult, timerResult, violations, policy, refusedByTrustedTypes };
    });
  }

  for (const [name, path] of [['popup', 'popup/index.html'], ['options page', 'options/index.html']] as const) {
    it(`${name}: no inline script, inline handler, javascript: or data: script, remote script, eval or Function`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForLoadState('load');
      const result = await tryCode(page);
      expect(result.ran, JSON.stringify(result)).toEqual([]);
      expect(result.evalResult, JSON.stringify(result)).toBe('EvalError');
      expect(result.functionResult, JSON.stringify(result)).toBe('EvalError');
      expect(result.timerResult).toBe('blocked');
      expect(result.violations.length, 'the browser reports each refusal').toBeGreaterThan(0);
      expect(result.policy, 'the policy in force').toMatch(/script-src 'self'/);
      await page.close();
    });
  }
});

describe('Chromium: flow tokens never reach storage or the popup', () => {
  it('after every positive fixture', async () => {
    const positives = loadFixtures().filter((f) => f.expected);
    const secrets = [...new Set(positives.flatMap((f) => flowSecrets(f)))];
    expect(secrets.length, 'the fixtures carry flow tokens to look for').toBeGreaterThan(positives.length);
    const pages: Page[] = [];
    const tabIds: number[] = [];
    for (const f of positives) {
      const { page, detection } = await visitAndDetect(browser, f);
      pages.push(page);
      tabIds.push(detection.tabId);
    }
    const worker = await browser.worker();
    const everything = JSON.stringify(await worker.evaluate(async () => ({ session: await chrome.storage.session.get(null), local: await chrome.storage.local.get(null) })));
    const seen: string[] = [everything];
    for (const tabId of tabIds) {
      const popup = await openPopup(browser, tabId);
      await expect.poll(() => popup.locator('.details').count()).toBeGreaterThan(0);
      seen.push(await popup.content());
      await popup.close();
    }
    const leaks = secrets.filter((secret) => seen.some((text) => text.includes(secret)));
    expect(leaks.map((s) => `${s.slice(0, 24)}…`)).toEqual([]);
    await Promise.all(pages.map((p) => p.close()));
  });
});
