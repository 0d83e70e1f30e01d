// `npm run bench`: performance figures of the built extension (dist/chrome), measured side by side
// in one run, with the peer (CyberDrain Check, peer.mjs) where it is found. It prints figures, not
// pass/fail: each comes with its goal, a ratio measured in the same run, and whether it meets it.
// Writes bench-results/results.json (everything, raw samples included), results.md (summary
// table and method) and README-snippet.md (the paragraph for the README).
//
//   node scripts/bench/index.mjs [--quick] [--popup]
//     --quick: a few runs each, to try the script out (under a minute)
//     --popup: the popup's figure only (3), to check a change to popup/ in a minute
//   SBH_BENCH_EXTENSION_DIR=<dir>          benchmark another unpacked build than dist/chrome
//   SBH_BENCH_PEER_DIR=<dir>               the unpacked peer, where it is not beside the checkout (peer.mjs)
//
// See scripts/bench/*.mjs for how each figure is measured.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { measureBadgeLatency } from './badge.mjs';
import { EXTENSION_DIR, WINDOWS_CHROME_UA, launchPeer, launchWith, launchWithout } from './browsers.mjs';
import { launchWithExtension } from '../browsers/chromium-with-extension.mjs';
import { bundleConstants, bundleDetection } from './bundle.mjs';
import { measureDetectionCost } from './detection-cost.mjs';
import { extensionFacts } from './extension-facts.mjs';
import { writeFloorExtension } from './floor-extension.mjs';
import { lightnessOfPages } from './lightness.mjs';
import { measureMainThread } from './main-thread.mjs';
import { fixture, largeSignInPage, lateRenderPage } from './pages.mjs';
import { findPeer } from './peer.mjs';
import { measurePopup } from './popup.mjs';
import { execFileSync } from 'node:child_process';
import { extensionConstants, renderConsole, renderMarkdown, renderSnippet, verdicts } from './report.mjs';

const quick = process.argv.includes('--quick');
const popupOnly = process.argv.includes('--popup');
const PLAN = {
  // Figure 1: rounds per page, one load in each browser per round. 12 rounds complete the
  // balanced order for 3 browsers (an error page: none, ours, the peer) and for 4 (the normal
  // page, with the empty floor too) alike (load-order.mjs).
  rounds: quick ? 3 : 12,
  traces: quick ? 0 : 3, // figure 1: traced loads per page and extension (attribution); --quick: none, to stay under a minute
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
/** @type {Record<string, number>} seconds from the start at which each figure began: where a run's time goes */
const phaseStarts = {};
const phase = (/** @type {string} */ name) => {
  phaseStarts[name] = Math.round((Date.now() - started) / 100) / 10;
};

const loadBefore = loadavg();
log(`Sign-in Block Helper benchmark${quick ? ' (--quick)' : ''}${popupOnly ? ' (--popup: the popup only)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

// The peer, beside the repository in this setting (peer.mjs) or named by SBH_BENCH_PEER_DIR.
const peer = findPeer({ env: process.env, repoRoot: resolve(import.meta.dirname, '..', '..') });
log(peer.found ? `Peer: ${peer.name} ${peer.version}, from ${peer.dir}` : `Peer skipped: ${peer.reason}. The ratios to the peer are left out of this run.`);

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
/** @type {Awaited<ReturnType<typeof launchPeer>> | undefined} */
let withPeer;
/** Why the peer is not in this run's figures, when it was found but did not start. */
let peerDidNotStart;
if (peer.found && !popupOnly) {
  try {
    withPeer = await launchPeer(peer);
  } catch (error) {
    peerDidNotStart = `${peer.name} from ${peer.dir} did not start in Chromium: ${/** @type {Error} */ (error).message}`;
    log(`Peer skipped: ${peerDidNotStart}`);
  }
}
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
  peer: peer.found
    ? peerDidNotStart
      ? { found: false, reason: peerDidNotStart }
      : { found: true, name: peer.name, version: peer.version, dir: peer.dir, via: peer.via }
    : { found: false, reason: peer.reason },
  extensions: {
    ours: extensionFacts(EXTENSION_DIR ?? resolve('dist/chrome')),
    ...(peer.found ? { peer: extensionFacts(peer.dir) } : {}),
  },
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

/** The same address on login.microsoftonline.com, the sign-in host the peer trusts. */
const onMicrosoftOnline = (/** @type {string} */ url) => url.replace(/^https:\/\/[^/]+/, 'https://login.microsoftonline.com');

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
    phase('mainThread');
    const peerNote = withPeer ? `, ${withPeer.label}` : ' (the peer skipped)';
    log(`\n[1/4] Main-thread time added by the content scripts: this extension${peerNote}, an empty one on the normal page (${PLAN.rounds} rounds per page against no extension) … ${elapsed()}`);
    const floorBrowser = await launchWithExtension({ userAgent: WINDOWS_CHROME_UA, extensionDir: writeFloorExtension() });
    try {
      const byside = await measureMainThread({
        baseline: without,
        sides: [
          { key: 'ours', browser: withExt },
          ...(withPeer ? [{ key: 'peer', browser: withPeer }] : []),
          { key: 'floor', browser: { ...floorBrowser, label: 'an empty content script' }, pages: ['large-signin'] },
        ],
        pages: [
          { key: 'large-signin', label: 'Large sign-in page, no error', ...large, error: false },
          { key: 'registered-windows', label: '53003-registered-windows (error)', ...registered, error: true },
          // --quick: one error page, to stay under a minute. Served at login.microsoftonline.com,
          // not its own login.usgovcloudapi.net: there, after pages of another host, the peer's
          // loads report another document's counters (main-thread.mjs, measuredThisPage), so
          // there would be nothing to compare. This extension treats both hosts alike.
          ...(quick ? [] : [{ key: 'huge-message', label: '53003-huge-message, 1 MB (error)', ...huge, url: onMicrosoftOnline(huge.url), error: true }]),
        ],
        rounds: PLAN.rounds,
        traces: PLAN.traces,
        settleMs: PLAN.settleMs,
        log,
      });
      results.mainThread = byside.ours;
      results.mainThreadFloor = byside.floor;
      if (byside.peer) {
        results.mainThreadPeer = byside.peer;
        results.lightness = lightnessOfPages(byside.ours, byside.peer);
      }
    } finally {
      await floorBrowser.close();
      // Not needed after figure 1: its renderer and worker would only add load to the rest.
      await withPeer?.close();
      withPeer = undefined;
    }
  }

  // Figure 2 leaves the tab with a stored detection that the popup shows; with --popup, one run makes it.
  phase('badge');
  if (!popupOnly) log(`\n[2/4] Details on the page -> badge (${PLAN.badgeRuns} runs each) … ${elapsed()}`);
  const badge = await measureBadgeLatency({
    withExt,
    pageNoConfigError: lateRenderPage({ delayMs: PLAN.lateDelayMs, keepConfigError: false }),
    pageReal: lateRenderPage({ delayMs: PLAN.lateDelayMs, keepConfigError: true }),
    runs: popupOnly ? 1 : PLAN.badgeRuns,
    log: popupOnly ? () => {} : log,
  });
  if (!popupOnly) results.badge = badge.result;

  phase('popup');
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
    phase('detectionCost');
    log(`\n[4/4] Detection cost as the page grows (in Chromium without the extension) … ${elapsed()}`);
    results.detectionCost = await measureDetectionCost({ browser: without, code, largePage: large, quick, log });
  }
  results.machine.policyReadAtEndMs = await managedReadMs();
} finally {
  await withExt.close();
  await without.close();
  await withPeer?.close();
}

results.machine.loadAverageAfter = loadavg();
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.phaseStartSeconds = phaseStarts;
results.verdicts = verdicts(results);

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/results.json`, JSON.stringify(results, null, 2));
writeFileSync(`${OUT}/results.md`, renderMarkdown(results));
writeFileSync(`${OUT}/README-snippet.md`, renderSnippet(results));
log(`\n${renderConsole(results)}`);
log(`\nWrote bench-results/results.json, results.md and README-snippet.md in ${elapsed()}.`);
