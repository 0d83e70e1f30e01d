import type { StorageApi } from '../extension/browser-api';
import { flaggingKey } from './detection-keys';

/**
 * Microsoft's "Enable flagging": "For the next 20 minutes, any sign-in event from that user, on
 * the same browser and client device or computer, will show “Flagged for Review: Yes” in the
 * Sign-ins Report. After 20 minutes, the flagging automatically turns off."
 * https://learn.microsoft.com/en-us/entra/identity/monitoring-health/overview-flagged-sign-ins
 * (facts and the rest of the flow: docs/reference/flagging.md).
 */
export const FLAGGING_WINDOW_MS = 20 * 60 * 1000;

/** When the flagging that began at `enabledAt` (ISO) turns itself off. */
export const flaggingEndsAt = (enabledAt: string): number => Date.parse(enabledAt) + FLAGGING_WINDOW_MS;

/**
 * When the person last pressed Microsoft's "Enable flagging", for the whole browser rather than
 * the tab: Microsoft flags the retry made in a new window of the same browser. Kept in
 * `storage.session` (memory only) and nothing but the time. Private windows keep their own mark:
 * they have their own cookies, so (our inference) Microsoft's flag set in one does not reach the other.
 */
export interface FlaggingMarks {
  mark(privateWindow: boolean, at: Date): Promise<void>;
  /** The time flagging was enabled (ISO), if that was within the last 20 minutes; an older mark is forgotten. */
  enabledAt(privateWindow: boolean, now: Date): Promise<string | undefined>;
}

export function createFlaggingMarks(storage: Pick<StorageApi, 'session'>): FlaggingMarks {
  const { session } = storage;
  return {
    async mark(privateWindow, at) {
      await session.set({ [flaggingKey(privateWindow)]: at.getTime() });
    },
    async enabledAt(privateWindow, now) {
      const key = flaggingKey(privateWindow);
      const at = (await session.get(key))[key];
      if (typeof at !== 'number') return undefined;
      const age = now.getTime() - at;
      if (age >= 0 && age < FLAGGING_WINDOW_MS) return new Date(at).toISOString();
      // Over, or from a clock that went back: it can never count again.
      await session.remove(key);
      return undefined;
    },
  };
}
