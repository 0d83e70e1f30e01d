import type { Runtime } from 'webextension-polyfill';
import type { DetectionStore } from '../detection/detection-store';
import type { MessageEvent } from '../extension/messages';
import { ADDRESS_LIMIT, EXPLAIN, type ExplainAnswer, PASTE_LIMIT } from '../paste/explain-message';
import { oauthErrorInAddress } from '../paste/oauth-error-params';
import { pastedDetections } from '../paste/pasted-detections';
import { readPastedErrors } from '../paste/read-pasted-errors';

/**
 * True only for this extension's help view as the browser records the sender: our id and the
 * popup page's address (with or without its `?tab=`), so neither a content script nor a web page
 * passes. Sites cannot frame the page: it is not web-accessible.
 */
export function fromHelpView(sender: Runtime.MessageSender, ownId: string, popupUrl: string): boolean {
  return sender.id === ownId && sender.url?.split('?')[0] === popupUrl && (sender.frameId ?? 0) === 0;
}

export interface ExplainDeps {
  detections: Pick<DetectionStore, 'save' | 'savePasted'>;
  /** Whether the organisation lets the extension read errors outside the sign-in pages (addresses, selections). */
  otherPagesAllowed(): Promise<boolean>;
  now(): Date;
  userAgent(): string;
}

/**
 * Reads pasted or selected text and keeps its errors, block first, for the help view. Text from a
 * private window (`privateTabId`: its tab) stays with that tab, as a private window's page errors do
 * (detection-store.ts): its first error only, never the pasted list every window's help view reads.
 */
export async function explainText(text: string, deps: ExplainDeps, privateTabId?: number): Promise<ExplainAnswer> {
  // One character past the limit says the text was cut; the rest is never looked at.
  const found = readPastedErrors(text.slice(0, PASTE_LIMIT + 1));
  const privateWindow = privateTabId !== undefined;
  const detections = pastedDetections(found, { source: 'paste', tabId: privateTabId, privateWindow, now: deps.now(), userAgent: deps.userAgent() }).slice(0, privateWindow ? 1 : undefined);
  if (detections.length > 0) await (privateWindow ? deps.detections.save(detections[0]) : deps.detections.savePasted(detections));
  return { found: detections.length, cut: found.cut };
}

/** Reads the error an app's address carries and keeps it as that tab's, as if its page had shown it. */
export async function explainAddress(address: string, tabId: number, privateWindow: boolean, deps: ExplainDeps): Promise<ExplainAnswer> {
  const text = address.length <= ADDRESS_LIMIT && (await deps.otherPagesAllowed()) ? oauthErrorInAddress(address) : undefined;
  const [first] = text ? pastedDetections(readPastedErrors(text), { source: 'address', tabId, appOrigin: new URL(address).origin, privateWindow, now: deps.now(), userAgent: deps.userAgent() }) : [];
  if (first) await deps.detections.save(first);
  return { found: first ? 1 : 0, cut: false };
}

/** Answers the help view's `explain` messages, and nobody else's (no answer, no write). */
export function listenForExplainRequests(event: MessageEvent<Runtime.MessageSender>, trusted: (sender: Runtime.MessageSender) => boolean, deps: ExplainDeps): void {
  event.addListener((message, sender) => {
    const { type, text, address, tabId, privateWindow } = (message ?? {}) as Record<string, unknown>;
    if (type !== EXPLAIN || !trusted(sender)) return undefined;
    const privateTab = privateWindow === true && Number.isInteger(tabId) && (tabId as number) >= 0 ? (tabId as number) : undefined;
    // A private window's text without its tab has nowhere private to go: it is not kept.
    if (typeof text === 'string') return privateWindow === true && privateTab === undefined ? undefined : explainText(text, deps, privateTab);
    if (typeof address === 'string' && Number.isInteger(tabId) && (tabId as number) >= 0) return explainAddress(address, tabId as number, privateWindow === true, deps);
    return undefined;
  });
}
