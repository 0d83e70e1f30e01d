// The benchmark judges the popup's speed by its own share of the floor (popup − floor) / floor,
// per pair of opens measured side by side: the arithmetic behind that verdict.
import { describe, expect, it } from 'vitest';
import { GOAL_OWN_SHARE, medianInterval, meetsOwnShareGoal, ownShare, ownShareCertainty, percent } from '../../scripts/bench/own-share.mjs';

describe('the popup own share of its floor', () => {
  it('is the median of per-pair ratios, not of unpaired figures', () => {
    // Floors drift (a busy machine): pairing keeps each popup open with the floor measured next to it.
    const share = ownShare([110, 60, 240], [100, 50, 200]);
    expect(share.pairs).toBe(3);
    // Own time 10, 10, 40 ms over floors of 100, 50, 200: ratios 10%, 20%, 20%.
    expect(share.ownMs.median).toBe(10);
    expect(share.ratio.median).toBe(0.2);
    expect(share.ratio.min).toBe(0.1);
    // The medians unpaired (10 ms over 100 ms) tell another story: reported, but not the verdict.
    expect(share.ratioOfMedians).toBe(0.1);
  });

  it('can be negative when the popup came in under its floor', () => {
    expect(ownShare([95], [100]).ratio.median).toBe(-0.05);
  });

  it('leaves out pairs with a missing figure or no floor, and counts them', () => {
    const share = ownShare([110, null, 120, 130], [100, 100, undefined, 0]);
    expect(share.pairs).toBe(1);
    expect(share.leftOut).toBe(3);
    expect(share.ratio.median).toBe(0.1);
  });

  it('refuses lists that are not pairs', () => {
    expect(() => ownShare([1, 2], [1])).toThrow(/pairs/);
  });

  it('meets the goal at or under 15%, and says nothing without pairs', () => {
    expect(GOAL_OWN_SHARE).toBe(0.15);
    expect(meetsOwnShareGoal(ownShare([115], [100]))).toBe(true);
    expect(meetsOwnShareGoal(ownShare([116], [100]))).toBe(false);
    expect(meetsOwnShareGoal(ownShare([], []))).toBeNull();
  });

  it('prints as a percentage', () => {
    expect(percent(0.2089)).toBe('20.9%');
    expect(percent(-0.05)).toBe('-5.0%');
    expect(percent(null)).toBe('n/a');
  });
});

describe('the interval around the median share', () => {
  it('is the same for the same samples, and holds the median', () => {
    const ratios = [0.05, 0.1, 0.12, 0.2, 0.3, 0.08, 0.15, 0.11, 0.4, 0.09];
    const a = medianInterval(ratios);
    expect(medianInterval(ratios)).toEqual(a);
    expect(a.low).toBeLessThanOrEqual(0.115);
    expect(a.high).toBeGreaterThanOrEqual(0.115);
    expect(a.low).toBeGreaterThanOrEqual(0.05);
    expect(a.high).toBeLessThanOrEqual(0.4);
  });

  it('narrows as the pairs agree', () => {
    const spread = medianInterval([-0.3, 0.6, 0.1, -0.2, 0.5, 0.0, 0.4, 0.2]);
    const tight = medianInterval([0.09, 0.1, 0.11, 0.1, 0.09, 0.11, 0.1, 0.1]);
    expect(Number(tight.high) - Number(tight.low)).toBeLessThan(Number(spread.high) - Number(spread.low));
    expect(medianInterval([])).toEqual({ low: null, high: null });
  });

  it('says met or missed only when the whole interval is on one side of 15%', () => {
    expect(ownShareCertainty({ ratioInterval: { low: 0.05, high: 0.14 } })).toBe('met');
    expect(ownShareCertainty({ ratioInterval: { low: 0.16, high: 0.3 } })).toBe('missed');
    expect(ownShareCertainty({ ratioInterval: { low: 0.1, high: 0.2 } })).toBe('unsure');
    expect(ownShareCertainty({ ratioInterval: { low: null, high: null } })).toBe('unsure');
  });
});
