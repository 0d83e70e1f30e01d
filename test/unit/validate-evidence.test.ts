import { describe, expect, it } from 'vitest';
import { EVIDENCE_LIMITS } from '../../src/page/page-evidence';
import { validateEvidence } from '../../src/page/validate-evidence';

describe('validateEvidence', () => {
  it('refuses what is not evidence', () => {
    for (const bad of [null, undefined, 'x', 42, {}, { text: 1, config: {} }, { text: 'x', config: null }]) {
      expect(validateEvidence(bad)).toBeNull();
    }
  });
  it('keeps known config keys of the right type only, and drops everything else', () => {
    const result = validateEvidence({
      text: 'Error Code: 53003',
      config: { sErrorCode: '53003', canary: 'secret', sFT: 'secret', sAppName: { html: '<b>' }, ['__proto__']: 'x' },
      userAgent: 'UA',
      extra: 'ignored',
    });
    expect(result).toEqual({ text: 'Error Code: 53003', config: { sErrorCode: '53003' }, locale: undefined, userAgent: 'UA' });
  });
  it('cuts over-long values instead of dropping the detection', () => {
    const result = validateEvidence({ text: 'x'.repeat(1_000_000), config: { strServiceExceptionMessage: 'y'.repeat(1_000_000) }, userAgent: 'u'.repeat(5000) });
    expect(result?.text.length, 'one line: cut to the line cap').toBe(EVIDENCE_LIMITS.textLine);
    const lines = validateEvidence({ text: `${'x'.repeat(1000)}\n`.repeat(1000), config: {} });
    expect(lines?.text.length, 'many lines: cut to the total cap').toBe(EVIDENCE_LIMITS.text);
    expect(result?.config.strServiceExceptionMessage?.length).toBe(EVIDENCE_LIMITS.configValue);
    expect(result?.userAgent.length).toBe(EVIDENCE_LIMITS.userAgent);
  });
  it('keeps a page language only when it is shaped like one', () => {
    expect(validateEvidence({ text: '', config: {}, locale: 'de-DE' })?.locale).toBe('de-DE');
    expect(validateEvidence({ text: '', config: {}, locale: '<script>' })?.locale).toBeUndefined();
  });
});
