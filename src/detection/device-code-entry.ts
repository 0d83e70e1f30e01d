/**
 * Microsoft's device-code entry page, where a person types the code a tool showed them
 * (microsoft.com/devicelogin leads there), and how long after it an error in the same tab still
 * belongs to that sign-in. The facts and their sources: docs/reference/device-code-entry.md.
 * Imported by the content script (the path test only, so nothing here touches a browser API) and
 * by the background, which checks the sender's own URL again.
 */

/**
 * `/{tenant}/oauth2/deviceauth` on every cloud's sign-in host (`common`, `organizations`, or a
 * tenant's id or domain), and `/device`, the newer address Microsoft's device-code message names
 * on login.microsoft.com. One path segment before `oauth2`, nothing after but a slash: a cheap,
 * exact test for the content script's first look.
 */
const ENTRY_PATH = /^\/(?:[^/]+\/oauth2\/deviceauth|device)\/?$/i;

/**
 * Whether `url` may be the entry page at all: both of its paths hold "device", in any case. The
 * content script asks this before the exact test, because it needs no regular expression: the
 * first one a content script's fresh world runs costs that world about 0.2 ms (BENCHMARKS.md), on
 * every sign-in page, and on a normal sign-in page this is the only one it would run.
 */
export function mayBeDeviceCodeEntryUrl(url: string): boolean {
  return url.toLowerCase().includes('device');
}

/** Whether a sign-in page's path is the device-code entry page. */
export function isDeviceCodeEntryPath(pathname: string): boolean {
  return ENTRY_PATH.test(pathname);
}

/**
 * The path of an absolute URL as the browser serializes it (`document.URL`), cut out as text. The
 * content script uses this rather than `location` or `new URL()`: either would build another
 * interface in its fresh world on every sign-in page, while the document is already there.
 */
export function pathOfUrl(url: string): string {
  return /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
}

/** The same, for a full URL (the background reads the sender's); false for anything that is not one. */
export function isDeviceCodeEntryUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return isDeviceCodeEntryPath(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * "From the moment the request is sent, the user has 15 minutes to sign in" (the default
 * `expires_in`, 900 s). The code is requested before the person can open the entry page, so an
 * error more than 15 minutes after the page was shown cannot come from that code.
 */
export const DEVICE_CODE_LIFETIME_MS = 15 * 60 * 1000;
