import type { Runtime } from 'webextension-polyfill';
import type { MessageEvent } from '../extension/messages';
import { SAVE_SETTINGS } from '../extension/settings-message';
import type { Settings } from '../settings/settings-spec';
import { validateSettings } from '../settings/validate-settings';

/**
 * True only for this extension's options page as the browser records the sender: our id, the
 * page's exact URL, and the top frame, so neither a content script (its URL is the web page's)
 * nor the page framed by a site (not the top frame) passes.
 */
export function fromOptionsPage(sender: Runtime.MessageSender, ownId: string, optionsUrl: string): boolean {
  return sender.id === ownId && sender.url === optionsUrl && sender.frameId === 0;
}

/**
 * Stores the person's own settings for the options page, and for nobody else (no answer, no
 * write). They are checked again here: only valid values reach storage.
 */
export function listenForSettingsSaves(event: MessageEvent<Runtime.MessageSender>, trusted: (sender: Runtime.MessageSender) => boolean, save: (values: Partial<Settings>) => Promise<void>): void {
  event.addListener((message, sender) => {
    const { type, settings } = (message ?? {}) as { type?: unknown; settings?: unknown };
    if (type !== SAVE_SETTINGS || !trusted(sender)) return undefined;
    return save(validateSettings(settings).values).then(() => ({ saved: true }));
  });
}
