import type { StorageArea } from '../extension/browser-api';

/**
 * Times the background keeps in `storage.session` (memory only, kept while the background
 * sleeps) and nothing but the time: that a tab showed the device-code entry page
 * (device-code-marks.ts), that the person enabled Microsoft's flagging (flagging-window.ts). Each
 * kind has its keys (spelled in detection-keys.ts) and how long a mark counts.
 */
export interface TimeMarks<Id> {
  mark(id: Id, at: Date): Promise<void>;
  /**
   * When the mark was made (ms), if within its lifetime before `now`. A mark that is too old, or
   * from a clock that went back, can never count again, so it is forgotten.
   */
  madeWithin(id: Id, now: Date): Promise<number | undefined>;
  /** Forgets the mark if it was made before `before` (or whenever made): one made since belongs to something newer. */
  forget(id: Id, before?: Date): Promise<void>;
}

export function createTimeMarks<Id>(session: StorageArea, keyOf: (id: Id) => string, lifetimeMs: number): TimeMarks<Id> {
  const markedAt = async (key: string): Promise<number | undefined> => {
    const value = (await session.get(key))[key];
    // Only a number can be finite: anything else stored there is no mark.
    return Number.isFinite(value) ? (value as number) : undefined;
  };
  return {
    async mark(id, at) {
      await session.set({ [keyOf(id)]: at.getTime() });
    },
    async madeWithin(id, now) {
      const at = await markedAt(keyOf(id));
      if (at === undefined) return undefined;
      const age = now.getTime() - at;
      if (age >= 0 && age <= lifetimeMs) return at;
      await session.remove(keyOf(id));
      return undefined;
    },
    async forget(id, before) {
      const at = await markedAt(keyOf(id));
      if (at !== undefined && (before === undefined || at < before.getTime())) await session.remove(keyOf(id));
    },
  };
}
