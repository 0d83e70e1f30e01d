// Starts Debian's Firefox ESR (headless, driven by puppeteer-core over WebDriver BiDi) with the
// built extension (dist/firefox) installed and the network switched off: every web request is
// answered from the pages given here, at their real https URLs, or refused and recorded.
// The Firefox counterpart of chromium-with-extension.mjs, used by the end-to-end tests.
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import extensionIds from '../../src/extension/extension-ids.json' with { type: 'json' };
import { OPTIONS_PAGE, popupPath } from '../../scripts/browsers/extension-pages.mjs';
import { waitUntil } from '../../scripts/browsers/wait-until.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox build; FIREFOX_EXTENSION_DIR points the tests at another one (e.g. to check they fail on a broken build). */
export const FIREFOX_DIST = resolve(process.env.FIREFOX_EXTENSION_DIR ?? 'dist/firefox');
/** The Firefox build's fixed id (src/extension/extension-ids.ts), read from its JSON so plain Node can import this file. */
export const GECKO_ID = extensionIds.gecko;
/** Firefox gives each install a random moz-extension:// host; this pref fixes it, so tests know the popup's address. */
export const MOZ_EXTENSION_UUID = '5b0d3c6e-2f1a-4c8b-9e7d-6a5f4b3c2d1e';

const EXTENSION_PAGE_TIMEOUT = 10_000;

/**
 * `display` (an X display from scripts/browsers/real-input.mjs) shows Firefox in a real window
 * there, for the tests that type on a real keyboard; it is headless otherwise.
 * @param {{ display?: string, headless?: boolean, extensionDir?: string, prefs?: Record<string, unknown> }} [options]
 */
export async function launchFirefoxWithExtension(options = {}) {
  const extensionDir = options.extensionDir ?? FIREFOX_DIST;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.display ? false : (options.headless ?? true),
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    // Lets the tests open moz-extension:// pages and, for the private-window case, act as the
    // person would in Firefox's own UI (open a private window, allow the add-on there).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: MOZ_EXTENSION_UUID }),
      // Lets navigator.clipboard.readText() read the real clipboard without Firefox's "Paste" prompt.
      'dom.events.testing.asyncClipboard': true,
      ...options.prefs,
    },
  });
  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== GECKO_ID) throw new Error(`Installed ${installedId}, expected ${GECKO_ID}`);

  /** @type {Map<string, string>} */
  const pages = new Map();
  /** Requests the tests did not serve: the extension must make none of its own. @type {string[]} */
  const refused = [];
  const base = `moz-extension://${MOZ_EXTENSION_UUID}/`;

  /** @type {WeakMap<import('puppeteer-core').Page, Promise<void>>} */
  const intercepting = new WeakMap();
  /** Answers web requests from `pages`, refuses all others; extension and about: pages load untouched. */
  function intercept(/** @type {import('puppeteer-core').Page} */ page) {
    let ready = intercepting.get(page);
    if (!ready) {
      ready = startIntercepting(page);
      intercepting.set(page, ready);
    }
    return ready;
  }
  async function startIntercepting(/** @type {import('puppeteer-core').Page} */ page) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(https?|wss?):/.test(url)) return void request.continue().catch(() => {});
      const body = pages.get(url.split('#')[0]);
      if (body !== undefined) {
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body }).catch(() => {});
      }
      refused.push(url);
      return void request.abort('internetdisconnected').catch(() => {});
    });
  }
  // Pages the browser or the extension opens by itself get the same treatment.
  browser.on('targetcreated', (target) => {
    if (target.type() === 'page') void target.page().then((p) => p && intercept(p)).catch(() => {});
  });

  /**
   * Opens an extension page in a new tab. `page.goto()` to moz-extension:// never resolves in
   * Firefox although the page loads, so it is not awaited: the page is awaited instead.
   */
  async function openExtensionPage(/** @type {string} */ path, viewport = { width: 380, height: 900 }) {
    const url = base + path;
    const page = await browser.newPage();
    await page.setViewport(viewport);
    page.goto(url).catch(() => {});
    await waitForExtensionPage(page, url);
    return page;
  }

  /**
   * @param {import('puppeteer-core').Page} page
   * @param {string} url
   */
  async function waitForExtensionPage(page, url) {
    const deadline = Date.now() + EXTENSION_PAGE_TIMEOUT;
    for (;;) {
      try {
        await page.waitForFunction(
          (/** @type {string} */ expected) => location.href === expected && document.readyState === 'complete',
          { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
          url,
        );
        return;
      } catch (error) {
        // Firefox's remote protocol can fail one poll in a document that is being replaced (seen:
        // "Protocol error (script.evaluate): unknown error TypeError: right-hand side of 'in' should
        // be an object, got null" as the tab went from about:blank to the extension page): poll the
        // new document. Any other error, or the deadline, ends the wait.
        if (!isProtocolError(error) || Date.now() >= deadline) throw error;
      }
    }
  }

  /** A quiet extension page (the options page) kept open to ask the extension's APIs what they hold. */
  /** @type {import('puppeteer-core').Page | undefined} */
  let probe;
  async function probePage() {
    if (!probe || probe.isClosed()) probe = await openExtensionPage(OPTIONS_PAGE, { width: 800, height: 600 });
    return probe;
  }

  /** Runs `expression` as privileged browser code in a browser window (what Firefox's own UI can do). */
  /** @type {string | undefined} */
  let chromeWindow;
  // WebDriver BiDi's own commands: puppeteer's Firefox browser has `connection`, its types do not say so.
  const bidi = () => /** @type {{ send(method: string, params: object): Promise<{ result: any }> }} */ (/** @type {any} */ (browser).connection);
  /**
   * @param {string} expression
   * @returns {Promise<any>}
   */
  async function chromeEval(expression) {
    if (!chromeWindow) {
      // The first browser window, which stays open for the whole run.
      const { result: tree } = await bidi().send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      chromeWindow = tree.contexts.find((/** @type {{ url: string, context: string }} */ c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
      if (!chromeWindow) throw new Error('No browser window to run privileged code in');
    }
    const { result } = await bidi().send('script.evaluate', {
      expression,
      target: { context: chromeWindow },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`Privileged code failed: ${result.exceptionDetails.text}`);
    return result.result.value;
  }
  /**
   * Runs privileged code that opens a tab, and returns the new tab's page.
   *
   * @param {string} expression
   * @param {string} what the tab, for the error when it has no page
   */
  async function pageOpenedBy(expression, what) {
    const before = new Set(browser.targets());
    await chromeEval(expression);
    const target = await browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 10_000 });
    const page = await target.page();
    if (!page) throw new Error(`${what} has no page`);
    return page;
  }


  return {
    browser,
    uuid: MOZ_EXTENSION_UUID,
    refused,
    /**
     * Serves `html` at `url` (its real https address).
     *
     * @param {string} url
     * @param {string} html
     */
    serve(url, html) {
      pages.set(url.split('#')[0], html);
    },
    /** A new tab whose web requests are served from the fixtures. */
    async newPage() {
      const page = await browser.newPage();
      await intercept(page);
      return page;
    },
    /**
     * A new tab in the first browser window, which is a normal one. newPage() opens in the window
     * last used, which is the private one once a test has opened it.
     */
    async newPageInFirstWindow() {
      const page = await pageOpenedBy('gBrowser.selectedTab = gBrowser.addTrustedTab("about:blank"), true', 'The new tab');
      await intercept(page);
      return page;
    },
    /**
     * Loads a page at its real URL, served from the fixture.
     *
     * @param {string} url
     * @param {string} html
     */
    async visit(url, html) {
      pages.set(url.split('#')[0], html);
      const page = await this.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    intercept,
    extensionUrl(/** @type {string} */ path) {
      return base + path;
    },
    /** @param {number} [tabId] the tab whose detection it shows; without one, the active tab's */
    popupUrl(tabId) {
      return base + popupPath(tabId);
    },
    /**
     * The help view for a tab, opened as a tab (like the Chromium tests do).
     *
     * @param {number} [tabId]
     */
    async openPopup(tabId) {
      return openExtensionPage(popupPath(tabId));
    },
    openExtensionPage,
    waitForExtensionPage,
    /**
     * Runs `fn(arg)` in an extension page, where `browser.*`/`chrome.*` are the extension's own APIs.
     *
     * @param {(arg: any) => any} fn
     * @param {any} [arg]
     * @returns {Promise<any>}
     */
    async inExtension(fn, arg) {
      return (await probePage()).evaluate(fn, arg);
    },
    /** Everything in the extension's session storage. */
    async sessionStorage() {
      // `browser` here is the extension page's own global, not the puppeteer Browser this file names so.
      return this.inExtension(() => /** @type {any} */ (globalThis).browser.storage.session.get(null));
    },
    async badge(/** @type {number} */ tabId) {
      return this.inExtension(
        async (/** @type {number} */ id) => {
          const { action } = /** @type {any} */ (globalThis).browser;
          return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
        },
        tabId,
      );
    },
    /** What is on the clipboard, read with the async clipboard API from an extension page. */
    async clipboardText() {
      return this.inExtension(() => navigator.clipboard.readText());
    },
    chromeEval,
    /**
     * Opens a real private window (as File > New Private Window does) and returns its tab,
     * already served from the fixtures, once the window has loaded its own start page.
     *
     * The tab appears at about:blank and the window navigates it to about:privatebrowsing a moment
     * later (about 0.3 s here, more on a busy machine). A test's goto() in between races that
     * navigation: one aborts the other (NS_BINDING_ABORTED), and the fixture may never load.
     */
    async openPrivateWindow() {
      const page = await pageOpenedBy('OpenBrowserWindow({ private: true }), true', 'The private window');
      await waitUntil(
        'the private window to load its start page (about:privatebrowsing)',
        () => page.evaluate(() => location.href === 'about:privatebrowsing' && document.readyState === 'complete').catch(() => false),
        { timeout: 15_000, describe: () => page.url() },
      );
      await intercept(page);
      return page;
    },
    /** How many open browser windows are private, as Firefox itself counts them. */
    async privateWindowCount() {
      return chromeEval('[...Services.wm.getEnumerator("navigator:browser")].filter((w) => PrivateBrowsingUtils.isWindowPrivate(w)).length');
    },
    /**
     * "Run in Private Windows: Allow", as about:addons does it: grant the permission, then reload
     * the add-on. The reload closes the add-on's own tabs and empties its session storage.
     */
    async allowInPrivateWindows() {
      const id = JSON.stringify(GECKO_ID);
      await chromeEval(`(async () => {
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
        await ExtensionPermissions.add(${id}, { permissions: ['internal:privateBrowsingAllowed'], origins: [] }, WebExtensionPolicy.getByID(${id}).extension);
        const addon = await AddonManager.getAddonByID(${id});
        // Not awaited here: the reload closes the add-on's tabs, which upsets a pending evaluation.
        window.__sbhReload = 'pending';
        addon.reload().then(() => (window.__sbhReload = 'done'), (e) => (window.__sbhReload = 'failed: ' + e));
        return true;
      })()`);
      let state = '';
      await waitUntil(
        'the add-on to reload, allowed in private windows',
        async () => {
          state = await chromeEval(`window.__sbhReload + (WebExtensionPolicy.getByID(${id})?.privateBrowsingAllowed ? ' allowed' : '')`);
          if (state.startsWith('failed')) throw new Error(`Reloading the add-on: ${state}`);
          return state === 'done allowed';
        },
        { describe: () => state },
      );
      // The reload closed the probe page; the new instance answers on a fresh one.
      probe = undefined;
      await probePage();
    },
    /**
     * @param {string} name
     * @param {boolean | number | string} value
     */
    async setPref(name, value) {
      const type = typeof value === 'boolean' ? 'Bool' : typeof value === 'number' ? 'Int' : 'String';
      await chromeEval(`Services.prefs.set${type}Pref(${JSON.stringify(name)}, ${JSON.stringify(value)}), true`);
    },
    async close() {
      await browser.close();
    },
  };
}

/** A failure of Firefox's remote protocol itself (puppeteer's ProtocolError), possibly as the cause of a failed wait. */
function isProtocolError(/** @type {unknown} */ error) {
  for (let e = error; e instanceof Error; e = /** @type {{ cause?: unknown }} */ (e).cause) if (e.name === 'ProtocolError') return true;
  return false;
}
