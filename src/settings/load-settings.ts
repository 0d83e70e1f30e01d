import { mergeSettings, type EffectiveSettings } from './merge-settings';
import type { Settings } from './settings-spec';

export type { EffectiveSettings };

/** `storage.managed` throws where no policy or schema exists (Firefox without policies.json): that means "no policy". */
async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await chrome.storage.managed.get(null)) ?? {};
  } catch {
    return {};
  }
}

/** Chromium answers `storage.managed` only once it has loaded policy, about 3 s after it starts. */
const MANAGED_WAIT_MS = 150;

export const USER_SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([chrome.storage.local.get(USER_SETTINGS_KEY), readManaged()]);
  return mergeSettings(local[USER_SETTINGS_KEY], managed);
}

/**
 * Settings for a view that must paint at once: when policy is not ready within a moment (just
 * after the browser starts), the person's own settings and defaults stand in, and `onComplete`
 * gets the settings with policy as soon as it arrives.
 */
export async function loadSettingsQuickly(onComplete: (settings: EffectiveSettings) => void): Promise<EffectiveSettings> {
  const full = loadSettings();
  const local = chrome.storage.local.get(USER_SETTINGS_KEY);
  const waited = new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS, undefined));
  const first = await Promise.race([full, waited]);
  if (first) return first;
  let completed: EffectiveSettings | undefined;
  void full.then((settings) => {
    completed = settings;
    onComplete(settings);
  });
  const ownOnly = mergeSettings((await local)[USER_SETTINGS_KEY], {});
  return completed ?? ownOnly;
}

export async function saveUserSettings(values: Partial<Settings>): Promise<void> {
  await chrome.storage.local.set({ [USER_SETTINGS_KEY]: values });
}

/** Policy arrives a few seconds after start in Chromium, and admins can change it any time. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed' || area === 'local') onChange();
  };
  chrome.storage.onChanged.addListener(listener);
  return () => chrome.storage.onChanged.removeListener(listener);
}
