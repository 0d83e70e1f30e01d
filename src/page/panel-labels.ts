import type { DetailField } from './error-details';

/**
 * The troubleshooting panel's labels, by field, in their normal form (normalizeLabel: lower case,
 * no spaces, dots, hyphens or apostrophes), space-separated: "Request Id", "Request ID" and
 * "Request-Id" are one entry, and the table stays small for the package budget.
 * English only: Microsoft's own labels (docs/reference/error-page.md). No public copy of the page's
 * translations was found (same document, "Other languages"), so the guesses once listed here for
 * nine languages are gone: a page in any other language is read by the panel's order and the
 * values' shapes (parse-error-page.ts, readPanelByOrder), and from `$Config`.
 */
export const PANEL_LABELS: Record<Exclude<DetailField, 'branding' | 'account'>, string> = {
  errorCode: 'errorcode',
  requestId: 'requestid traceid',
  correlationId: 'correlationid',
  timestamp: 'timestamp',
  appName: 'appname',
  appId: 'appid',
  ipAddress: 'ipaddress',
  deviceId: 'deviceidentifier',
  devicePlatform: 'deviceplatform',
  deviceState: 'devicestate',
  message: 'message',
};

/** Labels compare without case, spaces, dots or hyphens: "Request Id", "Request ID", "Request  Id" are one. */
export function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/[\s.\-‐’']/gu, '');
}
