import { BIDI_CONTROLS } from '../src/page/detail-formats';
import type { EffectiveSettings } from '../src/settings/merge-settings';
import type { Reason } from '../src/settings/setting-checks';

/** How much of a received value the report shows: enough to recognise it, never a page of policy. */
export const MAX_SHOWN_VALUE = 120;

export interface PolicyEntry {
  /** The key as received, cut as validate-settings.ts cuts unknown ones. */
  key: string;
  /** The value as received, as text: JSON for anything but text, bidi controls out, capped. */
  shown: string;
  /** Why (parts of) it were refused; empty when it applied as it is. */
  reasons: Reason[];
}

/** Policy is untrusted text: shown only as text, and only a recognisable start of it. */
function shownValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  text = text.replace(BIDI_CONTROLS, '');
  return text.length > MAX_SHOWN_VALUE ? `${text.slice(0, MAX_SHOWN_VALUE)}…` : text;
}

/** Each managed key the browser handed over, with the value received and the refusals validate-settings.ts gave it. */
export function policyReport({ policyReceived, policyProblems }: Pick<EffectiveSettings, 'policyReceived' | 'policyProblems'>): PolicyEntry[] {
  const entries = Object.entries(policyReceived).map(([key, value]) => ({ key: key.slice(0, 60), shown: shownValue(value), reasons: [] as Reason[] }));
  for (const { key, reason } of policyProblems) {
    const entry = entries.find((e) => e.key === key);
    // Policy that is not an object at all ("(all)") has no key of its own to stand under.
    if (entry) entry.reasons.push(reason);
    else entries.push({ key, shown: '', reasons: [reason] });
  }
  return entries;
}
