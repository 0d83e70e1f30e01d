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

export const USER_SETTINGS_KEY = 'settings';

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
