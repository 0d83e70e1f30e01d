import browser from 'webextension-polyfill';
import type { Detection } from '../page/error-details';
import { LATEST_KEY, tabKey } from './detection-keys';

export { LATEST_KEY, tabIdOfKey } from './detection-keys';

/**
 * Detections live in `storage.session`: in memory, gone when the browser closes, and kept while
 * the background service worker sleeps. One key per tab, plus the most recent one of the session
 * for the popup to fall back on.
 */

export async function saveDetection(detection: Detection): Promise<void> {
  // A private window's error stays with its tab: it never becomes the "latest" a normal window's popup shows.
  const latest = detection.privateWindow ? {} : { [LATEST_KEY]: detection };
  await browser.storage.session.set({ [tabKey(detection.tabId)]: detection, ...latest });
}

/** The tab's own detection and the session's latest, in one storage read (the popup paints after it). */
export async function detectionsFor(tabId: number | undefined): Promise<{ own?: Detection; latest?: Detection }> {
  const keys = tabId === undefined ? [LATEST_KEY] : [tabKey(tabId), LATEST_KEY];
  const stored = await browser.storage.session.get(keys);
  return { own: tabId === undefined ? undefined : (stored[tabKey(tabId)] as Detection | undefined), latest: stored[LATEST_KEY] as Detection | undefined };
}

/** Forgets the tab's detection; the session's latest stays, so the popup can still say what happened. */
export async function forgetTab(tabId: number): Promise<boolean> {
  const key = tabKey(tabId);
  const had = key in (await browser.storage.session.get(key));
  if (had) await browser.storage.session.remove(key);
  return had;
}
