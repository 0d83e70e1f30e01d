import type { ErrorDetails } from '../page/error-details';
import type { Detection } from './detection';
import { SIGN_IN_HOSTS, type SignInHost } from '../page/signin-hosts';
import type { PageEvidence } from '../page/page-evidence';
import { readUserAgent } from './read-user-agent';

export interface DetectionContext {
  tabId: number;
  host: SignInHost;
  privateWindow: boolean;
  /** When the extension saw the error. */
  now: Date;
  /** The same tab showed the device-code entry page within a code's lifetime (device-code-marks.ts). */
  deviceCodeSignIn?: boolean;
  /** When the person enabled Microsoft's flagging (ms), if within its 20 minutes (flagging-window.ts). */
  flaggedAt?: number;
}

/** Joins the page's details with what the browser knows about the tab into one stored detection. */
export function buildDetection(details: ErrorDetails, evidence: PageEvidence, context: DetectionContext): Detection {
  const capturedAt = context.now.toISOString();
  return {
    ...details,
    // When the page shows no time, the capture time stands in, and says so.
    timestamp: details.timestamp ?? capturedAt,
    timestampSource: details.timestamp ? 'page' : 'capture',
    tabId: context.tabId,
    host: context.host,
    cloud: SIGN_IN_HOSTS[context.host],
    capturedAt,
    privateWindow: context.privateWindow,
    pageLanguage: evidence.locale,
    ...readUserAgent(evidence.userAgent),
    // Only the background's own mark says so, never the page; absent rather than false when not.
    ...(context.deviceCodeSignIn === true ? { deviceCodeSignIn: true } : {}),
    ...(context.flaggedAt ? { flaggedForReviewAt: new Date(context.flaggedAt).toISOString() } : {}),
  };
}

/** The page has shown everything the helpdesk needs, so the content script can stop watching. */
export function isComplete(detection: Detection): boolean {
  return Boolean(
    detection.errorCode && detection.requestId && detection.correlationId && detection.timestampSource === 'page',
  );
}
