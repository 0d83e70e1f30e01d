/**
 * The shapes the troubleshooting values take. Everything from the page is untrusted: a value that
 * does not have its field's shape is dropped, and free text is cleaned and capped.
 */
export const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
export const TIMESTAMP = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,7})?Z/;
/** An AADSTS error code's digits, as the page prints them after "AADSTS". */
export const ERROR_CODE = /^\d{4,7}$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^(?=.*:)[0-9a-f:.]{2,45}$/i;
// Controls, format characters (bidi marks and overrides, zero-width, U+061C, U+FEFF) and line or
// paragraph separators: they could disguise text or break a ticket's lines.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/**
 * The bidi marks, embeddings, overrides and isolates among them (U+061C, U+200E/F, U+202A-E,
 * U+2066-9): settings text drops just these, as page text does, and keeps its line breaks.
 */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// A UTF-16 half without its other half: URL encoding throws on it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The GUID at the start of a value, lower-cased. */
export function guidAtStart(value: string | undefined): string | undefined {
  const match = value?.trim().match(new RegExp(`^${GUID.source}`, 'i'));
  return match?.[0].toLowerCase();
}

export function timestampAtStart(value: string | undefined): string | undefined {
  return value?.trim().match(new RegExp(`^${TIMESTAMP.source}`))?.[0];
}

export function errorCodeOf(value: string | undefined): string | undefined {
  const digits = value?.trim().replace(/^AADSTS/i, '').match(/^\d+/)?.[0];
  return digits && ERROR_CODE.test(digits) ? digits : undefined;
}

export function ipAddressAtStart(value: string | undefined): string | undefined {
  const candidate = value?.trim().split(/\s/)[0];
  return candidate && (IPV4.test(candidate) || IPV6.test(candidate)) ? candidate : undefined;
}

/**
 * One line of plain text: invisible characters and broken UTF-16 removed, whitespace collapsed,
 * capped at `max` with an ellipsis, never cutting a character in half.
 */
export function cleanText(value: string | undefined, max: number): string | undefined {
  const text = value?.replace(LONE_SURROGATE, '').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\ud800-\udbff]/.test(text[end - 1])) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Caps for free-text fields: long enough for any real value, short enough to keep tickets small. */
export const TEXT_CAPS = {
  appName: 120,
  deviceId: 60,
  devicePlatform: 60,
  deviceState: 40,
  message: 600,
  branding: 300,
  /** Entra allows display names of up to 256 characters; a user principal name is shorter. */
  account: 256,
} as const;
