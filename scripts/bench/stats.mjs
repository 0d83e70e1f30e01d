// Small statistics helpers: every figure is a median with its 90th percentile, never a mean.

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks.
 *
 * @param {readonly (number | null | undefined)[]} values (others than finite numbers are left out)
 * @param {number} p
 */
export function percentile(values, p) {
  const sorted = values.filter(/** @returns {v is number} */ (v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (/** @type {readonly (number | null | undefined)[]} */ values) => percentile(values, 50);

/**
 * { median, p10, p90, min, max, n } of a list of numbers (null where there is none).
 *
 * @param {readonly (number | null | undefined)[]} values (others than finite numbers are left out)
 */
export function summary(values) {
  const finite = values.filter(/** @returns {v is number} */ (v) => Number.isFinite(v));
  return {
    median: round(median(finite)),
    p10: round(percentile(finite, 10)),
    p90: round(percentile(finite, 90)),
    min: round(Math.min(...finite)),
    max: round(Math.max(...finite)),
    n: finite.length,
  };
}

/** `value` rounded to `digits` decimals, or null when it is not a finite number. */
export function round(/** @type {number} */ value, digits = 3) {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "1.23" with sensible precision for milliseconds. */
export function ms(/** @type {number | null | undefined} */ value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const a = Math.abs(value);
  if (a >= 100) return value.toFixed(0);
  if (a >= 10) return value.toFixed(1);
  if (a >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

/** Decimal sizes, as the figures are given: 1 KB = 1,000 bytes. */
export function bytes(/** @type {number} */ n) {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(2)} MB`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)} KB`;
  return `${n} B`;
}

/** A small seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same pages and intervals. */
export function mulberry32(/** @type {number} */ seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
