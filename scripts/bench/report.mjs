// Turns the measurements into the verdict table (console and results.md) and the README paragraph.
// Every goal is a ratio measured in the same run, so that it holds on another machine: lighter
// than the peer on sign-in pages (lightness.mjs), within a number of frames for the badge, and
// the popup's own share of its floor (own-share.mjs).
import { describePermissions } from './extension-facts.mjs';
import { GOAL_LIGHTER, lightnessCertainty, meetsLightnessGoal, shortfall, times } from './lightness.mjs';
import { GOAL_OWN_SHARE, meetsOwnShareGoal, ownShareCertainty, percent } from './own-share.mjs';
import { bytes, ms } from './stats.mjs';

/** One frame at 60 Hz: what a person can see change. */
export const FRAME_MS = 1000 / 60;
/** The badge goal: lit within this many frames of the details appearing on the page. */
export const GOAL_BADGE_FRAMES = 3;
const GOAL_BADGE_MS = GOAL_BADGE_FRAMES * FRAME_MS;

/**
 * The badge's latency in frames, and as a share of the popup's floor measured in the same run
 * (what opening an extension page costs this machine): the yardstick that says whether a slow
 * badge is the code or the machine.
 *
 * @param {number | null | undefined} latencyMs
 * @param {number | null | undefined} popupFloorMs
 */
export function badgeYardstick(latencyMs, popupFloorMs) {
  const latency = typeof latencyMs === 'number' && Number.isFinite(latencyMs) ? latencyMs : NaN;
  const floor = typeof popupFloorMs === 'number' && popupFloorMs > 0 ? popupFloorMs : NaN;
  return { frames: latency / FRAME_MS, ofPopupFloor: latency / floor, withinGoal: Number.isNaN(latency) ? null : latency <= GOAL_BADGE_MS };
}

/** "2.0 frames; 49% of this machine's popup floor (68.7 ms)" */
function badgeInFrames(/** @type {number | null} */ latencyMs, /** @type {number | null | undefined} */ popupFloorMs) {
  const y = badgeYardstick(latencyMs, popupFloorMs);
  return `${Number.isFinite(y.frames) ? y.frames.toFixed(1) : 'n/a'} frames${Number.isFinite(y.ofPopupFloor) ? `, ${percent(y.ofPopupFloor)} of this machine's popup floor (${ms(popupFloorMs)} ms)` : ''}`;
}

/** "3.2 KiB": the build's budgets are in KiB. */
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KiB`;
/**
 * A series is "linear" when, from 100 KB up, each step's growth exponent log(t2/t1)/log(s2/s1)
 * stays at or under this (1 = linear, 0 = flat, 2 = quadratic: what catastrophic backtracking or
 * a repeated scan looks like).
 */
const MAX_EXPONENT = 1.5;
/** A pathological page "blows up" when it costs over this many times the largest plain error page (whose text read is capped too). */
const PATHOLOGICAL_SLACK = 10;

/**
 * The constants of the extension that the explanations quote, from the module bundleConstants()
 * (bundle.mjs) builds from the extension's sources. Throws when one is missing or not a number,
 * so a renamed constant stops the report instead of printing NaN.
 *
 * @param {Record<string, any>} source
 * @returns {{ settleMs: number, watchMs: number, textCap: number, lineCap: number, managedWaitMs: number }}
 */
export function extensionConstants(source) {
  const number = (/** @type {string} */ name, /** @type {unknown} */ value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`The benchmark report quotes ${name}, but the extension's sources export no such number (got ${String(value)}): update scripts/bench/bundle.mjs and report.mjs`);
    }
    return value;
  };
  return {
    settleMs: number('SETTLE_MS (content/watch-timing.ts)', source.SETTLE_MS),
    watchMs: number('WATCH_MS (content/watch-timing.ts)', source.WATCH_MS),
    textCap: number('EVIDENCE_LIMITS.text (src/page/page-evidence.ts)', source.EVIDENCE_LIMITS?.text),
    lineCap: number('EVIDENCE_LIMITS.textLine (src/page/page-evidence.ts)', source.EVIDENCE_LIMITS?.textLine),
    managedWaitMs: number('MANAGED_WAIT_MS (src/settings/settings-store.ts)', source.MANAGED_WAIT_MS),
  };
}

/**
 * Everything one run measured, as index.mjs writes it to bench-results/results.json.
 * @typedef {{
 *   date: string,
 *   quick: boolean,
 *   popupOnly?: boolean,
 *   plan: Record<string, number>,
 *   extensionConstants: ReturnType<typeof extensionConstants>,
 *   machine: {
 *     cpu: string, cores: number, memoryGB: number, chromium: string, node: string, extensionDir: string,
 *     commit?: string, uncommittedSources: boolean, loadAverageBefore: number[], loadAverageAfter?: number[],
 *     policyReadAtStartMs?: number, policyReadAtEndMs?: number,
 *   },
 *   mainThread?: MainThreadPage[],
 *   mainThreadFloor?: MainThreadPage[],
 *   mainThreadPeer?: MainThreadPage[],
 *   lightness?: ReturnType<typeof import('./lightness.mjs').lightnessOfPages>,
 *   peer?: { found: true, name: string, version: string, dir: string, via: string } | { found: false, reason: string },
 *   extensions?: { ours: ExtensionFacts, peer?: ExtensionFacts },
 *   phaseStartSeconds?: Record<string, number>,
 *   badge?: Awaited<ReturnType<typeof import('./badge.mjs').measureBadgeLatency>>['result'],
 *   popup?: Awaited<ReturnType<typeof import('./popup.mjs').measurePopup>>,
 *   detectionCost?: Awaited<ReturnType<typeof import('./detection-cost.mjs').measureDetectionCost>>,
 *   durationSeconds?: number,
 *   verdicts?: ReturnType<typeof verdicts>,
 * }} BenchResults
 * @typedef {Awaited<ReturnType<typeof import('./main-thread.mjs').measureMainThread>>[string][number]} MainThreadPage
 * @typedef {ReturnType<typeof import('./extension-facts.mjs').extensionFacts>} ExtensionFacts
 */

/** The peer for people: "the peer (Check by CyberDrain 1.2.0)", as its manifest names it. */
function peerName(/** @type {BenchResults} */ results) {
  return results.peer?.found ? `the peer (${results.peer.name} ${results.peer.version})` : 'the peer';
}

/**
 * A figure for arithmetic and comparisons. A summary of no samples holds null, which counts as
 * JavaScript counts it (as 0); the text shows it as n/a (ms()).
 */
const asNumber = (/** @type {number | null | undefined} */ value) => /** @type {number} */ (value);

/**
 * `value`, which a complete run always records; a clear error when it is missing.
 *
 * @template T
 * @param {T | null | undefined} value
 * @param {string} what
 * @returns {T}
 */
function present(value, what) {
  if (value === null || value === undefined) throw new Error(`The benchmark results have no ${what}`);
  return value;
}

/** A difference with its sign: +1.23, −0.456. */
const signedMs = (/** @type {number | null} */ v) => (v !== null && v < 0 ? `−${ms(-v)}` : `+${ms(v)}`);
/** @typedef {NonNullable<BenchResults['detectionCost']>[number]} CostRow */
const seriesOf = (/** @type {CostRow[]} */ rows, /** @type {string} */ name) => rows.filter((r) => r.series === name).sort((a, b) => a.size - b.size);

/** Largest growth exponent between consecutive sizes, from 100 KB up. */
function worstExponent(/** @type {CostRow[]} */ series) {
  let worst = -Infinity;
  for (let i = 1; i < series.length; i++) {
    if (series[i - 1].size < 1e5) continue;
    worst = Math.max(worst, Math.log(series[i].warm.total / series[i - 1].warm.total) / Math.log(series[i].size / series[i - 1].size));
  }
  return worst;
}

/** The largest plain error page: the most page text the content script reads. */
function plainReference(/** @type {CostRow[]} */ rows) {
  return seriesOf(rows, 'error page, page text').at(-1);
}

/** @param {BenchResults} results */
export function verdicts(results) {
  const out = [];
  for (const page of results.mainThread ?? []) {
    const floor = (results.mainThreadFloor ?? []).find((f) => f.key === page.key);
    const peer = (results.mainThreadPeer ?? []).find((f) => f.key === page.key);
    out.push({
      figure: '1',
      what: `Main-thread time added: ${page.label}`,
      value:
        `script +${ms(page.scriptAdded.median)} ms (p90 ${ms(page.scriptAdded.p90)}); all tasks +${ms(page.taskAdded.median)} ms (p10 ${ms(page.taskAdded.p10)}, p90 ${ms(page.taskAdded.p90)})` +
        (floor ? `, an empty content script's all tasks +${ms(floor.taskAdded.median)} ms` : '') +
        (peer ? `, the peer's all tasks +${ms(peer.taskAdded.median)} ms` : '') +
        `; content script's own trace events ${ms(page.contentScriptTrace.cpu.median)} ms` +
        (page.error ? `; notice shown in ${page.noticeShown}/${page.pairs} loads` : ''),
      // Judged against the peer (1p), as a ratio. All-task time on this machine spreads over tens
      // of milliseconds between loads of the same page, and an EMPTY content script "adds" as much
      // there as this one: it cannot resolve a millisecond, so it is reported, not judged.
      goal: 'none (the goal is the ratio to the peer, 1p)',
      meets: null,
      basis: 'median of per-round differences, thread CPU time',
    });
  }
  for (const page of results.mainThreadPeer ?? []) {
    out.push({
      figure: '1',
      what: `The peer: ${page.label}`,
      value: `${peerName(results)}: script +${ms(page.scriptAdded.median)} ms (p90 ${ms(page.scriptAdded.p90)}); its content script's own trace events ${ms(page.contentScriptTrace.cpu.median)} ms`,
      goal: 'none (the yardstick of 1p)',
      meets: null,
      basis: 'median of per-round differences, thread CPU time',
    });
  }
  for (const l of results.lightness ?? []) {
    const { targetMs } = shortfall(l, l.goal);
    const meets = meetsLightnessGoal(l, l.goal);
    out.push({
      figure: '1p',
      what: `Lighter than the peer: ${l.label}`,
      value:
        `${times(l.ratio)} lighter: the peer +${ms(l.peerMs)} ms of script, this extension +${ms(l.oursMs)} ms ` +
        `(90% interval of the ratio ${times(l.interval.low)}–${times(l.interval.high)}: ${lightnessCertainty(l, l.goal)}; ${l.rounds} rounds${l.leftOut ? `, ${l.leftOut} left out` : ''})` +
        (meets === false ? `; meeting the goal here takes at most +${ms(targetMs)} ms` : ''),
      goal: `at least ${l.goal}× lighter`,
      meets,
      basis: 'ratio of the medians of per-round differences from no extension, thread CPU time, same rounds',
    });
  }
  if (results.mainThread && !results.mainThreadPeer) {
    out.push({
      figure: '1p',
      what: 'Lighter than the peer',
      value: `not measured: ${results.peer && !results.peer.found ? results.peer.reason : 'the peer was not run'}`,
      goal: `at least ${GOAL_LIGHTER.normal}× lighter on a normal page, ${GOAL_LIGHTER.error}× on an error page`,
      meets: null,
      basis: '—',
    });
  }
  for (const page of results.mainThreadFloor ?? []) {
    const ours = (results.mainThread ?? []).find((p) => p.key === page.key);
    out.push({
      figure: '1',
      what: `The floor: ${page.label}, with an EMPTY content script`,
      value: `script +${ms(page.scriptAdded.median)} ms (p90 ${ms(page.scriptAdded.p90)})${ours ? `; ours above the floor: +${ms(asNumber(ours.scriptAdded.median) - asNumber(page.scriptAdded.median))} ms` : ''}`,
      goal: 'none (what injecting any content script costs)',
      meets: null,
      basis: 'median of per-round differences, thread CPU time',
    });
  }
  const ext = results.extensions;
  if (ext) {
    const ours = ext.ours.contentScript;
    const peer = ext.peer?.contentScript;
    out.push({
      figure: '5',
      what: 'Content script each matching page runs, gzipped',
      value:
        `this extension ${kib(ours.jsGzipped)} (${bytes(ours.jsBytes)} unzipped)` +
        (peer ? `; ${peerName(results)} ${kib(peer.jsGzipped)} (${bytes(peer.jsBytes)}; ${peer.js.map((f) => `${f.file} ${kib(f.gzipped)}`).join(', ')})${peer.cssGzipped ? ` and ${kib(peer.cssGzipped)} of stylesheet` : ''}: ${times(peer.jsGzipped / ours.jsGzipped)} smaller` : ''),
      goal: 'none here (the build holds it to its 4 KiB budget)',
      meets: null,
      basis: 'each file gzipped on its own (level 9), as the build measures',
    });
    out.push({
      figure: '6',
      what: 'Permissions asked for at install',
      value: `this extension: ${describePermissions(ext.ours.permissions)}${ext.peer ? `; ${peerName(results)}: ${describePermissions(ext.peer.permissions)}` : ''}`,
      goal: 'none (PERMISSIONS.md gives each a reason)',
      meets: null,
      basis: 'manifest.json: permissions, host_permissions, content_scripts matches and all_frames',
    });
  }
  if (results.badge) {
    const b = results.badge;
    out.push({
      figure: '2a',
      what: 'Details appear on the page -> badge "!"',
      value: `${ms(b.badge.latency.median)} ms (p90 ${ms(b.badge.latency.p90)}): ${badgeInFrames(b.badge.latency.median, results.popup?.floorPainted?.median)}${b.badge.missed ? `; ${b.badge.missed} runs without a badge` : ''}`,
      goal: `within ${GOAL_BADGE_FRAMES} frames (${ms(GOAL_BADGE_MS)} ms)`,
      meets: b.badge.missed === 0 && asNumber(b.badge.latency.median) <= GOAL_BADGE_MS,
      basis: 'median of runs, wall clock',
    });
    out.push({
      figure: '2b',
      what: 'Real late-render page: details appear -> stored detection has the Request Id',
      value: `${ms(b.completeDetection.latency.median)} ms (p90 ${ms(b.completeDetection.latency.p90)}): ${badgeInFrames(b.completeDetection.latency.median, results.popup?.floorPainted?.median)}; badge already set from $Config ${ms(b.completeDetection.badgeBeforePanel.median)} ms before the panel`,
      goal: `within ${GOAL_BADGE_FRAMES} frames (${ms(GOAL_BADGE_MS)} ms)`,
      meets: b.completeDetection.missed === 0 && asNumber(b.completeDetection.latency.median) <= GOAL_BADGE_MS,
      basis: 'median of runs, wall clock',
    });
  }
  if (results.popup) {
    const p = results.popup;
    out.push({
      figure: '3',
      what: 'Popup opened -> first screen painted',
      value:
        `${ms(p.painted.median)} ms (p90 ${ms(p.painted.p90)}); first open after start ${ms(p.cold.paintedMs)} ms` +
        (p.floorPainted ? `; the same markup as a static extension page (floor) ${ms(p.floorPainted.median)} ms, the popup's own +${ms(p.ownPainted.median)} ms` : ''),
      goal: "none (the goal is the popup's own share of its floor, 3b)",
      meets: null,
      basis: 'median of opens after the first, from navigation start',
    });
    if (p.ownShare) {
      const share = p.ownShare;
      out.push({
        figure: '3b',
        what: "The popup's own share of its floor: (popup − floor) / floor, per pair of opens",
        value:
          `${percent(share.ratio.median)} (90% interval of the median ${percent(share.ratioInterval.low)}–${percent(share.ratioInterval.high)}: ${ownShareCertainty(share)}; ` +
          `p10 ${percent(share.ratio.p10)}, p90 ${percent(share.ratio.p90)} of pairs; +${ms(share.ownMs.median)} ms over ${ms(p.floorPainted.median)} ms; ratio of the medians ${percent(share.ratioOfMedians)}; ${share.pairs} pairs)` +
          (p.ownMainThread ? `; main-thread CPU time +${ms(p.ownMainThread.ownMs.median)} ms, ${percent(p.ownMainThread.ratio.median)} of the floor's` : ''),
        goal: `<= ${percent(GOAL_OWN_SHARE)} of the floor`,
        meets: meetsOwnShareGoal(share),
        basis: 'median of per-pair ratios, popup and floor opened alternately in one run',
      });
    }
    if (p.ownShareWhole) {
      const share = p.ownShareWhole;
      out.push({
        figure: '3c',
        what: "… the same for the whole view (the steps and the full details list, drawn after the first screen's paint)",
        value: `${percent(share.ratio.median)} (90% interval of the median ${percent(share.ratioInterval.low)}–${percent(share.ratioInterval.high)}); whole view painted at ${ms(p.whole.median)} ms, +${ms(share.ownMs.median)} ms over its floor`,
        goal: '—',
        meets: null,
        basis: 'median of per-pair ratios, as 3b',
      });
    }
  }
  const rows = results.detectionCost ?? [];
  for (const name of ['error page, page text', 'normal page, page text', 'error page, $Config']) {
    const series = seriesOf(rows, name);
    if (!series.length) continue;
    const k = worstExponent(series);
    out.push({
      figure: '4',
      what: `Detection cost, ${name}, ${series.map((r) => bytes(r.size)).join(' / ')}`,
      value: `warm ${series.map((r) => ms(r.warm.total)).join(' / ')} ms; µs per KB ${series.map((r) => ms(r.warmUsPerKB)).join(' / ')}; worst growth exponent from 100 KB ${k.toFixed(2)}`,
      goal: `linear or better: exponent <= ${MAX_EXPONENT} (quadratic = 2)`,
      meets: k <= MAX_EXPONENT,
      basis: 'median per call, warm',
    });
  }
  const reference = plainReference(rows);
  for (const r of seriesOf(rows, 'pathological')) {
    const factor = reference ? r.warm.total / reference.warm.total : NaN;
    out.push({
      figure: '4',
      what: `Pathological: ${r.name} (${bytes(r.htmlBytes)} HTML, ${r.elements} elements)`,
      value: `warm ${ms(r.warm.total)} ms, cold ${ms(r.cold.total)} ms; ${factor.toFixed(1)}x the ${bytes(reference?.size ?? 0)} plain error page`,
      goal: `no blow-up: <= ${PATHOLOGICAL_SLACK}x the largest plain error page`,
      meets: factor <= PATHOLOGICAL_SLACK,
      basis: 'median per call, warm',
    });
  }
  return out;
}

/** Things that make a figure mean less than it says, in words. */
/** @param {BenchResults} results */
export function warnings(results) {
  const out = [];
  for (const page of results.mainThread ?? []) {
    if (page.error && page.noticeShown < page.pairs) {
      out.push(
        `The in-page notice appeared within load + ${page.settleMs} ms in only ${page.noticeShown} of ${page.pairs} loads of ${page.label}, so the other loads measure reading the page and messaging, not the notice. ` +
          'The background answers the content script only after reading the settings, admin policy included (chrome.storage.managed), and Chromium holds that read while it loads or reloads policy ' +
          '(at start, or when something writes /etc/chromium/policies/managed, as the end-to-end policy tests do on this machine).',
      );
    }
  }
  const popup = results.popup;
  if (popup && asNumber(popup.cold.managedGetMs) > 500) {
    out.push(
      popup.cold.paintedMs >= asNumber(popup.cold.managedGetMs)
        ? `The first popup open took ${ms(popup.cold.paintedMs)} ms, and chrome.storage.managed.get ${ms(popup.cold.managedGetMs)} ms there, though the popup waits at most ${results.extensionConstants?.managedWaitMs ?? '?'} ms for policy: something else held it up too.`
        : `In the first popup open chrome.storage.managed.get took ${ms(popup.cold.managedGetMs)} ms; the popup painted the details at ${ms(popup.cold.paintedMs)} ms without waiting for it.`,
    );
  }
  for (const [who, pages] of /** @type {[string, MainThreadPage[] | undefined][]} */ ([
    ['this extension', results.mainThread],
    [peerName(results), results.mainThreadPeer],
    ['the empty content script', results.mainThreadFloor],
  ])) {
    for (const page of pages ?? []) {
      if (page.notThisPage) {
        out.push(
          `${page.notThisPage} of ${page.pairs} loads of ${page.label} with ${who} are left out: the metrics CDP reported for them were not of that page (a node count far from the page's, as from another document), so they say nothing about its cost.`,
        );
      }
    }
  }
  if (results.peer && !results.peer.found && results.mainThread) out.push(`The peer was skipped, so this run has no ratio to it: ${results.peer.reason}.`);
  const m = results.machine ?? {};
  if (asNumber(m.policyReadAtEndMs) > 500) out.push(`At the end of the run the worker's chrome.storage.managed read took ${ms(m.policyReadAtEndMs)} ms: Chromium was (re)loading policy.`);
  return out;
}

const mark = (/** @type {boolean | null} */ meets) => (meets === null ? '—' : meets ? 'yes' : 'NO');

/** @param {BenchResults} results */
export function renderConsole(results) {
  const lines = ['Summary (figures are information, not a test):', ''];
  for (const v of present(results.verdicts, 'verdicts')) {
    lines.push(`${v.figure.padEnd(3)} ${v.what}`);
    lines.push(`    ${v.value}`);
    lines.push(`    goal ${v.goal}: ${mark(v.meets)}`);
  }
  lines.push('', detectionTable(results.detectionCost ?? [], 'text'));
  const w = warnings(results);
  if (w.length) lines.push('', 'Notes:', ...w.map((x) => `- ${x}`));
  return lines.join('\n');
}

function detectionTable(/** @type {CostRow[]} */ rows, /** @type {'md' | 'text'} */ style) {
  const head = ['series', 'page', 'HTML', 'page text (readPageText, capped)', 'collect', 'validate', 'parse', 'warm total', 'µs/KB', 'cold total', 'detected'];
  const body = rows.map((r) => [
    r.series,
    r.name,
    bytes(r.htmlBytes),
    `${r.pageTextChars} ch`,
    ms(r.warm.collect?.median),
    r.warm.validate ? ms(r.warm.validate.median) : '—',
    r.warm.parse ? ms(r.warm.parse.median) : '—',
    ms(r.warm.total),
    ms(r.warmUsPerKB),
    ms(r.cold.total),
    r.detected ? `${r.detected.errorCode}${r.detected.requestId ? ' + Request Id' : ', no Request Id'}` : 'nothing',
  ]);
  if (style === 'md') {
    return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((b) => `| ${b.join(' | ')} |`)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const fmt = (/** @type {(string | number)[]} */ cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [fmt(head), ...body.map(fmt)].join('\n');
}

function machineLine(/** @type {BenchResults} */ r) {
  const m = r.machine;
  return `${m.cores} × ${m.cpu}, ${m.memoryGB} GB, Chromium ${m.chromium.split('/').pop()} (headless), Node ${m.node}; load average ${m.loadAverageBefore[0].toFixed(2)} before, ${present(m.loadAverageAfter, 'loadAverageAfter')[0].toFixed(2)} after`;
}

/** @param {BenchResults} results */
export function renderMarkdown(results) {
  const out = [];
  out.push(`# Benchmark results`, '');
  out.push(
    `${results.date}${results.quick ? ' (--quick run: too few runs to rely on)' : ''}${results.popupOnly ? ' (--popup run: figure 3 only)' : ''}. ${machineLine(results)}. ` +
      `Extension: ${results.machine.extensionDir}, built from commit ${results.machine.commit ?? 'unknown'}${results.machine.uncommittedSources ? ' plus uncommitted changes' : ''}. Took ${results.durationSeconds} s` +
      (results.phaseStartSeconds ? ` (figures began at ${Object.entries(results.phaseStartSeconds).map(([k, v]) => `${k} ${v} s`).join(', ')})` : '') +
      '. ' +
      (results.peer?.found ? `Peer: ${results.peer.name} ${results.peer.version}, loaded unpacked from ${results.peer.dir}.` : `Peer: skipped (${results.peer?.reason ?? 'not looked for'}).`),
    '',
  );
  out.push('| # | figure | value | goal | meets |', '|---|---|---|---|---|');
  for (const v of present(results.verdicts, 'verdicts')) out.push(`| ${v.figure} | ${v.what} | ${v.value.replace(/\|/g, '\\|')} | ${v.goal} | ${mark(v.meets)} |`);
  const w = warnings(results);
  if (w.length) out.push('', '**Notes.**', '', ...w.map((x) => `- ${x}`));
  out.push(
    '',
    `The extension's chrome.storage.managed read took ${ms(results.machine.policyReadAtStartMs)} ms right after the browser started and ${ms(results.machine.policyReadAtEndMs)} ms at the end of the run.`,
  );
  out.push('', '## 1. Main-thread time the content scripts add', '');
  out.push(
    `Each page loaded in a fresh tab of Chromium without an extension and of the same Chromium with each extension (this one; ${results.mainThreadPeer ? peerName(results) : 'the peer: skipped'}; an empty content script on the normal page), ` +
      `one load each per round in a balanced order (${results.plan.rounds} rounds, same page, same https address). ` +
      `CDP \`Performance.getMetrics\` in thread-CPU time (\`threadTicks\`) over the load plus ${results.plan.settleMs} ms. ` +
      '"Script" is ScriptDuration (all scripts on the page\'s main thread, every world); "tasks" is TaskDuration (everything on the main thread); both against the load without an extension in the same round. ' +
      `Each content script's own trace events (EvaluateScript and FunctionCall of its extension's URLs; ${results.plan.traces} traced loads) show how much of it is the script itself.`,
    '',
  );
  out.push(
    '| page | extension | script added | tasks added | style+layout added | script with / without | tasks with / without | content script trace (CPU) | injection task (CPU) | notice shown |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  const sides = /** @type {[string, MainThreadPage[] | undefined][]} */ ([
    ['this extension', results.mainThread],
    [peerName(results), results.mainThreadPeer],
    ['empty content script', results.mainThreadFloor],
  ]);
  for (const [who, pages] of sides) {
    for (const p of pages ?? []) {
      out.push(
        `| ${p.label} (${bytes(p.htmlBytes)}, ${p.nodes} nodes) | ${who} | ${ms(p.scriptAdded.median)} (p90 ${ms(p.scriptAdded.p90)}) | ${ms(p.taskAdded.median)} (p90 ${ms(p.taskAdded.p90)}) | ${ms(p.styleLayoutAdded.median)} | ` +
          `${ms(p.scriptWith.median)} / ${ms(p.scriptWithout.median)} | ${ms(p.taskWith.median)} / ${ms(p.taskWithout.median)} | ${ms(p.contentScriptTrace.cpu.median)} (p90 ${ms(p.contentScriptTrace.cpu.p90)}) | ${ms(p.contentScriptTrace.injectionTaskCpu.median)} | ${p.error && who === 'this extension' ? `${p.noticeShown}/${p.pairs}` : '—'} |`,
      );
    }
  }
  if (results.lightness?.length) {
    out.push('', `### Side by side with ${peerName(results)}`, '', '| page | this extension | the peer | lighter by | 90% interval | goal | met |', '|---|---|---|---|---|---|---|');
    for (const l of results.lightness) {
      out.push(`| ${l.label} | +${ms(l.oursMs)} ms | +${ms(l.peerMs)} ms | ${times(l.ratio)} | ${times(l.interval.low)}–${times(l.interval.high)} (${lightnessCertainty(l, l.goal)}) | at least ${l.goal}× | ${mark(meetsLightnessGoal(l, l.goal))} |`);
    }
  }
  if (results.extensions) {
    const { ours, peer } = results.extensions;
    out.push(
      '',
      `- Content script per matching page, gzipped: this extension ${ours.contentScript.js.map((f) => `${f.file} ${kib(f.gzipped)}`).join(', ')}` +
        (peer ? `; ${peerName(results)} ${peer.contentScript.js.map((f) => `${f.file} ${kib(f.gzipped)}`).join(', ')}${peer.contentScript.cssGzipped ? `, and ${kib(peer.contentScript.cssGzipped)} of stylesheet` : ''}` : ''),
      `- Permissions at install: this extension ${describePermissions(ours.permissions)}${peer ? `; ${peerName(results)} ${describePermissions(peer.permissions)}` : ''}`,
    );
  }
  if (results.badge) {
    const b = results.badge;
    out.push('', '## 2. Details on the page -> badge', '');
    out.push(
      `53003-late-render, its panel inserted by the page ${results.plan.lateDelayMs} ms after load (Date.now() recorded at the insertion); ` +
        'the service worker polls `chrome.action.getBadgeText` for the tab in a tight loop inside one `worker.evaluate` and records Date.now() when "!" appears. ' +
        `Median poll gap ${ms(b.badge.pollGap.median)} ms.`,
      '',
      `- 2a, $Config without the error code (nothing says "error" before the panel): ${ms(b.badge.latency.median)} ms median, p90 ${ms(b.badge.latency.p90)}, min ${ms(b.badge.latency.min)}, max ${ms(b.badge.latency.max)} (${b.badge.runs} runs).`,
      `- 2b, the real fixture ($Config has the error code): the badge is set from $Config ${ms(b.completeDetection.badgeBeforePanel.median)} ms before the panel appears; ` +
        `the stored detection gets the panel's Request Id ${ms(b.completeDetection.latency.median)} ms after it appears (p90 ${ms(b.completeDetection.latency.p90)}).`,
    );
  }
  if (results.popup) {
    const p = results.popup;
    out.push('', '## 3. Popup opened -> first screen painted', '');
    out.push(
      '`popup/index.html?tab=<id>` in a 380 px tab; an init script polls with requestAnimationFrame for the first frame where the first screen shows (the headline, and the contact card with the Request Id) and records performance.now() (ms since navigation start); and the first frame where the full details list (`.details`, drawn after the first screen) shows it: the whole view. ',
      '',
      ...(p.whole ? [`- whole view painted: ${ms(p.whole.median)} ms median, p90 ${ms(p.whole.p90)}; its own share ${percent(p.ownShareWhole?.ratio.median)} of its floor`] : []),
      `- first screen painted: ${ms(p.painted.median)} ms median, p90 ${ms(p.painted.p90)} (${p.runs} opens after the first)`,
      `- first screen in the DOM: ${ms(p.inDom.median)} ms; the popup's script loaded and asking for its data (its first chrome.storage.managed.get): ${ms(p.scriptRan?.median)} ms; parsing done (DOMContentLoaded end; the script is async): ${ms(p.domContentLoaded.median)} ms; popup/index.html received (responseEnd): ${ms(p.responseEnd.median)} ms`,
      `- first open after the browser started: ${ms(p.cold.paintedMs)} ms (its first chrome.storage.managed.get: ${ms(p.cold.managedGetMs)} ms; later opens ${ms(p.managedGet.median)} ms)`,
    );
    if (p.floorPainted) {
      out.push(
        `- the floor, the popup's rendered markup as a static page in the same extension (stylesheet kept, scripts removed), opened alternately with the popup: ${ms(p.floorPainted.median)} ms median, p90 ${ms(p.floorPainted.p90)}`,
        `- the popup's own share, popup minus floor per pair: +${ms(p.ownPainted.median)} ms median, p90 ${ms(p.ownPainted.p90)}`,
      );
    }
    if (p.ownShare) {
      out.push(
        `- as a ratio of the floor, per pair: ${percent(p.ownShare.ratio.median)} median (90% bootstrap interval of the median ${percent(p.ownShare.ratioInterval.low)}–${percent(p.ownShare.ratioInterval.high)}; ` +
          `pairs spread from ${percent(p.ownShare.ratio.p10)} at p10 to ${percent(p.ownShare.ratio.p90)} at p90; ${p.ownShare.pairs} pairs); goal at most ${percent(GOAL_OWN_SHARE)}: ${mark(meetsOwnShareGoal(p.ownShare))}, ` +
          `and the interval says: ${ownShareCertainty(p.ownShare)}`,
      );
    }
    if (p.ownMainThread) {
      out.push(
        `- main-thread CPU time up to the paint (threadTicks, not counting waits for a CPU): the popup's own +${ms(p.ownMainThread.ownMs.median)} ms per pair, ${percent(p.ownMainThread.ratio.median)} of the floor's ` +
          `(90% interval ${percent(p.ownMainThread.ratioInterval.low)}–${percent(p.ownMainThread.ratioInterval.high)})`,
      );
    }
  }
  out.push('', '## 4. Detection cost as the page grows', '');
  out.push(
    "collectEvidence (content script) + validateEvidence + parseErrorPage (background), bundled from the sources with vite and run in each page in Chromium. " +
      'Warm: median per call of repeated calls. Cold: the first call in the page (what the content script pays once per page). µs/KB: warm total per KB of what grows (page text, $Config, or the whole HTML for the pathological pages).',
    '',
    detectionTable(results.detectionCost ?? [], 'md'),
  );
  const large = (results.detectionCost ?? []).find((r) => r.coldBreakdown);
  const breakdown = large?.coldBreakdown;
  if (large && breakdown) {
    out.push(
      '',
      `Large sign-in page (${large.textNodes} text nodes), first call in a fresh page (${breakdown.loads} loads each, separate pages): ` +
        `collectEvidence ${ms(breakdown.collect.median)} ms (p90 ${ms(breakdown.collect.p90)}); ` +
        `readPageText alone (the walk over every text node) ${ms(breakdown.readPageText.median)} ms (p90 ${ms(breakdown.readPageText.p90)}); warm, collectEvidence takes ${ms(large.warm.collect.median)} ms.`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** @param {BenchResults} results */
export function renderSnippet(results) {
  const c = results.extensionConstants;
  if (!c) throw new Error('results.extensionConstants is missing: scripts/bench/index.mjs records them from bundleConstants()');
  const [large, registered, huge] = results.mainThread ?? [];
  const badge = results.badge;
  const popup = results.popup;
  const rows = results.detectionCost ?? [];
  const largeCost = rows.find((r) => r.coldBreakdown);
  const text = seriesOf(rows, 'error page, page text');
  const normal = seriesOf(rows, 'normal page, page text');
  const config = seriesOf(rows, 'error page, $Config');
  const patho = seriesOf(rows, 'pathological');
  const v = present(results.verdicts, 'verdicts');
  const met = (/** @type {boolean | null} */ meets) => (meets === null ? '—' : meets ? 'yes' : `**no**`);
  /** Whether the verdict that `pick` finds met its goal. */
  const metWhere = (/** @type {(verdict: typeof v[number]) => boolean} */ pick) => met(present(v.find(pick), 'verdict').meets);
  /** The largest size of a series. */
  const last = (/** @type {CostRow[]} */ series) => present(series.at(-1), 'measurement');
  const date = results.date.slice(0, 10);
  const load = `${results.machine.loadAverageBefore[0].toFixed(1)}–${present(results.machine.loadAverageAfter, 'loadAverageAfter')[0].toFixed(1)}`;
  const out = [];

  out.push('### Performance', '');
  out.push(
    `Measured with \`npm run bench\` on ${date}: ${results.machine.cores} vCPUs (${results.machine.cpu}), ${results.machine.memoryGB} GB, ` +
      `Chromium ${results.machine.chromium.split('/').pop()} headless (Debian's package), shared with other jobs (load average ${load}). ` +
      'Each figure is measured side by side within one run and given as the median of many runs, with the 90th percentile in brackets; ' +
      '`bench-results/results.md` has every number.',
    '',
  );
  out.push('| What | Figure | Goal | Met |', '|---|---|---|---|');
  const lightnessOf = (/** @type {MainThreadPage} */ page) => results.lightness?.find((l) => l.key === page.key);
  const peerPage = (/** @type {MainThreadPage} */ page) => results.mainThreadPeer?.find((p) => p.key === page.key);
  /** "+0.7 ms against +14.0 ms: 20× lighter (15–26×)", or ours alone when the peer was skipped. */
  const againstPeer = (/** @type {MainThreadPage} */ page) => {
    const l = lightnessOf(page);
    const theirs = peerPage(page);
    return l && theirs
      ? `+${ms(page.scriptAdded.median)} ms against +${ms(theirs.scriptAdded.median)} ms: **${times(l.ratio)} lighter** (${times(l.interval.low)}–${times(l.interval.high)})`
      : `+${ms(page.scriptAdded.median)} ms (${ms(page.scriptAdded.p90)}); the peer was not measured`;
  };
  const lightnessMet = (/** @type {MainThreadPage} */ page) => {
    const l = lightnessOf(page);
    if (!l) return '—';
    const certainty = lightnessCertainty(l, l.goal);
    return `${met(meetsLightnessGoal(l, l.goal))}${certainty === 'unsure' ? ' (interval spans the goal)' : ''}`;
  };
  const peerWho = results.mainThreadPeer ? `this extension against ${peerName(results)}` : 'this extension';
  if (large) {
    out.push(
      `| Main-thread script time added to a large normal sign-in page (${bytes(large.htmlBytes)} with a 400 KB \`$Config\`, ${large.nodes} DOM nodes, no error), ${peerWho}, each against no extension | ` +
        `${againstPeer(large)} | at least ${GOAL_LIGHTER.normal}× lighter | ${lightnessMet(large)} |`,
    );
    const floor = results.mainThreadFloor?.find((p) => p.key === large.key);
    if (floor) {
      out.push(`| … this extension above an empty content script on the same hosts (the floor: +${ms(floor.scriptAdded.median)} ms) | +${ms(asNumber(large.scriptAdded.median) - asNumber(floor.scriptAdded.median))} ms | — | — |`);
    }
  }
  for (const page of [registered, huge].filter(Boolean)) {
    const notice = page.noticeShown === page.pairs ? 'shows its notice' : `shows its notice (in ${page.noticeShown} of ${page.pairs} loads within the window)`;
    out.push(`| … on the error page ${page.label.replace(' (error)', '')} (this extension reads the page, messages the background and ${notice}) | ${againstPeer(page)} | at least ${GOAL_LIGHTER.error}× lighter | ${lightnessMet(page)} |`);
  }
  if (results.extensions) {
    const { ours, peer } = results.extensions;
    out.push(
      `| Content script each matching page runs, gzipped | ${kib(ours.contentScript.jsGzipped)}` +
        (peer ? ` against ${kib(peer.contentScript.jsGzipped)} (${times(peer.contentScript.jsGzipped / ours.contentScript.jsGzipped)} smaller)` : '') +
        ' | 4 KiB (the build enforces it) | — |',
      `| Permissions asked for at install | ${describePermissions(ours.permissions)}${peer ? `; the peer: ${describePermissions(peer.permissions)}` : ''} | least privilege | — |`,
    );
  }
  if (badge) {
    const goal = `within ${GOAL_BADGE_FRAMES} frames (${ms(GOAL_BADGE_MS)} ms)`;
    out.push(
      `| Details appear on the page → toolbar badge | ${ms(badge.badge.latency.median)} ms (${ms(badge.badge.latency.p90)}): ${badgeInFrames(badge.badge.latency.median, popup?.floorPainted?.median)} | ${goal} | ${metWhere((x) => x.figure === '2a')} |`,
      `| … when \`$Config\` already names the error (the real late-render capture): badge set before the panel is drawn; the panel's Request Id stored after | ${ms(badge.completeDetection.latency.median)} ms (${ms(badge.completeDetection.latency.p90)}): ${badgeInFrames(badge.completeDetection.latency.median, popup?.floorPainted?.median)} | ${goal} | ${metWhere((x) => x.figure === '2b')} |`,
    );
  }
  if (popup) {
    out.push(`| Popup opened → first screen painted (headline, contact card, Request Id) | ${ms(popup.painted.median)} ms (${ms(popup.painted.p90)}) | — | — |`);
    if (popup.floorPainted) {
      out.push(
        `| … the same markup and stylesheet as a static extension page, no script (the browser's floor) | ${ms(popup.floorPainted.median)} ms (${ms(popup.floorPainted.p90)}) | — | — |`,
        popup.ownShare
          ? `| … the popup's own share (its scripts, storage reads, rendering): (popup − floor) / floor, per pair; the median's 90% interval in brackets | ${percent(popup.ownShare.ratio.median)} (${percent(popup.ownShare.ratioInterval.low)}–${percent(popup.ownShare.ratioInterval.high)}): +${ms(popup.ownPainted.median)} ms | at most ${percent(GOAL_OWN_SHARE)} of the floor | ${metWhere((x) => x.figure === '3b')}${ownShareCertainty(popup.ownShare) === 'unsure' ? ' (interval spans the goal)' : ''} |`
          : `| … the popup's own share (its scripts, storage reads, rendering): popup minus floor, per pair | +${ms(popup.ownPainted.median)} ms (${ms(popup.ownPainted.p90)}) | — | — |`,
      );
    }
  }
  if (text.length) {
    const linear = v.filter((x) => x.figure === '4' && x.what.startsWith('Detection cost')).every((x) => x.meets);
    const noBlowUp = v.filter((x) => x.what.startsWith('Pathological')).every((x) => x.meets);
    out.push(
      `| Detection (read + validate + parse) on an error page with ${bytes(text[0].size)} → ${bytes(last(text).size)} of text | ${ms(text[0].warm.total)} → ${ms(last(text).warm.total)} ms | grows linearly at most | ${met(linear)} |`,
      `| … on hostile pages (10,000 GUIDs, 50,000 labels, a 1 MB line of digits, 5,000 nested elements) | ${patho.map((r) => ms(r.warm.total)).join(', ')} ms | no blow-up | ${met(noBlowUp)} |`,
    );
  }
  out.push('');

  out.push(
    '**How.** ' +
      `(1) Each page is loaded in a fresh tab of Chromium without an extension, with this one, ${results.mainThreadPeer ? 'with the peer, ' : ''}and (the normal page) with an empty content script, one browser each, one load each per round in a balanced order (${results.plan.rounds} rounds, same page at the same https address, served offline). ` +
      `CDP \`Performance.getMetrics\` in thread CPU time covers the load plus ${results.plan.settleMs} ms; an extension's figure is the median of its per-round differences in ScriptDuration (script in every world on the page's main thread) from the load without an extension, and "lighter" is the peer's median over ours, with a 90% bootstrap interval over rounds. ` +
      (large
        ? `A trace of the content script's own events (tracing slows them) puts ${ms(large.contentScriptTrace.cpu.median)} ms in them on the large page, in an injection task of ${ms(large.contentScriptTrace.injectionTaskCpu.median)} ms. ` +
          `TaskDuration (all main-thread work: parsing, style, layout, garbage collection too) spreads by ${ms(asNumber(large.taskAdded.p90) - asNumber(large.taskAdded.p10))} ms between the 10th and 90th percentile of rounds on this machine ` +
          `(median ${signedMs(large.taskAdded.median)} ms for this content script` +
          (results.mainThreadFloor?.[0] ? `, ${signedMs(results.mainThreadFloor[0].taskAdded.median)} ms for an empty one` : '') +
          '): at that spread it cannot resolve a millisecond, so the goal is judged on script time. '
        : '') +
      `(2) The page draws its troubleshooting panel ${results.plan.lateDelayMs} ms after load and notes Date.now(); the service worker polls \`chrome.action.getBadgeText\` for the tab in a tight loop (about ${ms(badge?.badge.pollGap.median)} ms apart). ` +
      '(3) `popup/index.html?tab=<id>` opens in a tab; a requestAnimationFrame loop finds the first frame where the details show the Request Id, timed from navigation start. ' +
      '(4) The detection code (content script and background parts) is bundled from the sources with vite and run in test pages in Chromium; warm medians of repeated calls, and the first call per page.',
    '',
  );

  const why = [];
  const largeLightness = large && lightnessOf(large);
  if (large && largeLightness && meetsLightnessGoal(largeLightness, largeLightness.goal) === false) {
    const { targetMs, overMs } = shortfall(largeLightness, largeLightness.goal);
    const floor = results.mainThreadFloor?.find((p) => p.key === large.key);
    why.push(
      `- **Normal sign-in page, ${times(largeLightness.ratio)} lighter than the peer, not ${largeLightness.goal}×.** Meeting it here takes at most +${ms(targetMs)} ms of script; this extension adds +${ms(largeLightness.oursMs)} ms, ${ms(overMs)} ms over` +
        (floor ? ` (an empty content script adds +${ms(floor.scriptAdded.median)} ms)` : '') +
        '. The added time is the content script\'s own work, in one task at document_idle' +
        (large.contentScriptTrace.runs ? `: the trace puts ${ms(large.contentScriptTrace.evaluateCpu.median)} ms in its injection (compiling it and its first look at the page)` : '') +
        '. ' +
        (largeCost?.coldBreakdown ? `In a fresh page (the page's own world, where the page has already built the DOM interfaces) the first look takes ${ms(largeCost.coldBreakdown.collect.median)} ms. ` : '') +
        'In the content script\'s own world, the first element it touches builds every element interface, the first use of `chrome.runtime` builds the extension bindings and the first regular expression costs a fraction of a millisecond; ' +
        'the first look avoids all three (it finds `$Config` through text nodes), so what is left is compiling the script, touching the document and searching `$Config`.',
    );
  }
  if (badge && asNumber(badge.badge.latency.median) > GOAL_BADGE_MS) {
    const rest = asNumber(badge.badge.latency.median) - c.settleMs;
    why.push(
      `- **Badge, ${ms(asNumber(badge.badge.latency.median) - GOAL_BADGE_MS)} ms over.** The content script waits SETTLE_MS = ${c.settleMs} ms after the page's last DOM change before it reads the page again, ` +
        `so a panel drawn late reaches the badge after ${c.settleMs} ms + ${ms(rest)} ms (reading, messaging, parsing, storing, setting the badge). ` +
        `The goal can't be met while that wait is ${c.settleMs} ms. Pages whose \`$Config\` carries the error code, like the real late-render capture, get the badge at the first check, ` +
        `before the panel is drawn; the panel's Request Id then reaches the stored detection ${ms(badge.completeDetection.latency.median)} ms after it appears.`,
    );
  }
  for (const l of (results.lightness ?? []).filter((x) => x.error && meetsLightnessGoal(x, x.goal) === false)) {
    const { targetMs, overMs } = shortfall(l, l.goal);
    why.push(
      `- **${l.label}: ${times(l.ratio)} lighter than the peer, not ${l.goal}×.** Meeting it here takes at most +${ms(targetMs)} ms of script; this extension adds +${ms(l.oursMs)} ms, ${ms(overMs)} ms over, ` +
        'for reading the page, messaging the background and drawing its notice.',
    );
  }
  if (popup?.ownShare && meetsOwnShareGoal(popup.ownShare) === false) {
    why.push(
      `- **Popup, its own share ${percent(popup.ownShare.ratio.median)} of its floor, not at most ${percent(GOAL_OWN_SHARE)}.** ` +
        (popup.floorPainted
          ? `The same markup as a static extension page, with no script, paints at ${ms(popup.floorPainted.median)} ms on this machine: that is the browser's share (opening the page, loading the HTML and the stylesheet from the extension, style, layout and paint), and the popup's own work adds ${ms(popup.ownPainted.median)} ms to it` +
            '. ' 
          : '') +
        `${ms(popup.scriptRan?.median ?? popup.domContentLoaded.median)} ms pass before the popup's script has loaded and asks for its data ` +
        `(popup/index.html arrives at ${ms(popup.responseEnd.median)} ms; the rest is loading its stylesheets and script files and running the script); reading the detection and the settings from storage and rendering ` +
        `take ${ms(asNumber(popup.inDom.median) - asNumber(popup.scriptRan?.median ?? popup.domContentLoaded.median))} ms more, and the next frame ${ms(asNumber(popup.painted.median) - asNumber(popup.inDom.median))} ms. ` +
        `The first open in this run took ${ms(popup.cold.paintedMs)} ms` +
        (asNumber(popup.cold.managedGetMs) > 500 && popup.cold.paintedMs >= asNumber(popup.cold.managedGetMs)
          ? `; \`chrome.storage.managed\` took ${ms(popup.cold.managedGetMs)} ms to answer there (Chromium answers only once it has (re)loaded policy; the popup waits for it at most ${c.managedWaitMs} ms).`
          : '.'),
    );
  }
  if (text.length && config.length) {
    why.push(
      `- **Detection cost** is linear or flat. The page text read is capped at ${c.textCap.toLocaleString('en-US')} characters (lines at ${c.lineCap.toLocaleString('en-US')}), ` +
        `so on an error page the cost stops growing from ${bytes(text.find((r) => r.evidenceTextChars >= c.textCap)?.size ?? 1e5)} of text on (${ms(last(text).warm.total)} ms for ${bytes(last(text).size)}). ` +
        (normal.length && worstExponent(normal) > 0.5
          ? `A page without an error is tested on its whole text, with no cap: ${normal.map((r) => `${ms(r.warm.total)} ms for ${bytes(r.size)}`).slice(-3).join(', ')} (linear, but real sign-in pages hold tens of KB). `
          : normal.length
            ? `A page without an error pays ${ms(last(normal).warm.total)} ms at ${bytes(last(normal).size)}. `
            : '') +
        `Inline scripts are read in full: on an error page a ${bytes(last(config).size)} \`$Config\` costs ${ms(last(config).warm.total)} ms warm (${ms(last(config).warmUsPerKB)} µs per KB; real ones are tens of KB). ` +
        `The hostile pages stay within ${ms(Math.max(...patho.map((r) => r.warm.total)))} ms warm, ${ms(Math.max(...patho.map((r) => r.cold.total)))} ms on the first call: no catastrophic backtracking. ` +
        'First calls cost more than warm ones throughout (unoptimised code, regular expressions compiled on first use).',
    );
  }
  if (why.length) out.push('**Where a goal is missed, and why.**', '', ...why, '');
  return out.join('\n');
}
