/**
 * The background: receives detections from the content script, keeps them per tab in
 * session storage, and marks the tab's toolbar button. Every listener is registered at the top
 * level, synchronously, so a service worker woken by an event finds them (Chrome stops idle
 * workers; all state lives in storage, none in memory).
 *
 * It uses `chrome.*` as it is: in Manifest V3, Chrome and Firefox both return promises from it,
 * so no polyfill is needed (it was 3 KB of the package).
 */
import { buildDetection, isComplete } from '../build-detection';
import type { Message, MessageType, Response } from '../messages';
import { parseErrorPage } from '../parse-error-page';
import { loadSettings } from '../settings/load-settings';
import { forgetTab, saveDetection } from '../tab-detections';
import { validateEvidence } from '../validate-evidence';
import { trustedSender, type TrustedSender } from './accept-message';
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

type Sender = chrome.runtime.MessageSender;

const handlers: { [T in MessageType]: (message: Message<T>, from: TrustedSender, sender: Sender) => Promise<Response<T>> } = {
  'error-page-seen': onErrorPageSeen,
  'open-help': async (_message, from, sender) => ({ opened: await openHelp(from.tabId, sender.tab?.windowId) }),
};

// Chrome does not take a promise as a listener's answer: answer through sendResponse, and return
// true to keep the channel open until then. A handler that fails answers nothing (undefined), so
// the content script keeps watching and sends again with the page's next change.
chrome.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (response?: unknown) => void) => {
  const from = trustedSender(sender, chrome.runtime.id);
  const type = (message as { type?: unknown } | null)?.type;
  if (!from || typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) {
    return false; // not ours to answer: no response, no side effects
  }
  const handler = handlers[type as MessageType] as (m: unknown, f: TrustedSender, s: Sender) => Promise<unknown>;
  handler(message, from, sender).then(sendResponse, () => sendResponse(undefined));
  return true;
});

// A tab that starts loading a new document has left the error it showed.
chrome.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (changeInfo.status !== 'loading') return;
  void forgetTab(tabId).then((had) => (had ? clearBadge(tabId) : undefined));
});

chrome.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
