// Figure 3: time from opening the popup to the details being painted.
//
// popup/index.html?tab=<id> is opened in a tab (380 px wide, as the toolbar popup) for a tab
// whose detection is stored. An init script, installed before the document exists, watches with
// requestAnimationFrame for the first frame in which the first screen shows (the headline and the
// contact card with the Request Id: what the person sees first, and what they act on), and
// records performance.now() there: milliseconds since the popup's navigation started
// (performance.timeOrigin). The popup renders what lies below the first screen (the steps, what
// to tell IT, the full details list) right after that first paint; the first frame in which the
// full details list (`.details`) holds the Request Id is recorded too, as the whole view. A MutationObserver records when the details entered the DOM, and the
// navigation timing entry when the document's own scripts had run (DOMContentLoaded end).
// The first open after the browser starts is reported apart (cold); then `runs` more opens.
// The popup draws nothing until it has read its settings, and waits up to 150 ms for the admin
// policy among them, so the time its first chrome.storage.managed.get takes is recorded too.
// Not included: the time the browser takes to create the popup bubble after a click.
//
// The floor: what any extension page with this content costs, whatever its code does. After the
// first open, the popup's rendered markup (scripts removed, its stylesheet kept) is written as a
// static page into the benchmark's copy of the extension, and opens of the popup and of that
// page alternate. The floor is the browser's share (creating the tab's page, loading the HTML
// and the stylesheet from the extension, style, layout, paint); the difference is the popup's
// own (loading and running its scripts, reading storage, rendering). It is judged as a ratio to
// the floor, pair by pair (own-share.mjs): the floor moves with the machine and its load. The
// main thread's CPU time up to the paint (CDP Performance.getMetrics, threadTicks) is compared
// the same way: it does not count time spent waiting for a CPU, so it moves less with the load.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownShare, percent } from './own-share.mjs';
import { summary } from './stats.mjs';

const FLOOR_PAGE = 'bench-popup-floor.html';

/** Runs in the popup before its own scripts (an init script): `window.__sbh*` are the figures it leaves. */
function watcher(/** @type {string} */ requestId) {
  // How long the popup's first read of the admin policy (chrome.storage.managed) takes: the
  // popup waits for it a moment before its first render. Wrapping costs microseconds.
  const managed = chrome.storage?.managed;
  if (managed?.get) {
    const get = /** @type {(...args: unknown[]) => unknown} */ (managed.get.bind(managed));
    /** @type {any} */ (managed).get = (/** @type {unknown[]} */ ...args) => {
      const started = performance.now();
      // The popup's script asks for its settings first thing: when it has loaded and run.
      /** @type {any} */ (window).__sbhScriptRan ??= started;
      const result = get(...args);
      Promise.resolve(result).then(
        () => (/** @type {any} */ (window).__sbhManagedGet ??= performance.now() - started),
        () => (/** @type {any} */ (window).__sbhManagedGet ??= performance.now() - started),
      );
      return result;
    };
  }
  const shows = (/** @type {string} */ selector) => document.querySelector(selector)?.textContent.includes(requestId) ?? false;
  const found = () => document.querySelector('h1') !== null && shows('.contact');
  const tick = () => {
    const w = /** @type {any} */ (window);
    if (w.__sbhPainted === undefined && found()) w.__sbhPainted = performance.now();
    if (w.__sbhWhole === undefined && shows('.details')) w.__sbhWhole = performance.now();
    if (w.__sbhWhole === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver((_records, observer) => {
    if (found()) {
      /** @type {any} */ (window).__sbhInDom = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens `url` in a fresh tab and times it; with `keepMarkup`, also returns the page as drawn, without its scripts. */
/**
 * @param {import('./browsers.mjs').WithExtension} browser
 * @param {string} url
 * @param {string} requestId
 */
async function open(browser, url, requestId, keepMarkup = false) {
  const popup = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.addInitScript(watcher, requestId);
    // Main-thread CPU time (threadTicks): time the thread waits for a CPU on a busy machine does not count.
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await popup.goto(url);
    // Up to the whole view: the popup's parts below the first screen, and the floor's markup, come with it.
    await popup.waitForFunction(() => /** @type {any} */ (window).__sbhWhole !== undefined, null, { timeout: 10_000 });
    // Main-thread time up to the whole view (asked for once it has painted): all the popup's first work.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value;
    const timing = await popup.evaluate(() => {
      const figures = /** @type {{ __sbhPainted: number, __sbhWhole: number, __sbhInDom?: number, __sbhManagedGet?: number, __sbhScriptRan?: number }} */ (/** @type {unknown} */ (window));
      const navigation = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
      return {
        paintedMs: figures.__sbhPainted,
        wholeMs: figures.__sbhWhole,
        inDomMs: figures.__sbhInDom ?? null,
        dclMs: navigation?.domContentLoadedEventEnd ?? null,
        responseEndMs: navigation?.responseEnd ?? null,
        managedGetMs: figures.__sbhManagedGet ?? null,
        scriptRanMs: figures.__sbhScriptRan ?? null,
      };
    });
    const mainThreadMs = taskSeconds === undefined ? null : taskSeconds * 1000;
    const markup = keepMarkup
      ? await popup.evaluate(() => {
          const copy = /** @type {HTMLElement} */ (document.documentElement.cloneNode(true));
          for (const el of copy.querySelectorAll('script, link[rel="modulepreload"]')) el.remove();
          return `<!doctype html>\n${copy.outerHTML}`;
        })
      : undefined;
    return { timing: { ...timing, mainThreadMs }, markup };
  } finally {
    await popup.close();
  }
}

/**
 * @param {{ withExt: import('./browsers.mjs').WithExtension, tabId: number, requestId: string, runs: number, log: (line: string) => void }} o
 */
export async function measurePopup({ withExt, tabId, requestId, runs, log }) {
  const first = await open(withExt, withExt.popupUrl(tabId), requestId, true);
  const cold = first.timing;
  writeFileSync(join(withExt.extensionDir, FLOOR_PAGE), /** @type {string} */ (first.markup));
  const floorUrl = `chrome-extension://${withExt.extensionId}/${FLOOR_PAGE}`;
  // The floor's first open reads its new file from disk: not measured, as the popup's first is not.
  await open(withExt, floorUrl, requestId);
  /** @type {typeof cold[]} */
  const warm = [];
  /** @type {typeof cold[]} */
  const floor = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always follows the other.
    const order = i % 2 === 0 ? ['popup', 'floor'] : ['floor', 'popup'];
    for (const which of order) {
      if (which === 'popup') warm.push((await open(withExt, withExt.popupUrl(tabId), requestId)).timing);
      else floor.push((await open(withExt, floorUrl, requestId)).timing);
    }
  }
  const result = {
    cold,
    runs: warm.length,
    painted: summary(warm.map((r) => r.paintedMs)),
    inDom: summary(warm.map((r) => r.inDomMs)),
    domContentLoaded: summary(warm.map((r) => r.dclMs)),
    scriptRan: summary(warm.map((r) => r.scriptRanMs)),
    responseEnd: summary(warm.map((r) => r.responseEndMs)),
    managedGet: summary(warm.map((r) => r.managedGetMs)),
    floorPainted: summary(floor.map((r) => r.paintedMs)),
    ownPainted: summary(warm.map((r, i) => r.paintedMs - floor[i].paintedMs)),
    ownShare: ownShare(
      warm.map((r) => r.paintedMs),
      floor.map((r) => r.paintedMs),
    ),
    // The same for the whole view: the popup's parts below the first screen come a frame or two
    // later; the floor has them all in its first frame.
    whole: summary(warm.map((r) => r.wholeMs)),
    ownShareWhole: ownShare(
      warm.map((r) => r.wholeMs),
      floor.map((r) => r.wholeMs),
    ),
    // The same question asked of main-thread CPU time up to the paint: what the popup's code costs
    // the page's thread, whatever else the machine runs. Not the goal (the person waits wall time), a check on it.
    ownMainThread: ownShare(
      warm.map((r) => r.mainThreadMs),
      floor.map((r) => r.mainThreadMs),
    ),
    raw: warm,
    rawFloor: floor,
  };
  log(
    `  popup open -> first screen painted: ${result.painted.median} ms (p90 ${result.painted.p90}); the same markup as a static page (floor): ${result.floorPainted.median} ms; ` +
      `the popup's own: +${result.ownPainted.median} ms, ${percent(result.ownShare.ratio.median)} of its floor (per pair; the median's 90% interval ${percent(result.ownShare.ratioInterval.low)}–${percent(result.ownShare.ratioInterval.high)}); first open ${cold.paintedMs.toFixed(1)} ms ` +
      `(chrome.storage.managed.get ${cold.managedGetMs?.toFixed(1)} ms there, ${result.managedGet.median} ms in later opens); ` +
      `whole view (the full details list) ${result.whole.median} ms, ${percent(result.ownShareWhole.ratio.median)} of its floor (${percent(result.ownShareWhole.ratioInterval.low)}–${percent(result.ownShareWhole.ratioInterval.high)}); ` +
      `main-thread CPU, own: +${result.ownMainThread.ownMs.median} ms, ${percent(result.ownMainThread.ratio.median)} of the floor's`,
  );
  return result;
}
