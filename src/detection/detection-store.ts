import type { StorageApi } from '../extension/browser-api';
import type { Detection } from './detection';
import { LATEST_KEY, PASTED_KEY, tabIdOfKey, tabKey, triedKey } from './detection-keys';

/**
 * Detections live in `storage.session`: in memory, gone when the browser closes, and kept while
 * the background service worker sleeps. One key per tab, plus the most recent one of the session
 * for the popup to fall back on, plus the errors of the last pasted text (the keys are spelled in detection-keys.ts only). The background
 * writes, the popup reads and watches; both get the store from their entry file.
 */
export interface DetectionStore {
  save(detection: Detection): Promise<void>;
  /** Keeps the errors of pasted text, block first, in place of those of the text pasted before. */
  savePasted(detections: Detection[]): Promise<void>;
  /** The tab's own detection, the session's latest and the pasted ones, in one storage read (the popup paints after it). */
  read(tabId: number | undefined): Promise<{ own?: Detection; latest?: Detection; pasted?: Detection[] }>;
  /**
   * Forgets the tab's detection, and the steps ticked as tried for it, and says whether it had a
   * detection; the session's latest stays, so the popup can still say what happened.
   */
  forget(tabId: number): Promise<boolean>;
  /** Calls back whenever the tab's detection or the session's latest is stored or removed; returns what stops watching. */
  watch(tabId: number | undefined, onChange: () => void): () => void;
}

export function createDetectionStore(storage: Pick<StorageApi, 'session' | 'onChanged'>): DetectionStore {
  const { session } = storage;
  return {
    async save(detection) {
      // A private window's error stays with its tab: it never becomes the "latest" a normal window's popup shows.
      const latest = detection.privateWindow ? {} : { [LATEST_KEY]: detection };
      await session.set({ [tabKey(detection.tabId)]: detection, ...latest });
    },
    savePasted: (detections) => session.set({ [PASTED_KEY]: detections }),
    async read(tabId) {
      const keys = tabId === undefined ? [LATEST_KEY, PASTED_KEY] : [tabKey(tabId), LATEST_KEY, PASTED_KEY];
      const stored = await session.get(keys);
      return {
        own: tabId === undefined ? undefined : (stored[tabKey(tabId)] as Detection | undefined),
        latest: stored[LATEST_KEY] as Detection | undefined,
        pasted: stored[PASTED_KEY] as Detection[] | undefined,
      };
    },
    async forget(tabId) {
      const keys = [tabKey(tabId), triedKey(tabId)];
      // Removing only what is there: every removal wakes the popups that watch this tab.
      const stored = await session.get(keys);
      const present = keys.filter((key) => stored[key] !== undefined);
      if (present.length > 0) await session.remove(present);
      return present.includes(tabKey(tabId));
    },
    watch(tabId, onChange) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area !== 'session') return;
        if (Object.keys(changes).some((key) => key === LATEST_KEY || key === PASTED_KEY || (tabId !== undefined && tabIdOfKey(key) === tabId))) onChange();
      };
      storage.onChanged.addListener(listener);
      return () => storage.onChanged.removeListener(listener);
    },
  };
}
