import type { ErrorDetails } from '../page/error-details';
import type { CloudId, SignInHost } from '../page/signin-hosts';

export type BrowserName = 'Edge' | 'Chrome' | 'Firefox' | 'Safari' | 'Opera' | 'Other';
export type OsName = 'Windows' | 'macOS' | 'Linux' | 'ChromeOS' | 'Android' | 'iOS' | 'Other';

/**
 * Where a detection's details came from, when not from Microsoft's sign-in page itself: text the
 * person pasted into the help view or selected on a page ("paste"), or the address Microsoft sent an
 * app's sign-in back to with its error ("address"). src/paste/ reads both.
 */
export type DetectionSource = 'paste' | 'address';

/** `tabId` of a detection that belongs to no tab: pasted text lives beside the tabs' errors, not in one. */
export const NO_TAB = -1;

/** A sign-in error seen in one tab, or pasted, as the background stores it and the popup shows it. */
export interface Detection extends ErrorDetails {
  /** NO_TAB for pasted text. */
  tabId: number;
  /**
   * The sign-in host that showed the error; for a pasted or address error, the host its `error_uri`
   * names, else the global cloud's: only its cloud is used then (the lookups), never shown as where it was seen.
   */
  host: SignInHost;
  cloud: CloudId;
  /** Absent for an error read from the sign-in page. */
  source?: DetectionSource;
  /** For an "address" error, the app's origin (never its path or query, which may hold codes). */
  appOrigin?: string;
  /** True when the pasted text was longer than the paste limit and only its start was read. */
  pasteCut?: boolean;
  /** The tenant the pasted text names for this error (the CLI prints one error per tenant). */
  tenant?: string;
  /** Conditional Access policy ids a claims challenge (`capolids`) in the text named. */
  policyIds?: string[];
  /** When the extension saw the error (ISO, UTC). */
  capturedAt: string;
  /** Whether `timestamp` is the page's own or, when the page showed none, the capture time. */
  timestampSource: 'page' | 'capture';
  browser: BrowserName;
  browserVersion?: string;
  os: OsName;
  privateWindow: boolean;
  /** The page's language, e.g. "de-DE", when it said. */
  pageLanguage?: string;
  /**
   * The same tab showed Microsoft's device-code entry page (`/common/oauth2/deviceauth`) within a
   * code's lifetime before this error, so the sign-in that failed used a device code, whatever the
   * tool was. Set by the background from its own per-tab mark (device-code-marks.ts), never by the
   * page; absent otherwise. docs/reference/device-code-entry.md.
   */
  deviceCodeSignIn?: boolean;
  /**
   * When the person pressed Microsoft's own "Enable flagging" control (ISO, UTC), set on the error
   * where they pressed it and on every error captured in the 20 minutes after, in any tab of the
   * same browser (the retry Microsoft flags for review in the sign-in logs). Set by the background
   * from its own browser-wide mark (flagging-window.ts), never from the page's text; absent otherwise.
   */
  flaggedForReviewAt?: string;
}
