import type { Translate } from '../extension/i18n';
import { because, type Reason } from './setting-checks';
import { SETTINGS, SETTING_KEYS, type SettingKey, type Settings } from './settings-spec';

export { httpsUrlProblem, ticketTemplateProblem, type Reason } from './setting-checks';

export interface SettingProblem {
  key: string;
  reason: Reason;
}

/** What is wrong and how to fix it, in the reader's language. */
export function reasonText(reason: Reason, t: Translate): string {
  return t(reason.key, reason.args);
}

export interface ValidatedSettings {
  values: Partial<Settings>;
  problems: SettingProblem[];
}

const refused = (key: string, reason: Reason): SettingProblem => ({ key, reason });

/**
 * Checks settings from policy or from the options page with each row's own check. Each valid
 * value is kept; each invalid value or unknown key is refused with a reason and never used, so
 * the defaults stand in for it. A list or map keeps its valid entries, and redaction that can't
 * be read leaves out every field (setting-checks.ts): a refusal never undoes the rest of a policy.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const problems: SettingProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { values: {}, problems: raw == null ? [] : [refused('(all)', because('notObject'))] };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(SETTINGS, key)) {
      problems.push(refused(key.slice(0, 60), because('unknownSetting', SETTING_KEYS.join(', '))));
      continue;
    }
    const result = SETTINGS[key as SettingKey].check(value);
    for (const reason of [result.reason ?? []].flat()) problems.push(refused(key, reason));
    if (result.value !== undefined) values[key as SettingKey] = result.value;
  }
  return { values: values as Partial<Settings>, problems };
}
