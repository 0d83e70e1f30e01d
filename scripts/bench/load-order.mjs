// @ts-check
// In which order the browsers load a page in each round of figure 1. With two (with and without
// the extension) it alternates; with more (no extension, this one, the peer, an empty content
// script) a fixed order would favour whoever goes first, or whoever follows a heavy load, on a
// machine whose load drifts. A Williams design (a balanced Latin square) gives each browser each
// place equally often, and each one follows every other equally often, over `cycleLength` rounds.

/** How many rounds make one balanced cycle for `n` browsers: n when n is even, 2n when it is odd. */
export const cycleLength = (/** @type {number} */ n) => (n % 2 === 0 ? n : 2 * n);

/**
 * The order of round `round` (0, 1, …) for `sides`: row `round mod cycleLength` of the square.
 * Row 0 is 0, 1, n−1, 2, n−2, …; row r adds r to each (mod n); for odd n the second half of the
 * cycle runs the first half's rows backwards.
 *
 * @template T
 * @param {readonly T[]} sides
 * @param {number} round
 * @returns {T[]}
 */
export function loadOrder(sides, round) {
  const n = sides.length;
  if (n < 2) return [...sides];
  const first = [0];
  for (let k = 1; first.length < n; k++) {
    first.push(k);
    if (first.length < n) first.push(n - k);
  }
  const r = round % cycleLength(n);
  const row = first.map((i) => (i + r) % n);
  return (r >= n ? row.reverse() : row).map((i) => sides[i]);
}
