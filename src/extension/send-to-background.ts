/**
 * The content script's side of the message contract (src/extension/messages.ts): one typed send.
 * Its own file because it goes into the content script, which runs on every sign-in page: it
 * imports only types, uses `chrome.*` directly (the polyfill is 10 KB) and touches
 * `chrome.runtime` only when called, that is, when there is something to send.
 */
import type { Message, MessageType, Response } from './messages';

/** Undefined when the background gave no answer. Rejects when the extension context is gone. */
export type SendToBackground = <T extends MessageType>(message: Message<T>) => Promise<Response<T> | undefined>;

/** False once this copy of the extension was updated, reloaded or removed under the page ("Extension context invalidated"). */
export function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

/** Rejects (never throws) when the extension was reloaded or removed under the page. */
export const sendToBackground: SendToBackground = async (message) => {
  if (!extensionAlive()) throw new Error('Extension context invalidated.');
  return chrome.runtime.sendMessage(message);
};
