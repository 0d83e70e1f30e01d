// `npm run bench`: performance figures of the built extension (dist/chrome), measured side by side
// in one run. It prints figures, not pass/fail: each comes with its goal and whether it meets it.
// Writes bench-results/results.json (everything, raw samples included), results.md (summary
// table and method) and README-snippet.md (the paragraph for the README).
//
//   node scripts/bench/index.mjs [--quick] [--popup]
//     --quick: a few runs each, to try the script out
//     --popup: the popup's figure only (3), to check a change to popup/ in a minute
//   SBH_BENCH_EXTENSION_DIR=<dir>          benchmark another unpacked build than dist/chrome
//
// See scripts/bench/*.mjs for how each figure is measured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { measureBadgeLatency } from './badge.mjs';
import { EXTENSION_DIR, WINDOWS_CHROME_UA, launchWith, launchWithout } from './browsers.mjs';
import { launchWithExtension } from '../browsers/chromium-with-extension.mjs';
import { bundleConstants, bundleDetection } from './bundle.mjs';
import { measureDetectionCost } from './detection-cost.mjs';
import { writeFloorExtension } from './floor-extension.mjs';
import { measureMainThread } from './main-thread.mjs';
import { fixture, largeSignInPage, lateRenderPage } from './pages.mjs';
import { measurePopup } from './popup.mjs';
import { execFileSync } from 'node:child_process';
import { extensionConstants, renderConsole, renderMarkdown, renderSnippet, verdicts } from './report.mjs';

const quick = process.argv.includes('--quick');
const popupOnly = process.argv.includes('--popup');
const PLAN = {
  pairs: quick ? 3 : 15, // figure 1: with/without pairs per page
  traces: quick ? 1 : 3, // figure 1: traced loads per page (attribution)
  settleMs: 500, // figure 1: measured window = load + this
  badgeRuns: quick ? 3 : 15, // figure 2, each of 2a and 2b
  lateDelayMs: 300, // figure 2: the page inserts its panel this long after load
  // Figure 3: pairs of popup and floor opens. The own share is some ten milliseconds over a floor
  // whose single opens spread by tens on a busy 2-CPU machine: the report gives the median's
  // interval, which 60 pairs keep to about ±10 points there (a minute of opens).
  popupRuns: quick ? 3 : 60,
};
const OUT = resolve('bench-results');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (/** @type {string} */ s) => console.log(s);

const loadBefore = loadavg();
log(`Sign-in Block Helper benchmark${quick ? ' (--quick)' : ''}${popupOnly ? ' (--popup: the popup only)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

const code = await bundleDetection();
// Read when the run starts, from the sources the build came from: the explanations quote them.
const constants = extensionConstants(await bundleConstants());
/** @type {import('./browsers.mjs').WithExtension} */
let withExt;
try {
  withExt = await launchWith();
} catch (error) {
  console.error(
    `\nChromium did not start the extension from ${EXTENSION_DIR ?? 'dist/chrome'}: ${/** @type {Error} */ (error).message}\n` +
      'Run with DEBUG=pw:browser to see Chromium\'s reason (e.g. "Extension error: Failed to load extension").',
  );
  process.exit(1);
}
const without = await launchWithout();
const versionTab = await without.context.newPage();
const { product: chromiumVersion } = await (await without.context.newCDPSession(versionTab)).send('Browser.getVersion');
await versionTab.close();

/** Read-only: which sources the build came from (others may change them while this runs). */
function git(/** @type {string[]} */ ...args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** @type {import('./report.mjs').BenchResults} */
const results = {
  date: new Date().toISOString(),
  quick,
  popupOnly,
  plan: PLAN,
  extensionConstants: constants,
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    chromium: chromiumVersion,
    node: process.version,
    extensionDir: EXTENSION_DIR ?? 'dist/chrome',
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedSources: Boolean(git('status', '--porcelain', '--', 'content', 'src', 'popup', 'manifest.json')),
    loadAverageBefore: loadBefore,
  },
};

/** How long the worker waits for the admin policy (chrome.storage.managed): slow at start and while Chromium reloads policy. */
async function managedReadMs() {
  const worker = await withExt.worker();
  return worker.evaluate(async () => {
    const started = performance.now();
    await chrome.storage.managed.get(null);
    return Math.round((performance.now() - started) * 10) / 10;
  });
}

try {
  results.machine.policyReadAtStartMs = await managedReadMs();
  log(`Extension's first chrome.storage.managed read after start: ${results.machine.policyReadAtStartMs} ms`);
  const large = largeSignInPage();
  const registered = fixture('53003-registered-windows');
  const huge = fixture('53003-huge-message');

  if (!popupOnly) {
    log(`\n[1/4] Main-thread time added by the content script (${PLAN.pairs} with/without pairs per page) … ${elapsed()}`);
    results.mainThread = await measureMainThread({
      withExt,
      without,
      pages: [
        { key: 'large-signin', label: 'Large sign-in page, no error', ...large, error: false },
        { key: 'registered-windows', label: '53003-registered-windows (error)', ...registered, error: true },
        { key: 'huge-message', label: '53003-huge-message, 1 MB (error)', ...huge, error: true },
      ],
      pairs: PLAN.pairs,
      traces: PLAN.traces,
      settleMs: PLAN.settleMs,
      log,
    });

    log(`\n[1b] The floor: an empty content script on the same hosts, the same way … ${elapsed()}`);
    const floorBrowser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extensionDir: writeFloorExtension() });
    try {
      results.mainThreadFloor = await measureMainThread({
        withExt: { ...floorBrowser, label: 'empty content script' },
        without,
        pages: [{ key: 'large-signin', label: 'Large sign-in page, no error, with an EMPTY content script', ...large, error: false }],
        pairs: PLAN.pairs,
        traces: PLAN.traces,
        settleMs: PLAN.settleMs,
        log,
      });
    } finally {
      await floorBrowser.close();
    }
  }

  // Figure 2 leaves the tab with a stored detection that the popup shows; with --popup, one run makes it.
  if (!popupOnly) log(`\n[2/4] Details on the page -> badge (${PLAN.badgeRuns} runs each) … ${elapsed()}`);
  const badge = await measureBadgeLatency({
    withExt,
    pageNoConfigError: lateRenderPage({ delayMs: PLAN.lateDelayMs, keepConfigError: false }),
    pageReal: lateRenderPage({ delayMs: PLAN.lateDelayMs, keepConfigError: true }),
    runs: popupOnly ? 1 : PLAN.badgeRuns,
    log: popupOnly ? () => {} : log,
  });
  if (!popupOnly) results.badge = badge.result;

  log(`\n[3${popupOnly ? '' : '/4'}] Popup open -> details painted (${PLAN.popupRuns} pairs with its floor) … ${elapsed()}`);
  results.popup = await measurePopup({
    withExt,
    tabId: badge.tabId,
    requestId: /** @type {Record<string, string>} */ (fixture('53003-late-render').expected).requestId,
    runs: PLAN.popupRuns,
    log,
  });
  await badge.tab.close();

  if (!popupOnly) {
    log(`\n[4/4] Detection cost as the page grows (in Chromium without the extension) … ${elapsed()}`);
    results.detectionCost = await measureDetectionCost({ browser: without, code, largePage: large, log });
  }
  results.machine.policyReadAtEndMs = await managedReadMs();
} finally {
  await withExt.close();
  await without.close();
}

results.machine.loadAverageAfter = loadavg();
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.verdicts = verdicts(results);

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/results.json`, JSON.stringify(results, null, 2));
writeFileSync(`${OUT}/results.md`, renderMarkdown(results));
writeFileSync(`${OUT}/README-snippet.md`, renderSnippet(results));
log(`\n${renderConsole(results)}`);
log(`\nWrote bench-results/results.json, results.md and README-snippet.md in ${elapsed()}.`);
