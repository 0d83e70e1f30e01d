import browser from 'webextension-polyfill';
import type { Detection } from '../src/page/error-details';
import { LATEST_KEY, detectionsFor, tabIdOfKey } from '../src/detection/detection-store';

export interface Shown {
  detection: Detection | undefined;
  /** True when the detection is from another tab or an earlier page: the popup says where and when. */
  fromElsewhere: boolean;
}

/**
 * Which tab the popup is about: `?tab=<id>` when the help view was opened for a tab (from the
 * page's notice), else the active tab of this window.
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && new URLSearchParams(search).has('tab')) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** The tab's own detection, else the most recent one of this browser session. */
export async function loadDetection(tabId: number | undefined): Promise<Shown> {
  const { own, latest } = await detectionsFor(tabId);
  return own ? { detection: own, fromElsewhere: false } : { detection: latest, fromElsewhere: true };
}

/** Calls back whenever a detection that matters to this popup is stored or removed. */
export function watchDetections(tabId: number | undefined, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'session') return;
    if (Object.keys(changes).some((key) => key === LATEST_KEY || tabIdOfKey(key) === tabId)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
