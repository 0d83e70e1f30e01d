import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './settings-spec';
import { validateSettings, type SettingProblem } from './validate-settings';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the organisation's policy: shown locked on the options page. */
  managedKeys: SettingKey[];
  /** Policy values refused, with reasons (shown to admins on the options page). */
  policyProblems: SettingProblem[];
  /** Policy as the browser handed it over, every key, for the admin's report on the options page (policy-report.ts). */
  policyReceived: Record<string, unknown>;
}

/** Typed defaults, then the person's own choices, then policy, which always wins. Invalid values never get through. */
export function mergeSettings(user: unknown, managed: unknown): EffectiveSettings {
  const own = validateSettings(user).values;
  const policy = validateSettings(managed);
  return {
    settings: { ...DEFAULT_SETTINGS, ...own, ...policy.values },
    managedKeys: Object.keys(policy.values) as SettingKey[],
    policyProblems: policy.problems,
    policyReceived: managed && typeof managed === 'object' && !Array.isArray(managed) ? (managed as Record<string, unknown>) : {},
  };
}

