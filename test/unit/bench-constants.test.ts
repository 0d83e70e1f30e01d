// The benchmark report quotes constants of the extension (SETTLE_MS, the evidence caps): it reads
// them from the sources through a bundle, and stops when one is missing rather than printing NaN.
import { describe, expect, it } from 'vitest';
import { SETTLE_MS, WATCH_MS } from '../../content/watch-timing';
import { bundleConstants } from '../../scripts/bench/bundle.mjs';
import { extensionConstants } from '../../scripts/bench/report.mjs';
import { EVIDENCE_LIMITS } from '../../src/page/page-evidence';
import { MANAGED_WAIT_MS } from '../../src/settings/settings-store';

describe('benchmark report constants', () => {
  it('come from the extension sources', { timeout: 30_000 }, async () => {
    expect(extensionConstants(await bundleConstants())).toEqual({
      settleMs: SETTLE_MS,
      watchMs: WATCH_MS,
      textCap: EVIDENCE_LIMITS.text,
      lineCap: EVIDENCE_LIMITS.textLine,
      managedWaitMs: MANAGED_WAIT_MS,
    });
  });

  it('stop the report when one is missing or not a number', () => {
    const sources = { SETTLE_MS: 25, WATCH_MS: 20_000, EVIDENCE_LIMITS: { text: 64_000, textLine: 2000 }, MANAGED_WAIT_MS: 150 };
    expect(() => extensionConstants({ ...sources, SETTLE_MS: undefined })).toThrow(/SETTLE_MS \(content\/watch-timing\.ts\)/);
    expect(() => extensionConstants({ ...sources, WATCH_MS: '20000' })).toThrow(/WATCH_MS/);
    expect(() => extensionConstants({ ...sources, EVIDENCE_LIMITS: { textLine: 2000 } })).toThrow(/EVIDENCE_LIMITS\.text \(/);
    expect(() => extensionConstants({ ...sources, EVIDENCE_LIMITS: undefined })).toThrow(/EVIDENCE_LIMITS\.text/);
    expect(() => extensionConstants({ ...sources, EVIDENCE_LIMITS: { text: 1, textLine: NaN } })).toThrow(/EVIDENCE_LIMITS\.textLine/);
    expect(() => extensionConstants({ ...sources, MANAGED_WAIT_MS: undefined })).toThrow(/MANAGED_WAIT_MS/);
  });
});
