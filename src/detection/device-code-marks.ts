import type { StorageApi } from '../extension/browser-api';
import { DEVICE_CODE_LIFETIME_MS } from './device-code-entry';
import { deviceCodeKey } from './detection-keys';

/**
 * Which tabs showed Microsoft's device-code entry page, and when: the error that follows in the
 * same tab came from a device code, whatever tool asked for it, and the error page itself can't
 * say so. Kept in `storage.session` like the detections (memory only, kept while the background
 * sleeps), one key per tab (spelled in detection-keys.ts), and nothing but the time: never the
 * page's address, its text or the code. Per tab only, so a private window's mark stays with its tab.
 */
export interface DeviceCodeMarks {
  /** The tab shows the entry page now. */
  mark(tabId: number, at: Date): Promise<void>;
  /**
   * Whether the tab showed the entry page within a device code's lifetime before `now`. A mark
   * that is too old (or from a clock that went back) can never count again, so it is forgotten.
   */
  seenWithin(tabId: number, now: Date): Promise<boolean>;
  /** Forgets the tab's mark if it was made before `before`: a mark made since belongs to a newer page. */
  forget(tabId: number, before?: Date): Promise<void>;
}

export function createDeviceCodeMarks(storage: Pick<StorageApi, 'session'>): DeviceCodeMarks {
  const { session } = storage;
  const markedAt = async (tabId: number): Promise<number | undefined> => {
    const value = (await session.get(deviceCodeKey(tabId)))[deviceCodeKey(tabId)];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  };
  return {
    async mark(tabId, at) {
      await session.set({ [deviceCodeKey(tabId)]: at.getTime() });
    },
    async seenWithin(tabId, now) {
      const at = await markedAt(tabId);
      if (at === undefined) return false;
      const age = now.getTime() - at;
      if (age >= 0 && age <= DEVICE_CODE_LIFETIME_MS) return true;
      await session.remove(deviceCodeKey(tabId));
      return false;
    },
    async forget(tabId, before) {
      const at = await markedAt(tabId);
      if (at !== undefined && (before === undefined || at < before.getTime())) await session.remove(deviceCodeKey(tabId));
    },
  };
}
