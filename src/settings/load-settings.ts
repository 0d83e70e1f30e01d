import browser from 'webextension-polyfill';
import { mergeSettings, type EffectiveSettings } from './merge-settings';
import type { Settings } from './settings-spec';

export type { EffectiveSettings };

/** `storage.managed` throws where no policy or schema exists (Firefox without policies.json): that means "no policy". */
async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Chromium answers `storage.managed` only once it has loaded policy, about 3 s after it starts. */
const MANAGED_WAIT_MS = 150;

export const USER_SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([browser.storage.local.get(USER_SETTINGS_KEY), readManaged()]);
  return mergeSettings(local[USER_SETTINGS_KEY], managed);
}

export interface QuickSettings {
  /** What to paint with now. */
  now: EffectiveSettings;
  /** The settings with policy included: the very same object as `now` when policy answered in time. */
  complete: Promise<EffectiveSettings>;
}

/**
 * Settings for a view that must paint at once: when policy is not ready within a moment (just
 * after the browser starts), the person's own settings and defaults stand in, and `complete`
 * brings the settings with policy as soon as it arrives.
 */
export async function loadSettingsQuickly(): Promise<QuickSettings> {
  const complete = loadSettings();
  const local = browser.storage.local.get(USER_SETTINGS_KEY);
  const waited = new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS, undefined));
  const inTime = await Promise.race([complete, waited]);
  if (inTime) return { now: inTime, complete };
  return { now: mergeSettings((await local)[USER_SETTINGS_KEY], {}), complete };
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
