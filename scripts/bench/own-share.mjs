// The popup's own share of its floor: how much the popup's code adds, as a ratio of what the
// same markup costs as a static page. Judged as a ratio measured in one run, never in
// milliseconds: the floor moves with the machine and its load (67 ms on one, 116 ms on another),
// and a ratio of opens measured side by side moves much less.
import { median, mulberry32, percentile, round, summary } from './stats.mjs';

/** The goal: the popup's own work adds at most this fraction of its floor. */
export const GOAL_OWN_SHARE = 0.15;

/**
 * Pairs one popup open with the floor open measured next to it (same index), and gives, per pair,
 * the popup's own time (popup − floor) and its ratio to that pair's floor. A pair where either
 * figure is missing, or the floor is not a positive number, is left out (and counted).
 * `ratioOfMedians` is the same question asked of the medians: a check on the per-pair figure.
 *
 * @param {readonly (number | null | undefined)[]} popup milliseconds to the painted details, one per open
 * @param {readonly (number | null | undefined)[]} floor the floor page's, one per open, the same length
 */
export function ownShare(popup, floor) {
  if (popup.length !== floor.length) throw new Error(`ownShare needs pairs: ${popup.length} popup opens, ${floor.length} floor opens`);
  /** @type {{ popup: number, floor: number }[]} */
  const pairs = [];
  popup.forEach((p, i) => {
    const f = floor[i];
    if (typeof p === 'number' && Number.isFinite(p) && typeof f === 'number' && Number.isFinite(f) && f > 0) pairs.push({ popup: p, floor: f });
  });
  const floorMedian = median(pairs.map((x) => x.floor));
  const ownMedian = median(pairs.map((x) => x.popup - x.floor));
  const ratios = pairs.map((x) => (x.popup - x.floor) / x.floor);
  return {
    pairs: pairs.length,
    leftOut: popup.length - pairs.length,
    ownMs: summary(pairs.map((x) => x.popup - x.floor)),
    ratio: summary(ratios),
    ratioInterval: medianInterval(ratios),
    ratioOfMedians: round(ownMedian / floorMedian),
  };
}

/**
 * A 90% interval for the median of `values`, by bootstrap: the median of `resamples` samples
 * drawn with replacement, their 5th and 95th percentiles. On a busy machine single opens spread by
 * tens of milliseconds, so the median ratio alone can look met or missed by chance: the interval
 * says how far it could move. Seeded, so the same samples give the same interval.
 *
 * @param {readonly number[]} values
 * @returns {{ low: number | null, high: number | null }}
 */
export function medianInterval(values, resamples = 2000, seed = 1) {
  if (values.length === 0) return { low: null, high: null };
  const random = mulberry32(seed);
  const medians = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from(values, () => values[Math.floor(random() * values.length)]);
    medians.push(median(sample));
  }
  return { low: round(percentile(medians, 5)), high: round(percentile(medians, 95)) };
}

/** Whether a share meets the goal: its median per-pair ratio at most GOAL_OWN_SHARE (null when there were no pairs). */
export function meetsOwnShareGoal(/** @type {Pick<ReturnType<typeof ownShare>, 'ratio'>} */ share) {
  const ratio = share.ratio.median;
  return ratio === null ? null : ratio <= GOAL_OWN_SHARE;
}

/** How sure the verdict is: 'met' or 'missed' when the whole interval is on one side of the goal, else 'unsure'. */
export function ownShareCertainty(/** @type {Pick<ReturnType<typeof ownShare>, 'ratioInterval'>} */ share) {
  const { low, high } = share.ratioInterval;
  if (low === null || high === null) return 'unsure';
  if (high <= GOAL_OWN_SHARE) return 'met';
  if (low > GOAL_OWN_SHARE) return 'missed';
  return 'unsure';
}

/** "12.3%" for a ratio such as 0.123. */
export function percent(/** @type {number | null | undefined} */ ratio) {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 'n/a';
  return `${(ratio * 100).toFixed(1)}%`;
}
