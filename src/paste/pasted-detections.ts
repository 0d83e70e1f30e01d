import { type Detection, type DetectionSource, NO_TAB } from '../detection/detection';
import { readUserAgent } from '../detection/read-user-agent';
import { SIGN_IN_HOSTS } from '../page/signin-hosts';
import type { PastedErrors } from './read-pasted-errors';

export interface PastedContext {
  source: DetectionSource;
  /** The tab whose address carried the error; pasted text has none. */
  tabId?: number;
  appOrigin?: string;
  privateWindow: boolean;
  now: Date;
  userAgent: string;
}

/**
 * The errors read from pasted text or an address, as detections the help view shows like any
 * other. The time is the error's own or absent: the time of a paste says nothing about the
 * sign-in, so it never stands in for it. The browser is this one's only for an address.
 */
export function pastedDetections({ errors, cut }: PastedErrors, context: PastedContext): Detection[] {
  const capturedAt = context.now.toISOString();
  const { browser, browserVersion, os } = readUserAgent(context.userAgent);
  return errors.map(({ host = 'login.microsoftonline.com', ...error }) => ({
    ...error,
    host,
    cloud: SIGN_IN_HOSTS[host],
    tabId: context.tabId ?? NO_TAB,
    source: context.source,
    capturedAt,
    timestampSource: 'page',
    privateWindow: context.privateWindow,
    ...(context.source === 'address' ? { browser, ...(browserVersion ? { browserVersion } : {}), appOrigin: context.appOrigin } : { browser: 'Other' }),
    os,
    ...(cut ? { pasteCut: true } : {}),
  }));
}
