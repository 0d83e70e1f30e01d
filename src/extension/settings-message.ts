import type { Settings } from '../settings/settings-spec';

/**
 * The options page's one message to the background: store these as the person's own settings.
 * Only the background writes them (src/background/save-settings.ts), and only for the options
 * page, so code in a content script's world cannot redirect later tickets (SECURITY.md).
 */
export const SAVE_SETTINGS = 'save-settings';
export interface SaveSettingsMessage {
  type: typeof SAVE_SETTINGS;
  settings: Partial<Settings>;
}

/** The options page's `save`: rejects unless the background says it stored them. */
export const saveThroughBackground =
  (send: (message: SaveSettingsMessage) => Promise<unknown>) =>
  async (settings: Partial<Settings>): Promise<void> => {
    const answer = (await send({ type: SAVE_SETTINGS, settings })) as { saved?: boolean } | undefined;
    if (answer?.saved !== true) throw new Error('no answer');
  };
