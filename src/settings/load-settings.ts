import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './settings-spec';
import { validateSettings, type SettingProblem } from './validate-settings';

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the organisation's policy: shown locked on the options page. */
  managedKeys: SettingKey[];
  /** Policy values refused, with reasons (shown to admins on the options page). */
  policyProblems: SettingProblem[];
}

/** `storage.managed` throws where no policy or schema exists (Firefox without policies.json): that means "no policy". */
async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

export const USER_SETTINGS_KEY = 'settings';

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

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([browser.storage.local.get(USER_SETTINGS_KEY), readManaged()]);
  return mergeSettings(local[USER_SETTINGS_KEY], managed);
}

export async function saveUserSettings(values: Partial<Settings>): Promise<void> {
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: values });
}

/** Policy arrives a few seconds after start in Chromium, and admins can change it any time. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed' || area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
