import type { Runtime } from 'webextension-polyfill';
import { buildDetection, isComplete } from '../detection/build-detection';
import { isDeviceCodeEntryUrl } from '../detection/device-code-entry';
import type { DeviceCodeMarks } from '../detection/device-code-marks';
import type { DetectionStore } from '../detection/detection-store';
import type { FlaggingMarks } from '../detection/flagging-window';
import type { MessageHandlers } from '../extension/messages';
import { parseErrorPage } from '../page/parse-error-page';
import type { EffectiveSettings } from '../settings/settings-store';
import type { TrustedSender } from './trusted-sender';

/** What the handlers need from the browser and the stores: given by start-background.ts, faked by the tests. */
export interface HandlerDeps {
  detections: Pick<DetectionStore, 'save' | 'read'>;
  deviceCodeMarks: Pick<DeviceCodeMarks, 'mark' | 'madeWithin'>;
  flaggingMarks: Pick<FlaggingMarks, 'mark' | 'madeWithin'>;
  loadSettings(): Promise<EffectiveSettings>;
  showBlockedBadge(tabId: number): Promise<void>;
  openHelp(tabId: number, windowId: number | undefined): Promise<boolean>;
  now(): Date;
}

/**
 * The background's answer to each message of the contract (src/extension/messages.ts). The
 * payloads arrive checked; the sender is one of our content scripts on a sign-in page. The
 * background is the only privileged parser: it decides what the page's evidence means.
 */
export function messageHandlers(deps: HandlerDeps): MessageHandlers<TrustedSender, Runtime.MessageSender> {
  return {
    async 'error-page-seen'({ evidence }, from) {
      const details = parseErrorPage(evidence);
      if (!details) return { detected: false, complete: false, showNotice: false };
      const now = deps.now();
      const [deviceCodeAt, flaggedAt] = await Promise.all([deps.deviceCodeMarks.madeWithin(from.tabId, now), deps.flaggingMarks.madeWithin(from.privateWindow, now)]);
      const detection = buildDetection(details, evidence, { ...from, now, deviceCodeSignIn: deviceCodeAt !== undefined, flaggedAt });
      const [{ settings }] = await Promise.all([deps.loadSettings(), deps.detections.save(detection), deps.showBlockedBadge(from.tabId)]);
      return { detected: true, complete: isComplete(detection), showNotice: settings.showPageNotice };
    },
    async 'open-help'(_payload, from, sender) {
      return { opened: await deps.openHelp(from.tabId, sender.tab?.windowId) };
    },
    // The claim alone marks nothing: the browser's own record of the sender's address must be the entry page.
    async 'device-code-page-seen'(_payload, from, sender) {
      if (!isDeviceCodeEntryUrl(sender.url)) return { marked: false };
      await deps.deviceCodeMarks.mark(from.tabId, deps.now());
      return { marked: true };
    },
    // Only a tab whose error page we read has Microsoft's control on it; its error is flagged from now on too.
    async 'flagging-enabled'(_payload, from) {
      const { own } = await deps.detections.read(from.tabId);
      if (!own) return { marked: false };
      const now = deps.now();
      await deps.flaggingMarks.mark(from.privateWindow, now);
      await deps.detections.save({ ...own, flaggedForReviewAt: now.toISOString() });
      return { marked: true };
    },
  };
}
