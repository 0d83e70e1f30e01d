// Figure 1: main-thread time a content script adds to a sign-in page: this extension's, the
// peer's (CyberDrain Check, peer.mjs) and an empty one's (the floor, floor-extension.mjs).
//
// Side by side: the same page at the same https address, loaded in a fresh tab of Chromium
// without any extension and of the same Chromium with each extension (one browser each), every
// round one load in each, in a balanced order (load-order.mjs). Each load is measured with CDP
// Performance.getMetrics in the thread-CPU-time domain (threadTicks), so time the main thread
// spends preempted by other processes on a busy machine does not count.
// The window is the whole load plus `settleMs` after the load event: the content script runs at
// document_idle (at the latest right after load) and, on an error page, shows its notice within
// a few tens of milliseconds. What a content script does later (the peer looks at the page again
// every 1.5 s, up to five times) is not counted, for any side. ScriptDuration covers every script run
// on the page's main thread, in every world (the content scripts' isolated worlds included);
// TaskDuration covers all main thread tasks (script, style, layout, parsing). A side's figure is
// the median (and p90) of its per-round differences from the load without an extension.
//
// Attribution: a few more loads with each extension, traced (devtools.timeline), sum the
// content script's own trace events on the page's main thread: EvaluateScript (injection:
// compile + first run, which includes the first check of the page) and FunctionCall events of
// its script URL (timers and observer callbacks). Promise continuations (the reply from the
// background, the notice) carry no script URL in the trace, so that sum is a lower bound.
// The whole task around the injection (toplevel RunTask) shows whether injecting costs more
// than the script itself (isolated world, bindings).
import { loadOrder } from './load-order.mjs';
import { summary } from './stats.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel'];

/** @typedef {import('./browsers.mjs').ExtensionBrowser & { label: string }} WithSomeExtension the built extension, the peer, or the floor's empty one */
/** @typedef {WithSomeExtension | import('./browsers.mjs').WithoutExtension} Browser */
/** @typedef {{ ph: string, name: string, ts: number, dur: number, tdur?: number, pid: number, tid: number, args?: { data?: { url?: string } } }} TraceEvent a complete ('X') event of Chromium's trace format */
/** @typedef {Awaited<ReturnType<typeof loadAndMeasure>>} Measured */

/**
 * @param {Browser} browser
 * @param {{ url: string }} page
 * @param {number} settleMs
 */
async function loadAndMeasure(browser, page, settleMs) {
  const tab = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const started = Date.now();
    await tab.goto(page.url, { waitUntil: 'load' });
    const loadMs = Date.now() - started;
    await tab.waitForTimeout(settleMs);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    // Read after the metrics: this evaluate is script time too.
    const notice = await tab.evaluate(() => document.querySelector('sign-in-block-helper') !== null);
    return {
      loadMs,
      scriptMs: m.ScriptDuration * 1000,
      taskMs: m.TaskDuration * 1000,
      styleMs: m.RecalcStyleDuration * 1000,
      layoutMs: m.LayoutDuration * 1000,
      nodes: m.Nodes,
      notice,
    };
  } finally {
    await tab.close();
  }
}

/**
 * @param {WithSomeExtension} browser
 * @param {{ url: string }} page
 * @param {number} settleMs
 */
async function traceContentScript(browser, page, settleMs) {
  const tab = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(tab);
    /** @type {TraceEvent[]} */
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (e.value))));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await complete;
    const prefix = `chrome-extension://${browser.extensionId}/`;
    const own = events
      .filter((e) => e.ph === 'X' && (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.startsWith(prefix))
      .sort((a, b) => a.ts - b.ts);
    // Top-level only: a FunctionCall inside the EvaluateScript is already counted.
    let wall = 0;
    let cpu = 0;
    let evaluate = 0;
    let callbacks = 0;
    let end = -1;
    for (const e of own) {
      if (e.ts < end) continue;
      end = e.ts + e.dur;
      wall += e.dur / 1000;
      cpu += (e.tdur ?? e.dur) / 1000;
      if (e.name === 'EvaluateScript') evaluate += (e.tdur ?? e.dur) / 1000;
      else callbacks++;
    }
    // The whole main-thread task that injected the script: anything the injection costs outside the script shows here.
    const injection = own.find((e) => e.name === 'EvaluateScript');
    const task = injection
      ? events
          .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.pid === injection.pid && e.tid === injection.tid)
          .find((e) => e.ts <= injection.ts && e.ts + e.dur >= injection.ts + injection.dur)
      : undefined;
    const injectionTaskCpuMs = task ? (task.tdur ?? task.dur) / 1000 : NaN;
    return { wallMs: wall, cpuMs: cpu, evaluateCpuMs: evaluate, injectionTaskCpuMs, callbacks, found: own.length > 0 };
  } finally {
    await tab.close();
  }
}

/**
 * @typedef {{ key: string, browser: WithSomeExtension, pages?: string[] }} Side
 *   an extension measured against the baseline: this one ('ours'), the peer, or the empty floor;
 *   `pages` (page keys) when it measures only some of them
 */

/**
 * Each page in rounds: one load in each browser (the baseline without an extension and every side
 * that measures the page), in the balanced order of load-order.mjs, so that each side's added
 * time in a round comes from loads made side by side. Returns, for each side, one result per page
 * it measured, with `raw` holding the round's own load and the baseline's load of that round.
 *
 * @param {{ baseline: import('./browsers.mjs').WithoutExtension, sides: Side[], pages: {key:string,label:string,url:string,html:string,error:boolean}[], rounds: number, traces: number, settleMs: number, log: (s:string)=>void }} o
 */
export async function measureMainThread({ baseline, sides, pages, rounds, traces, settleMs, log }) {
  /** @type {Record<string, ReturnType<typeof pageResult>[]>} */
  const results = Object.fromEntries(sides.map((s) => [s.key, []]));
  /** @type {{ page: typeof pages[number], measuring: Side[], measured: Record<string, Measured>[] }[]} */
  const done = [];
  for (const page of pages) {
    const measuring = sides.filter((s) => !s.pages || s.pages.includes(page.key));
    /** @type {{ key: string, browser: Browser }[]} */
    const participants = [{ key: NONE, browser: baseline }, ...measuring];
    for (const p of participants) p.browser.serve(page.url, page.html);
    // One discarded load each: first loads pay for disk caches and the worker's start.
    for (const p of participants) await loadAndMeasure(p.browser, page, settleMs);
    /** @type {Record<string, Measured>[]} */
    const measured = [];
    for (let i = 0; i < rounds; i++) {
      /** @type {Record<string, Measured>} */
      const round = {};
      for (const p of loadOrder(participants, i)) round[p.key] = await loadAndMeasure(p.browser, page, settleMs);
      measured.push(round);
    }
    done.push({ page, measuring, measured });
  }
  // Traced loads last, after every page's rounds: tracing leaves a browser in another state than
  // an untraced load does, and the rounds must all be measured alike.
  for (const { page, measuring, measured } of done) {
    for (const side of measuring) {
      const traced = [];
      for (let i = 0; i < traces; i++) traced.push(await traceContentScript(side.browser, page, settleMs));
      results[side.key].push(pageResult(page, measured.map((r) => ({ with: r[side.key], without: r[NONE] })), traced, settleMs));
    }
    log(
      `  ${page.label}: ` +
        measuring
          .map((side) => {
            const r = /** @type {ReturnType<typeof pageResult>} */ (results[side.key].at(-1));
            return (
              `${side.browser.label} script +${r.scriptAdded.median} ms (p90 ${r.scriptAdded.p90}), its content script's trace events ${r.contentScriptTrace.cpu.median} ms CPU` +
              (r.notThisPage ? ` (${r.notThisPage} of ${r.pairs} loads left out: their metrics were not of this page)` : '')
            );
          })
          .join('; '),
    );
  }
  return results;
}

/**
 * Whether a load's metrics are of the page that was loaded: its DOM holds about as many nodes as
 * the same page without an extension (an extension adds a few: a notice, a banner). In one run the
 * peer's loads of one page reported the counters of another document (a growing node count, no
 * script time); such a load is left out rather than counted as a page that cost nothing.
 */
export function measuredThisPage(/** @type {{ nodes: number }} */ load, /** @type {{ nodes: number }} */ baseline) {
  return Math.abs(load.nodes - baseline.nodes) <= Math.max(50, 0.1 * baseline.nodes);
}

/** The baseline's key in a round: the browser without an extension. */
const NONE = 'none';

/**
 * One side's figures on one page, from its loads and the baseline's in the same rounds.
 *
 * @param {{key:string,label:string,html:string,error:boolean}} page
 * @param {Record<'with' | 'without', Measured>[]} runs
 * @param {Awaited<ReturnType<typeof traceContentScript>>[]} traced
 * @param {number} settleMs
 */
function pageResult(page, runs, traced, settleMs) {
  /** @typedef {'scriptMs' | 'taskMs' | 'loadMs'} Figure */
  const diff = (/** @type {Figure} */ key) => runs.map((r) => (measuredThisPage(r.with, r.without) ? r.with[key] - r.without[key] : NaN));
  const side = (/** @type {'with' | 'without'} */ s, /** @type {Figure} */ key) => runs.map((r) => r[s][key]);
  return {
    key: page.key,
    label: page.label,
    htmlBytes: Buffer.byteLength(page.html),
    error: page.error,
    pairs: runs.length,
    /** Loads left out of the differences: their metrics were not of this page (measuredThisPage). */
    notThisPage: runs.filter((r) => !measuredThisPage(r.with, r.without)).length,
    settleMs,
    scriptAdded: summary(diff('scriptMs')),
    taskAdded: summary(diff('taskMs')),
    styleLayoutAdded: summary(runs.map((r) => (measuredThisPage(r.with, r.without) ? r.with.styleMs + r.with.layoutMs - r.without.styleMs - r.without.layoutMs : NaN))),
    scriptWith: summary(side('with', 'scriptMs')),
    scriptWithout: summary(side('without', 'scriptMs')),
    taskWith: summary(side('with', 'taskMs')),
    taskWithout: summary(side('without', 'taskMs')),
    loadWith: summary(side('with', 'loadMs')),
    loadWithout: summary(side('without', 'loadMs')),
    nodes: runs[0]?.with.nodes,
    noticeShown: runs.filter((r) => r.with.notice).length,
    noticeShownWithout: runs.filter((r) => r.without.notice).length,
    contentScriptTrace: {
      runs: traced.length,
      found: traced.filter((t) => t.found).length,
      cpu: summary(traced.map((t) => t.cpuMs)),
      wall: summary(traced.map((t) => t.wallMs)),
      evaluateCpu: summary(traced.map((t) => t.evaluateCpuMs)),
      injectionTaskCpu: summary(traced.map((t) => t.injectionTaskCpuMs)),
      callbacks: summary(traced.map((t) => t.callbacks)),
    },
    raw: runs,
  };
}

