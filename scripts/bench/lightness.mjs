// @ts-check
// How many times lighter this extension's content script is than the peer's on a page: the
// main-thread script time the peer adds divided by the time this one adds, both against no
// extension, from the same rounds of one run. A ratio measured side by side holds on a slower or
// busier machine, where each added time alone moves (+0.94 ms on one machine, +1.60 ms on another).
import { measuredThisPage } from './main-thread.mjs';
import { median, mulberry32, round } from './stats.mjs';

/** The goals: at least this many times lighter than the peer. */
export const GOAL_LIGHTER = {
  /** A normal sign-in page, which every employee loads: about half a millisecond above an empty content script. */
  normal: 20,
  /** An error page, where this extension does real work (reads the page, messages the background, shows its notice). */
  error: 3,
};

/**
 * peer / ours of two medians. When ours is at or under zero (lighter than this run can measure)
 * and the peer's is not, the ratio is Infinity; when both are, it means nothing (NaN).
 */
export function ratioOf(/** @type {number} */ peer, /** @type {number} */ ours) {
  if (!Number.isFinite(peer) || !Number.isFinite(ours)) return NaN;
  if (ours <= 0) return peer > 0 ? Infinity : NaN;
  return peer / ours;
}

/**
 * The ratio of the medians of per-round added times, and a 90% bootstrap interval for it: rounds
 * are resampled whole (ours and the peer's of one round stay together, as they were measured
 * side by side). Rounds where either figure is missing are left out and counted.
 *
 * @param {readonly (number | null | undefined)[]} ours milliseconds this extension added, one per round
 * @param {readonly (number | null | undefined)[]} peer the peer's, same rounds, same order
 */
export function lightness(ours, peer, resamples = 2000, seed = 1) {
  if (ours.length !== peer.length) throw new Error(`lightness needs the same rounds: ${ours.length} of ours, ${peer.length} of the peer's`);
  /** @type {{ ours: number, peer: number }[]} */
  const rounds = [];
  ours.forEach((o, i) => {
    const p = peer[i];
    if (typeof o === 'number' && Number.isFinite(o) && typeof p === 'number' && Number.isFinite(p)) rounds.push({ ours: o, peer: p });
  });
  const ratioOfRounds = (/** @type {{ ours: number, peer: number }[]} */ rs) => ratioOf(median(rs.map((r) => r.peer)), median(rs.map((r) => r.ours)));
  const random = mulberry32(seed);
  const ratios = [];
  if (rounds.length) {
    for (let r = 0; r < resamples; r++) ratios.push(ratioOfRounds(Array.from(rounds, () => rounds[Math.floor(random() * rounds.length)])));
  }
  // Nearest rank, not interpolation: a resample can be Infinity (ours at or under zero there).
  const sorted = ratios.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const rank = (/** @type {number} */ p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN);
  return {
    rounds: rounds.length,
    leftOut: ours.length - rounds.length,
    oursMs: round(median(rounds.map((r) => r.ours))),
    peerMs: round(median(rounds.map((r) => r.peer))),
    ratio: keepInfinity(rounds.length ? ratioOfRounds(rounds) : NaN),
    interval: { low: keepInfinity(rank(5)), high: keepInfinity(rank(95)) },
  };
}

/**
 * Per-round script time a side added on one page (figure 1): its load minus the baseline's of the
 * same round; NaN (left out) where the load's metrics were not of that page (measuredThisPage).
 */
export const scriptAddedPerRound = (/** @type {{ raw: Record<'with' | 'without', { scriptMs: number, nodes: number }>[] }} */ page) =>
  page.raw.map((r) => (measuredThisPage(r.with, r.without) ? r.with.scriptMs - r.without.scriptMs : NaN));

/**
 * The ratio on every page both measured, with that page's goal (normal or error page).
 *
 * @param {{ key: string, label: string, error: boolean, raw: Record<'with' | 'without', { scriptMs: number, nodes: number }>[] }[]} ours
 * @param {{ key: string, raw: Record<'with' | 'without', { scriptMs: number, nodes: number }>[] }[]} peer
 */
export function lightnessOfPages(ours, peer) {
  return ours.flatMap((page) => {
    const theirs = peer.find((p) => p.key === page.key);
    if (!theirs) return [];
    const goal = page.error ? GOAL_LIGHTER.error : GOAL_LIGHTER.normal;
    return [{ key: page.key, label: page.label, error: page.error, goal, ...lightness(scriptAddedPerRound(page), scriptAddedPerRound(theirs)) }];
  });
}

/** Rounded to 2 decimals; Infinity kept (it says something), NaN as null. */
const keepInfinity = (/** @type {number} */ x) => (x === Infinity ? Infinity : round(x, 2));

/** @typedef {ReturnType<typeof lightness>} Lightness */

/** Whether the median ratio meets `goal` (null when there is no ratio). */
export function meetsLightnessGoal(/** @type {Pick<Lightness, 'ratio'>} */ l, /** @type {number} */ goal) {
  return l.ratio === null ? null : l.ratio >= goal;
}

/** 'met' or 'missed' only when the whole interval is on one side of the goal, else 'unsure'. */
export function lightnessCertainty(/** @type {Pick<Lightness, 'interval'>} */ l, /** @type {number} */ goal) {
  const { low, high } = l.interval;
  if (low === null || high === null) return 'unsure';
  if (low >= goal) return 'met';
  if (high < goal) return 'missed';
  return 'unsure';
}

/**
 * The added time that would just meet the goal (the peer's over the goal), and how far ours is
 * over it: what a miss means in milliseconds on this machine.
 */
export function shortfall(/** @type {Pick<Lightness, 'oursMs' | 'peerMs'>} */ l, /** @type {number} */ goal) {
  if (l.oursMs === null || l.peerMs === null) return { targetMs: null, overMs: null };
  const targetMs = l.peerMs / goal;
  return { targetMs: round(targetMs), overMs: round(Math.max(0, l.oursMs - targetMs)) };
}

/** "9.3×", "∞×" (ours too light to measure), "n/a". */
export function times(/** @type {number | null | undefined} */ ratio) {
  if (ratio === Infinity) return '∞×';
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 'n/a';
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
}
