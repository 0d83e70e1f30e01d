// Figure 2: time from the troubleshooting details appearing on the page to the toolbar badge.
//
// The page (53003-late-render, its panel inserted by the page's own script `delayMs` after the
// load event) records Date.now() in the page at the insertion. Meanwhile one worker.evaluate in
// the extension's service worker calls chrome.action.getBadgeText for that tab in a tight loop
// and records Date.now() when "!" appears; both clocks are the machine's wall clock. The loop's
// own resolution (the gap between two polls) is reported too.
//
// 2a: the page's $Config has no error code, so nothing says "error" until the panel appears:
//     details appear -> badge.
// 2b: the real fixture, whose $Config already carries the error code: the badge is set from
//     $Config before the panel exists, and the figure is details appear -> the stored detection
//     (what the popup shows) has the panel's Request Id.
import { tabIdOf } from '../browsers/chromium-with-extension.mjs';
import { summary } from './stats.mjs';

/**
 * Polls in the worker until `want` is seen; returns { at, gap, polls, badgeAt }.
 *
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {{ requestId?: string }} want
 * @param {number} timeoutMs
 * @returns {Promise<{ at: number | null, gap: number | null, polls: number, badgeAt: number | null }>}
 */
function pollInWorker(worker, tabId, want, timeoutMs) {
  return worker.evaluate(
    async ({ tabId, want, timeoutMs }) => {
      // Spelled here, not imported: this runs in the worker, and detection-keys.ts is TypeScript, which plain Node 20 cannot load.
      const key = `tab:${tabId}`;
      const started = Date.now();
      const until = started + timeoutMs;
      let polls = 0;
      let prev = Date.now();
      let badgeAt = null;
      for (;;) {
        const text = await chrome.action.getBadgeText({ tabId });
        let seen = text === '!';
        if (seen && badgeAt === null) badgeAt = Date.now();
        if (want.requestId) {
          const stored = /** @type {{ requestId?: string, capturedAt: string } | undefined} */ ((await chrome.storage.session.get(key))[key]);
          // Only a detection of the page about to load: the previous run's is still stored when polling starts.
          seen = stored?.requestId === want.requestId && Date.parse(stored?.capturedAt ?? '') >= started;
        }
        polls++;
        const now = Date.now();
        if (seen) return { at: now, gap: now - prev, polls, badgeAt };
        if (now > until) return { at: null, gap: null, polls, badgeAt };
        prev = now;
      }
    },
    { tabId, want, timeoutMs },
  );
}

/**
 * @param {import('./browsers.mjs').WithExtension} browser
 * @param {import('playwright-core').Page} tab
 * @param {number} tabId
 * @param {import('./browsers.mjs').BenchPage} page
 * @param {{ requestId?: string }} want
 * @param {number} runs
 */
async function series(browser, tab, tabId, page, want, runs) {
  /** @type {{ latencyMs: number | null, badgeBeforePanelMs: number | null, pollGapMs: number | null, polls: number }[]} */
  const out = [];
  for (let i = 0; i < runs + 1; i++) {
    const worker = await browser.worker();
    // A clean badge: the previous run's "!" is also cleared by the background when the tab navigates.
    await worker.evaluate((tabId) => chrome.action.setBadgeText({ tabId, text: '' }), tabId);
    const polling = pollInWorker(worker, tabId, want, 5000);
    await tab.goto(page.url, { waitUntil: 'load' });
    const result = await polling;
    const insertedAt = await tab
      .waitForFunction(() => /** @type {any} */ (window).__panelInsertedAt, null, { timeout: 5000 })
      .then((handle) => /** @type {Promise<number>} */ (handle.jsonValue()), () => null);
    if (i === 0) continue; // warm-up
    out.push({
      latencyMs: result.at === null || insertedAt === null ? null : result.at - insertedAt,
      badgeBeforePanelMs: result.badgeAt === null || insertedAt === null ? null : insertedAt - result.badgeAt,
      pollGapMs: result.gap,
      polls: result.polls,
    });
  }
  return out;
}

/**
 * @param {{ withExt: import('./browsers.mjs').WithExtension, pageNoConfigError: import('./browsers.mjs').BenchPage, pageReal: import('./browsers.mjs').BenchPage, runs: number, log: (line: string) => void }} o
 */
export async function measureBadgeLatency({ withExt, pageNoConfigError, pageReal, runs, log }) {
  withExt.serve(pageNoConfigError.url, pageNoConfigError.html);
  const tab = await withExt.context.newPage();
  await tab.goto('about:blank');
  const tabId = await tabIdOf(withExt, tab);

  const a = await series(withExt, tab, tabId, pageNoConfigError, {}, runs);
  withExt.serve(pageReal.url, pageReal.html);
  const b = await series(withExt, tab, tabId, pageReal, { requestId: /** @type {Record<string, string>} */ (pageReal.expected).requestId }, runs);
  /** @typedef {typeof a[number]} Row */
  const pick = (/** @type {Row[]} */ rows, /** @type {'latencyMs' | 'badgeBeforePanelMs' | 'pollGapMs'} */ key) =>
    rows.map((r) => r[key]).filter(/** @returns {v is number} */ (v) => v !== null);
  const result = {
    tabId,
    badge: {
      runs: a.length,
      missed: a.filter((r) => r.latencyMs === null).length,
      latency: summary(pick(a, 'latencyMs')),
      pollGap: summary(pick(a, 'pollGapMs')),
      raw: a,
    },
    completeDetection: {
      runs: b.length,
      missed: b.filter((r) => r.latencyMs === null).length,
      latency: summary(pick(b, 'latencyMs')),
      badgeBeforePanel: summary(pick(b, 'badgeBeforePanelMs')),
      pollGap: summary(pick(b, 'pollGapMs')),
      raw: b,
    },
  };
  log(`  details -> badge: ${result.badge.latency.median} ms (p90 ${result.badge.latency.p90}); details -> stored Request Id: ${result.completeDetection.latency.median} ms`);
  return { result, tab, tabId };
}
