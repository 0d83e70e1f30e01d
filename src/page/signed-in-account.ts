import { TEXT_CAPS, cleanText } from './detail-formats';

/** A banner longer than any account is not an account: dropped, not cut. */
const MAX_ACCOUNT = TEXT_CAPS.account;
/** A user principal name or e-mail address: one "@", a dotted domain, nothing that could be markup. */
const UPN = /^[^\s@<>()[\]\\,;:"]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}$/u;
/** A phone number, for people who sign in with one. */
const PHONE_ACCOUNT = /^\+?\d[\d ()-]{5,20}\d$/;
/** A display name: starts with a letter; letters, marks, digits, spaces and name punctuation only. */
const DISPLAY_NAME = /^\p{L}[\p{L}\p{M}\p{N} .'’,()_-]*$/u;

/**
 * The signed-in account from Microsoft's identity banner, or undefined when the banner's text
 * does not have an account's shape (a page that puts something else there gets nothing in).
 */
export function signedInAccount(bannerText: string | undefined): string | undefined {
  const value = cleanText(bannerText, MAX_ACCOUNT + 1);
  if (!value || value.length > MAX_ACCOUNT) return undefined;
  return UPN.test(value) || PHONE_ACCOUNT.test(value) || DISPLAY_NAME.test(value) ? value : undefined;
}
