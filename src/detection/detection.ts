import type { ErrorDetails } from '../page/error-details';
import type { CloudId, SignInHost } from '../page/signin-hosts';

export type BrowserName = 'Edge' | 'Chrome' | 'Firefox' | 'Safari' | 'Opera' | 'Other';
export type OsName = 'Windows' | 'macOS' | 'Linux' | 'ChromeOS' | 'Android' | 'iOS' | 'Other';

/** A sign-in error seen in one tab, as the background stores it and the popup shows it. */
export interface Detection extends ErrorDetails {
  tabId: number;
  host: SignInHost;
  cloud: CloudId;
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
