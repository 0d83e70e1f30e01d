// Figure 4: detection cost as the page grows, in the real browser.
//
// The extension's own detection code (collectEvidence from the content script; validateEvidence
// and parseErrorPage from the background), bundled with vite (bundle.mjs), is installed in each
// test page as an init script (main world, no <script> element added to the page), in Chromium
// without the extension. After the load event, in the page:
//  - cold: the first call of each stage, as the content script and a freshly started worker pay it;
//  - warm: each stage repeated (calls per sample calibrated to >= 2 ms, up to 11 samples within
//    a time budget), median per call.
// validate + parse get the evidence after a JSON round trip, as a runtime message delivers it.
// They run in the service worker in the extension; the page's V8 stands in for it here.
import { summary } from './stats.mjs';
import * as P from './pages.mjs';

const SIZES = [1e3, 1e4, 1e5, 1e6, 5e6];
const LARGE_COLD_LOADS = 5;
/** --quick: the 5 MB pages take most of this figure's time; the shape of each series shows without them. */
const QUICK_SIZES = SIZES.filter((size) => size <= 1e6);
const QUICK_COLD_LOADS = 2;

/**
 * What bundle.mjs publishes in each test page as `window.__sbhDetection`.
 * @typedef {{
 *   collectEvidence: typeof import('../../content/collect-evidence').collectEvidence,
 *   readPageText: typeof import('../../content/read-page-text').readPageText,
 *   validateEvidence: typeof import('../../src/page/validate-evidence').validateEvidence,
 *   parseErrorPage: typeof import('../../src/page/parse-error-page').parseErrorPage,
 * }} DetectionLibrary
 */

/** Only the first call of readPageText (the content script's text walk), in a fresh page. */
function readPageTextCold() {
  const s = performance.now();
  /** @type {{ __sbhDetection: DetectionLibrary }} */ (/** @type {unknown} */ (window)).__sbhDetection.readPageText(document);
  return performance.now() - s;
}

/** Only the first call of collectEvidence, as the content script's first look makes it, in a fresh page. */
function collectCold() {
  const s = performance.now();
  /** @type {{ __sbhDetection: DetectionLibrary }} */ (/** @type {unknown} */ (window)).__sbhDetection.collectEvidence(document, true);
  return performance.now() - s;
}

function inPage() {
  const D = /** @type {{ __sbhDetection: DetectionLibrary }} */ (/** @type {unknown} */ (window)).__sbhDetection;
  const now = () => performance.now();
  const sample = (/** @type {() => unknown} */ fn) => {
    let iterations = 1;
    for (;;) {
      const s = now();
      for (let i = 0; i < iterations; i++) fn();
      const t = now() - s;
      if (t >= 2 || iterations >= 1 << 16) break;
      iterations *= 4;
    }
    const perCall = [];
    const until = now() + 400;
    while (perCall.length < 11 && (perCall.length < 3 || now() < until)) {
      const s = now();
      for (let i = 0; i < iterations; i++) fn();
      perCall.push((now() - s) / iterations);
    }
    return perCall;
  };
  let s = now();
  const evidence = D.collectEvidence(document);
  /** @type {{ collect: number, validate: number | null, parse: number | null }} */
  const cold = { collect: now() - s, validate: null, parse: null };
  /** @type {unknown} */
  let message = null;
  /** @type {import('../../src/page/error-details').ErrorDetails | null} */
  let details = null;
  if (evidence) {
    message = JSON.parse(JSON.stringify(evidence));
    s = now();
    const valid = D.validateEvidence(message);
    cold.validate = now() - s;
    s = now();
    details = valid && D.parseErrorPage(valid);
    cold.parse = now() - s;
  }
  /** @type {{ collect: number[], validate: number[] | null, parse: number[] | null }} */
  const warm = { collect: sample(() => D.collectEvidence(document)), validate: null, parse: null };
  if (message) {
    warm.validate = sample(() => D.validateEvidence(message));
    const valid = D.validateEvidence(message);
    if (valid) warm.parse = sample(() => D.parseErrorPage(valid));
  }
  return {
    cold,
    warm,
    evidenceTextChars: evidence ? evidence.text.length : 0,
    pageTextChars: D.readPageText(document).length,
    detected: details ? { errorCode: details.errorCode, requestId: details.requestId ?? null, correlationId: details.correlationId ?? null } : null,
    elements: document.getElementsByTagName('*').length,
    textNodes: (() => {
      const walker = document.createTreeWalker(document.body, 4);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    })(),
  };
}

/**
 * Loads `html` with the detection library in a fresh tab and returns what `fn` measures there.
 *
 * @template T
 * @param {import('./browsers.mjs').WithoutExtension} browser
 * @param {string} code the detection library (bundle.mjs)
 * @param {string} name
 * @param {string} html
 * @param {() => T} fn runs in the page
 * @returns {Promise<T>}
 */
async function measurePage(browser, code, name, html, fn) {
  const url = `https://bench.invalid/${name}`;
  browser.serve(url, html);
  const tab = await browser.context.newPage();
  try {
    await tab.addInitScript({ content: code });
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await tab.evaluate(fn);
  } finally {
    await tab.close();
  }
}

/**
 * @param {string} series
 * @param {string} name
 * @param {number} size
 * @param {string} html
 * @param {ReturnType<typeof inPage>} m
 * @param {string} [note]
 */
function row(series, name, size, html, m, note) {
  // A median of nothing counts as 0 (as null did in the sum).
  const med = (/** @type {number[] | null} */ v) => (v ? (summary(v).median ?? 0) : 0);
  const warmTotal = med(m.warm.collect) + med(m.warm.validate) + med(m.warm.parse);
  const coldTotal = m.cold.collect + (m.cold.validate ?? 0) + (m.cold.parse ?? 0);
  return {
    series,
    name,
    size,
    htmlBytes: Buffer.byteLength(html),
    elements: m.elements,
    textNodes: m.textNodes,
    evidenceTextChars: m.evidenceTextChars,
    pageTextChars: m.pageTextChars,
    detected: m.detected,
    cold: { ...m.cold, total: coldTotal },
    warm: {
      collect: m.warm.collect && summary(m.warm.collect),
      validate: m.warm.validate && summary(m.warm.validate),
      parse: m.warm.parse && summary(m.warm.parse),
      total: warmTotal,
    },
    // Per KB of the thing that grows (page text, $Config, or the whole page for the others).
    warmUsPerKB: (warmTotal * 1000) / (size / 1000),
    coldUsPerKB: (coldTotal * 1000) / (size / 1000),
    note,
  };
}

/**
 * @param {{ browser: import('./browsers.mjs').WithoutExtension, code: string, largePage: { html: string }, quick?: boolean, log: (line: string) => void }} o
 */
export async function measureDetectionCost({ browser, code, largePage, quick = false, log }) {
  const sizes = quick ? QUICK_SIZES : SIZES;
  const coldLoads = quick ? QUICK_COLD_LOADS : LARGE_COLD_LOADS;
  /** @type {(ReturnType<typeof row> & { coldBreakdown?: { loads: number, collect: ReturnType<typeof summary>, readPageText: ReturnType<typeof summary> } })[]} */
  const rows = [];
  /**
   * @param {string} series
   * @param {string} name
   * @param {number} size
   * @param {string} html
   * @param {string} [note]
   */
  const add = async (series, name, size, html, note) => {
    const m = await measurePage(browser, code, name, html, inPage);
    const r = row(series, name, size, html, m, note);
    rows.push(r);
    log(`  ${series.padEnd(22)} ${name.padEnd(26)} warm ${r.warm.total.toFixed(3)} ms, cold ${r.cold.total.toFixed(2)} ms`);
  };
  for (const size of sizes) await add('error page, page text', `text-${size}`, size, P.textSizePage(size));
  for (const size of sizes) await add('normal page, page text', `normal-text-${size}`, size, P.textSizeNegativePage(size));
  for (const size of sizes) await add('error page, $Config', `config-${size}`, size, P.configSizePage(size));
  for (const [name, make] of Object.entries(P.PATHOLOGICAL)) {
    const html = make();
    await add('pathological', name, Buffer.byteLength(html), html);
  }
  await add('large sign-in page', 'large-signin', Buffer.byteLength(largePage.html), largePage.html, 'the figure 1 page, no error');
  // Where the first check's time goes on that page: more fresh loads, first call of collectEvidence
  // (whole check) or of readPageText (its text walk) alone, alternately.
  const large = /** @type {typeof rows[number]} */ (rows.at(-1));
  const coldCollect = [large.cold.collect];
  const coldWalk = [];
  for (let i = 0; i < coldLoads; i++) {
    coldWalk.push(await measurePage(browser, code, 'large-signin', largePage.html, readPageTextCold));
    if (i < coldLoads - 1) coldCollect.push(await measurePage(browser, code, 'large-signin', largePage.html, collectCold));
  }
  large.coldBreakdown = { loads: coldLoads, collect: summary(coldCollect), readPageText: summary(coldWalk) };
  log(`  large sign-in page, first call in a fresh page: collectEvidence ${large.coldBreakdown.collect.median} ms; readPageText alone ${large.coldBreakdown.readPageText.median} ms`);
  return rows;
}
