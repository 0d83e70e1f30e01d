// The benchmark judges the content script against the peer's as a ratio measured in one run:
// how many times less main-thread script time it adds. The arithmetic behind that verdict, and
// the order of loads that keeps the rounds fair.
import { describe, expect, it } from 'vitest';
import { GOAL_LIGHTER, lightness, lightnessCertainty, lightnessOfPages, meetsLightnessGoal, ratioOf, scriptAddedPerRound, shortfall, times } from '../../scripts/bench/lightness.mjs';
import { measuredThisPage } from '../../scripts/bench/main-thread.mjs';
import { cycleLength, loadOrder } from '../../scripts/bench/load-order.mjs';

describe('lighter than the peer', () => {
  it('is the ratio of the medians of per-round added times, peer over ours', () => {
    const l = lightness([0.5, 0.7, 0.6], [12, 14, 13]);
    expect(l.oursMs).toBe(0.6);
    expect(l.peerMs).toBe(13);
    expect(l.ratio).toBeCloseTo(13 / 0.6, 2);
    expect(l.rounds).toBe(3);
  });

  it('gives an interval that holds the ratio and narrows as the rounds agree', () => {
    const steady = lightness([0.5, 0.5, 0.51, 0.49, 0.5, 0.5], [10, 10, 10.1, 9.9, 10, 10]);
    const noisy = lightness([0.2, 0.9, 0.5, 1.4, 0.3, 0.6], [6, 14, 10, 9, 12, 8]);
    for (const l of [steady, noisy]) {
      expect(l.interval.low).toBeLessThanOrEqual(Number(l.ratio));
      expect(l.interval.high).toBeGreaterThanOrEqual(Number(l.ratio));
    }
    expect(Number(steady.interval.high) - Number(steady.interval.low)).toBeLessThan(Number(noisy.interval.high) - Number(noisy.interval.low));
    // Seeded: the same rounds, the same interval.
    expect(lightness([0.2, 0.9, 0.5, 1.4, 0.3, 0.6], [6, 14, 10, 9, 12, 8])).toEqual(noisy);
  });

  it('is unbounded when ours is too light to measure, and meaningless when neither adds anything', () => {
    expect(ratioOf(10, 0)).toBe(Infinity);
    expect(ratioOf(10, -0.2)).toBe(Infinity);
    expect(ratioOf(0, 0)).toBeNaN();
    expect(ratioOf(-1, -1)).toBeNaN();
    const unmeasurable = lightness([-0.1, 0, 0.05], [9, 10, 11]);
    expect(unmeasurable.ratio).toBe(Infinity);
    expect(meetsLightnessGoal(unmeasurable, GOAL_LIGHTER.normal)).toBe(true);
    expect(times(unmeasurable.ratio)).toBe('∞×');
  });

  it('keeps the rounds together and leaves out a round with a missing figure', () => {
    const l = lightness([1, null, 2, 3], [10, 99, undefined, 30]);
    expect(l.rounds).toBe(2);
    expect(l.leftOut).toBe(2);
    expect(l.ratio).toBe(10);
    expect(() => lightness([1, 2], [10])).toThrow(/same rounds/);
    const none = lightness([], []);
    expect(none.ratio).toBeNull();
    expect(meetsLightnessGoal(none, 3)).toBeNull();
    expect(lightnessCertainty(none, 3)).toBe('unsure');
  });

  it('meets a goal at or above it, and says met or missed only when the whole interval agrees', () => {
    expect(GOAL_LIGHTER).toEqual({ normal: 20, error: 3 });
    expect(meetsLightnessGoal({ ratio: 20 }, 20)).toBe(true);
    expect(meetsLightnessGoal({ ratio: 19.99 }, 20)).toBe(false);
    expect(lightnessCertainty({ interval: { low: 21, high: 30 } }, 20)).toBe('met');
    expect(lightnessCertainty({ interval: { low: 12, high: 19 } }, 20)).toBe('missed');
    expect(lightnessCertainty({ interval: { low: 15, high: 25 } }, 20)).toBe('unsure');
    expect(lightnessCertainty({ interval: { low: 21, high: Infinity } }, 20)).toBe('met');
  });

  it('says what added time would just meet the goal, and how far over it ours is', () => {
    expect(shortfall({ oursMs: 1.2, peerMs: 14 }, 20)).toEqual({ targetMs: 0.7, overMs: 0.5 });
    expect(shortfall({ oursMs: 0.5, peerMs: 14 }, 20)).toEqual({ targetMs: 0.7, overMs: 0 });
    expect(shortfall({ oursMs: null, peerMs: 14 }, 20)).toEqual({ targetMs: null, overMs: null });
  });

  it('prints as a multiple', () => {
    expect(times(9.25)).toBe('9.3×');
    expect(times(21.4)).toBe('21×');
    expect(times(null)).toBe('n/a');
    expect(times(Number.NaN)).toBe('n/a');
  });

  it('is worked out for each page both measured, against that page’s goal', () => {
    const page = (key: string, error: boolean, withMs: number[], withoutMs: number[]) => ({
      key,
      label: key,
      error,
      raw: withMs.map((w, i) => ({ with: { scriptMs: w, nodes: 6800 }, without: { scriptMs: withoutMs[i], nodes: 6793 } })),
    });
    const ours = [page('normal', false, [11, 11.5], [10, 10.5]), page('error', true, [16, 17], [10, 11]), page('ours only', true, [1], [0])];
    const peer = [page('normal', false, [30, 30.5], [10, 10.5]), page('error', true, [28, 29], [10, 11])];
    const [normal, error, ...rest] = lightnessOfPages(ours, peer);
    expect(rest).toEqual([]);
    expect(normal).toMatchObject({ key: 'normal', goal: 20, oursMs: 1, peerMs: 20, ratio: 20 });
    expect(error).toMatchObject({ key: 'error', goal: 3, oursMs: 6, peerMs: 18, ratio: 3 });
  });

  it('leaves out a round whose load reported another document’s metrics, rather than counting it as free', () => {
    const raw = [
      { with: { scriptMs: 21, nodes: 6807 }, without: { scriptMs: 1, nodes: 6793 } },
      // The counters of another document: no script, and a node count that is not this page's.
      { with: { scriptMs: 0, nodes: 2755 }, without: { scriptMs: 1, nodes: 266 } },
    ];
    expect(measuredThisPage(raw[0].with, raw[0].without)).toBe(true);
    expect(measuredThisPage(raw[1].with, raw[1].without)).toBe(false);
    // A notice or a banner adds a few nodes: still the same page.
    expect(measuredThisPage({ nodes: 261 }, { nodes: 247 })).toBe(true);
    expect(scriptAddedPerRound({ raw })).toEqual([20, Number.NaN]);
    const [l] = lightnessOfPages([{ key: 'p', label: 'p', error: true, raw: [raw[0], raw[0]] }], [{ key: 'p', raw }]);
    expect(l).toMatchObject({ rounds: 1, leftOut: 1, ratio: 1 });
  });
});

describe('the order of loads in a round', () => {
  const positions = (n: number) => {
    const sides = [...Array(n).keys()];
    const place = new Map<string, number>();
    const follows = new Map<string, number>();
    for (let round = 0; round < cycleLength(n); round++) {
      const order = loadOrder(sides, round);
      expect([...order].sort()).toEqual(sides);
      order.forEach((side, i) => {
        place.set(`${side}@${i}`, (place.get(`${side}@${i}`) ?? 0) + 1);
        if (i) follows.set(`${order[i - 1]}>${side}`, (follows.get(`${order[i - 1]}>${side}`) ?? 0) + 1);
      });
    }
    return { place, follows };
  };

  it('alternates two browsers, as with and without used to', () => {
    expect(loadOrder(['with', 'without'], 0)).toEqual(['with', 'without']);
    expect(loadOrder(['with', 'without'], 1)).toEqual(['without', 'with']);
    expect(loadOrder(['with', 'without'], 2)).toEqual(['with', 'without']);
  });

  it.each([2, 3, 4, 5])('over one cycle gives each of %i browsers each place, and each one after every other, equally often', (n) => {
    const { place, follows } = positions(n);
    expect(place.size).toBe(n * n);
    expect(new Set(place.values()).size).toBe(1);
    expect(follows.size).toBe(n * (n - 1));
    expect(new Set(follows.values()).size).toBe(1);
  });
});
