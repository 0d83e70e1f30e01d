import type { Detection } from './detection';

/**
 * How detections are keyed in `storage.session`: one key per tab, plus the session's most recent
 * one for the popup to fall back on; per tab, the device-code mark (device-code-marks.ts) and the
 * steps the person ticked as tried (tried-steps-store.ts); for the browser, when flagging was enabled. The one
 * place these keys are spelled; the stores, the popup, the main job and the tests all go through
 * it; and the errors of the last pasted text. No browser API here, so plain Node can import it.
 */
export const LATEST_KEY = 'latest';

/** The errors of the text last pasted or selected, block first (src/paste/), not a tab's. */
export const PASTED_KEY = 'pasted';

export const tabKey = (tabId: number): string => `tab:${tabId}`;

/** Which tab a storage key belongs to, or undefined when it is not a tab's key. */
export function tabIdOfKey(key: string): number | undefined {
  const match = /^tab:(\d+)$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

/**
 * A tab's mark that it showed the device-code entry page, and when. Its own prefix, so it is never
 * taken for a tab's detection (`tabIdOfKey` matches `tab:` keys only).
 */
export const deviceCodeKey = (tabId: number): string => `device-code:${tabId}`;

/**
 * When Microsoft's flagging was enabled (flagging-window.ts): one mark for the browser's normal
 * windows, one for its private windows, never a tab's.
 */
export const flaggingKey = (privateWindow: boolean): string => (privateWindow ? 'flagging:private' : 'flagging');

/** The steps ticked as tried for the detection of a tab (tried-steps-store.ts). */
export const triedKey = (tabId: number): string => `tried:${tabId}`;

export const isTabKey = (key: string): boolean => tabIdOfKey(key) !== undefined;

/** The tabs' detections in a storage snapshot (the session's "latest" left out), keyed by tab id. */
export function tabDetectionsIn(stored: Record<string, unknown>): Array<[number, Detection]> {
  const found: Array<[number, Detection]> = [];
  for (const [key, value] of Object.entries(stored)) {
    const tabId = tabIdOfKey(key);
    if (tabId !== undefined) found.push([tabId, value as Detection]);
  }
  return found;
}
