import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './settings-spec';
import { validateSettings, type SettingProblem } from './validate-settings';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the organisation's policy: shown locked on the options page. */
  managedKeys: SettingKey[];
  /** Policy values refused, with reasons (shown to admins on the options page). */
  policyProblems: SettingProblem[];
}

/** Typed defaults, then the person's own choices, then policy, which always wins. Invalid values never get through. */
export function mergeSettings(user: unknown, managed: unknown): EffectiveSettings {
  const own = validateSettings(user).values;
  const policy = validateSettings(managed);
  return {
    settings: { ...DEFAULT_SETTINGS, ...own, ...policy.values },
    managedKeys: Object.keys(policy.values) as SettingKey[],
    policyProblems: policy.problems,
  };
}

