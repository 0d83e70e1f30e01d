import type { StorageApi } from '../extension/browser-api';
import { mergeSettings, type EffectiveSettings } from './merge-settings';
import type { Settings } from './settings-spec';

export type { EffectiveSettings };

/** Where the person's own settings live in `storage.local`. */
export const USER_SETTINGS_KEY = 'settings';

/** Chromium answers `storage.managed` only once it has loaded policy, about 3 s after it starts. */
export const MANAGED_WAIT_MS = 150;

/**
 * When a watching view reads policy again, in ms after it starts watching. `storage.onChanged`
 * announces an admin's change, but a view opened just after the browser starts may read policy
 * before it has loaded: these reads, bounded to the first 8 s, pick it up.
 */
export const MANAGED_RETRY_MS = [1000, 3000, 8000] as const;

export interface QuickSettings {
  /** What to paint with now. */
  now: EffectiveSettings;
  /** The settings with policy included: the very same object as `now` when policy answered in time. */
  complete: Promise<EffectiveSettings>;
}

/**
 * The settings: typed defaults, then the person's own choices (`storage.local`), then the
 * organisation's policy (`storage.managed`), merged and validated by merge-settings.ts. Takes the
 * storage areas as parameters: the entry files pass the browser's, the tests in-memory ones.
 */
export interface SettingsStore {
  load(): Promise<EffectiveSettings>;
  /**
   * Settings for a view that must paint at once: when policy is not ready within a moment (just
   * after the browser starts), the person's own settings and defaults stand in, and `complete`
   * brings the settings with policy as soon as it arrives.
   */
  loadQuickly(): Promise<QuickSettings>;
  save(values: Partial<Settings>): Promise<void>;
  /**
   * Policy arrives a few seconds after start in Chromium, and admins can change it any time: calls
   * back on every change, and when a re-read of policy (MANAGED_RETRY_MS) finds it changed.
   * Returns what stops watching.
   */
  watch(onChange: () => void): () => void;
}

export function createSettingsStore(storage: Pick<StorageApi, 'local' | 'managed' | 'onChanged'>): SettingsStore {
  /** `storage.managed` throws where no policy or schema exists (Firefox without policies.json): that means "no policy". */
  async function readManaged(): Promise<Record<string, unknown>> {
    try {
      return (await storage.managed.get(null)) ?? {};
    } catch {
      return {};
    }
  }

  /** The settings from a read of `storage.local` already under way, and policy. */
  async function withPolicy(local: Promise<Record<string, unknown>>): Promise<EffectiveSettings> {
    const [own, managed] = await Promise.all([local, readManaged()]);
    return mergeSettings(own[USER_SETTINGS_KEY], managed);
  }

  return {
    load: () => withPolicy(storage.local.get(USER_SETTINGS_KEY)),
    async loadQuickly() {
      // One read of the person's settings serves both answers: each read is a round trip to the browser.
      const local = storage.local.get(USER_SETTINGS_KEY);
      const complete = withPolicy(local);
      const waited = new Promise<undefined>((resolve) => setTimeout(resolve, MANAGED_WAIT_MS, undefined));
      const inTime = await Promise.race([complete, waited]);
      if (inTime) return { now: inTime, complete };
      return { now: mergeSettings((await local)[USER_SETTINGS_KEY], {}), complete };
    },
    async save(values) {
      await storage.local.set({ [USER_SETTINGS_KEY]: values });
    },
    watch(onChange) {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'managed' || area === 'local') onChange();
      };
      storage.onChanged.addListener(listener);
      const policyText = async () => JSON.stringify(await readManaged());
      let seen = policyText();
      const retries = MANAGED_RETRY_MS.map((ms) =>
        setTimeout(async () => {
          const now = await policyText();
          if (now !== (await seen)) onChange();
          seen = Promise.resolve(now);
        }, ms),
      );
      return () => {
        storage.onChanged.removeListener(listener);
        for (const retry of retries) clearTimeout(retry);
      };
    },
  };
}
