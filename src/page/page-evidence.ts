/**
 * What the content script hands the background: raw, untrusted material read from the page.
 * The content script stays small and dumb; the background parses and validates (parse-error-page.ts).
 */

/** The only `$Config` keys ever read. The flow secrets (ctx, canary, apiCanary, sFT, sCtx, flowToken, urlPost) are not among them. */
export const CONFIG_FIELDS = [
  'sErrorCode',
  'strServiceExceptionMessage',
  'strMainMessage',
  'correlationId',
  'sessionId',
  'sDeviceId',
  'sDeviceState',
  'sAppName',
  'pgid',
] as const;
export type ConfigField = (typeof CONFIG_FIELDS)[number];

export interface PageEvidence {
  /** Whitelisted `$Config` values, as strings. */
  config: Partial<Record<ConfigField, string>>;
  /** `$Config.locale.mkt`, e.g. "de-DE". */
  locale?: string;
  /** The page's visible text (scripts and styles left out, hidden panels included), one text node a line, each line capped. */
  text: string;
  /**
   * The text of Microsoft's identity banner (`#displayName`, class `identity`), which shows the
   * account the person signed in with above the title. Read from that element only.
   */
  identityBanner?: string;
  /**
   * The text of the organisation's "Sign-in page text" (company branding), from Microsoft's own
   * container for it (class `ext-boilerplate-text`, id `idBoilerPlateText`), one text node a line.
   */
  signInPageText?: string;
  /** navigator.userAgent as the content script saw it. */
  userAgent: string;
}

/** Caps applied on both sides of the message boundary. */
export const EVIDENCE_LIMITS = {
  configValue: 4000,
  textLine: 2000,
  /** The identity banner's and the sign-in page text's elements, each. Microsoft caps the page text at 1,024 characters. */
  elementText: 2000,
  text: 64_000,
  userAgent: 512,
} as const;

/**
 * The whitelisted `$Config` fields of `source`, own keys only, each as capped text; anything else
 * is dropped. Both sides of the message use it: the content script on the page's `$Config`, the
 * background on what the content script sent (caps applied on both sides). `asText` says which
 * values count as text on that side.
 */
export function pickConfigFields(source: Record<string, unknown>, asText: (value: unknown) => string | undefined): PageEvidence['config'] {
  const config: PageEvidence['config'] = {};
  for (const key of CONFIG_FIELDS) {
    const value = Object.hasOwn(source, key) ? asText(source[key]) : undefined;
    if (value !== undefined) config[key] = value.slice(0, EVIDENCE_LIMITS.configValue);
  }
  return config;
}
