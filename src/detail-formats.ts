/**
 * The shapes the troubleshooting values take. Everything from the page is untrusted: a value that
 * does not have its field's shape is dropped, and free text is cleaned and capped.
 */
export const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
export const TIMESTAMP = /\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,7})?Z/;
const CODE = /^\d{4,7}$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^(?=.*:)[0-9a-f:.]{2,45}$/i;
// C0/C1 controls, bidi overrides and zero-width characters: they could disguise text.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

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
  return digits && CODE.test(digits) ? digits : undefined;
}

export function ipAddressAtStart(value: string | undefined): string | undefined {
  const candidate = value?.trim().split(/\s/)[0];
  return candidate && (IPV4.test(candidate) || IPV6.test(candidate)) ? candidate : undefined;
}

/** One line of plain text: invisible characters removed, whitespace collapsed, capped at `max` with an ellipsis. */
export function cleanText(value: string | undefined, max: number): string | undefined {
  const text = value?.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Caps for free-text fields: long enough for any real value, short enough to keep tickets small. */
export const TEXT_CAPS = {
  appName: 120,
  deviceId: 60,
  devicePlatform: 60,
  deviceState: 40,
  message: 600,
  branding: 300,
} as const;
