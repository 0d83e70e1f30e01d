// Figure 1: main-thread time the content script adds to a sign-in page.
//
// Side by side: the same page at the same https address, loaded in a fresh tab of Chromium with
// the extension and of the same Chromium without it, in alternating order (A B, B A, ...). Each
// load is measured with CDP Performance.getMetrics in the thread-CPU-time domain (threadTicks),
// so time the main thread spends preempted by other processes on a busy machine does not count.
// The window is the whole load plus `settleMs` after the load event: the content script runs at
// document_idle (at the latest right after load) and, on an error page, shows its notice within
// a few tens of milliseconds. ScriptDuration covers every script run on the page's main thread,
// in every world (the content script's isolated world included); TaskDuration covers all main
// thread tasks (script, style, layout, parsing). The figure is the median (and p90) of the
// per-pair differences.
//
// Attribution: a few more loads with the extension, traced (devtools.timeline), sum the
// content script's own trace events on the page's main thread: EvaluateScript (injection:
// compile + first run, which includes the first check of the page) and FunctionCall events of
// its script URL (timers and observer callbacks). Promise continuations (the reply from the
// background, the notice) carry no script URL in the trace, so that sum is a lower bound.
// The whole task around the injection (toplevel RunTask) shows whether injecting costs more
// than the script itself (isolated world, bindings).
import { summary } from './stats.mjs';

const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel'];

/** @typedef {import('./browsers.mjs').ExtensionBrowser & { label: string }} WithSomeExtension the built extension, or the floor's empty one */
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
 * @param {{ withExt: WithSomeExtension, without: import('./browsers.mjs').WithoutExtension, pages: {key:string,label:string,url:string,html:string,error:boolean}[], pairs: number, traces: number, settleMs: number, log: (s:string)=>void }} o
 */
export async function measureMainThread({ withExt, without, pages, pairs, traces, settleMs, log }) {
  const results = [];
  for (const page of pages) {
    withExt.serve(page.url, page.html);
    without.serve(page.url, page.html);
    // One discarded pair: first loads pay for disk caches and the worker's start.
    await loadAndMeasure(withExt, page, settleMs);
    await loadAndMeasure(without, page, settleMs);
    /** @type {Record<'with' | 'without', Measured>[]} */
    const runs = [];
    for (let i = 0; i < pairs; i++) {
      /** @type {('with' | 'without')[]} */
      const order = i % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
      const pair = /** @type {Record<'with' | 'without', Measured>} */ ({});
      for (const side of order) pair[side] = await loadAndMeasure(side === 'with' ? withExt : without, page, settleMs);
      runs.push(pair);
    }
    const traced = [];
    for (let i = 0; i < traces; i++) traced.push(await traceContentScript(withExt, page, settleMs));
    /** @typedef {'scriptMs' | 'taskMs' | 'loadMs'} Figure */
    const diff = (/** @type {Figure} */ key) => runs.map((r) => r.with[key] - r.without[key]);
    const side = (/** @type {'with' | 'without'} */ s, /** @type {Figure} */ key) => runs.map((r) => r[s][key]);
    const result = {
      key: page.key,
      label: page.label,
      htmlBytes: Buffer.byteLength(page.html),
      error: page.error,
      pairs,
      settleMs,
      scriptAdded: summary(diff('scriptMs')),
      taskAdded: summary(diff('taskMs')),
      styleLayoutAdded: summary(runs.map((r) => r.with.styleMs + r.with.layoutMs - r.without.styleMs - r.without.layoutMs)),
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
    results.push(result);
    log(
      `  ${page.label}: script +${result.scriptAdded.median} ms (p90 ${result.scriptAdded.p90}), task +${result.taskAdded.median} ms (p90 ${result.taskAdded.p90}), ` +
        `content script's own trace events ${result.contentScriptTrace.cpu.median} ms CPU`,
    );
  }
  return results;
}
