/**
 * The background: receives detections from the content script, keeps them per tab in
 * session storage, and marks the tab's toolbar button. Every listener is registered at the top
 * level, synchronously, so a service worker woken by an event finds them (Chrome stops idle
 * workers; all state lives in storage, none in memory).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { buildDetection, isComplete } from '../detection/build-detection';
import type { Message, MessageType, Response } from '../extension/messages';
import { parseErrorPage } from '../page/parse-error-page';
import { loadSettings } from '../settings/load-settings';
import { forgetTab, saveDetection } from '../detection/detection-store';
import { validateEvidence } from '../page/validate-evidence';
import { trustedSender, type TrustedSender } from './trusted-sender';
import { clearBadge, showBlockedBadge } from './badge';
import { openHelp } from './open-help';

async function onErrorPageSeen(message: Message<'error-page-seen'>, from: TrustedSender): Promise<Response<'error-page-seen'>> {
  const evidence = validateEvidence(message.evidence);
  const details = evidence && parseErrorPage(evidence);
  if (!evidence || !details) return { detected: false, complete: false, showNotice: false };
  const detection = buildDetection(details, evidence, { ...from, now: new Date() });
  const [{ settings }] = await Promise.all([loadSettings(), saveDetection(detection), showBlockedBadge(from.tabId)]);
  return { detected: true, complete: isComplete(detection), showNotice: settings.showPageNotice };
}

const handlers: { [T in MessageType]: (message: Message<T>, from: TrustedSender, sender: Runtime.MessageSender) => Promise<Response<T>> } = {
  'error-page-seen': onErrorPageSeen,
  'open-help': async (_message, from, sender) => ({ opened: await openHelp(from.tabId, sender.tab?.windowId) }),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const from = trustedSender(sender, browser.runtime.id);
  const type = (message as { type?: unknown } | null)?.type;
  if (!from || typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) {
    return undefined; // not ours to answer: no response, no side effects
  }
  const handler = handlers[type as MessageType] as (m: unknown, f: TrustedSender, s: Runtime.MessageSender) => Promise<unknown>;
  return handler(message, from, sender);
});

// A tab that starts loading a new document has left the error it showed.
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void forgetTab(tabId).then((had) => (had ? clearBadge(tabId) : undefined));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
