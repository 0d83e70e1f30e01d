/**
 * What the troubleshooting panel of a Microsoft sign-in error page says, field by field.
 * Every value is validated and capped (see parse-error-page.ts); absent means the page did not show it.
 */
export interface ErrorDetails {
  /** Digits only, e.g. "53003". */
  errorCode?: string;
  /** GUID; Microsoft's "Request Id" (the "Trace ID" in app error messages). */
  requestId?: string;
  /** GUID; Microsoft's "Correlation Id". */
  correlationId?: string;
  /** UTC, ISO 8601 as the page shows it, e.g. "2026-01-20T21:33:18.342Z". */
  timestamp?: string;
  appName?: string;
  /** GUID. */
  appId?: string;
  /** IPv4 or IPv6. */
  ipAddress?: string;
  /** GUID, or the page's "Not available". */
  deviceId?: string;
  /** e.g. "Windows 10", "macOS". */
  devicePlatform?: string;
  /** e.g. "Unregistered", "Registered", "Managed", "Compliant". */
  deviceState?: string;
  /** The AADSTS message, e.g. "AADSTS53003: Access has been blocked by ...". */
  message?: string;
  /**
   * The account the person signed in with, from Microsoft's identity banner above the title: a
   * user principal name, e-mail address, phone number or display name. The sign-in logs' "User"
   * filter finds the sign-in by it.
   */
  account?: string;
  /**
   * Text the organization added to its sign-in page ("Sign-in page text"), e.g. a service desk
   * phone number. Never the account.
   */
  branding?: string;
}

export type DetailField = keyof ErrorDetails;

/** Microsoft's own field names, in the order the page lists them. Admins search by these. */
export const MICROSOFT_LABELS: ReadonlyArray<[DetailField, string]> = [
  ['errorCode', 'Error Code'],
  ['requestId', 'Request Id'],
  ['correlationId', 'Correlation Id'],
  ['timestamp', 'Timestamp'],
  ['appName', 'App name'],
  ['appId', 'App id'],
  ['ipAddress', 'IP address'],
  ['deviceId', 'Device identifier'],
  ['devicePlatform', 'Device platform'],
  ['deviceState', 'Device state'],
  ['message', 'Message'],
];
