import { loadSettingsQuickly, type QuickSettings } from '../src/settings/load-settings';
import { loadDetection, targetTabId, type Shown } from './load-detection';

/** Everything the popup's first paint needs. */
export interface FirstState {
  tabId: number | undefined;
  shown: Shown;
  settings: QuickSettings;
}

/**
 * Reads the popup's data as soon as its script runs, all reads at once, before anything is
 * drawn: the popup paints once, with its details, instead of painting empty and reading in an
 * effect after that first frame.
 */
export async function readFirstState(search: string): Promise<FirstState> {
  const settings = loadSettingsQuickly();
  const tabId = await targetTabId(search);
  const [shown, quick] = await Promise.all([loadDetection(tabId), settings]);
  return { tabId, shown, settings: quick };
}
