import { EVIDENCE_LIMITS, pickConfigFields, type PageEvidence } from './page-evidence';

const capped = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' ? value.slice(0, max) : undefined;

/**
 * Rebuilds evidence from a content-script message, keeping only known keys of the right type
 * and cutting over-long values (a detection with a huge message is still a detection).
 * Returns null when the message is not evidence at all.
 */
export function validateEvidence(input: unknown): PageEvidence | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as Record<string, unknown>;
  // The content script caps each line; a message that did not come through it may not have.
  const text = capped(raw.text, EVIDENCE_LIMITS.text)
    ?.split('\n')
    .map((line) => line.slice(0, EVIDENCE_LIMITS.textLine))
    .join('\n');
  if (text === undefined || typeof raw.config !== 'object' || raw.config === null) return null;
  const rawConfig = raw.config as Record<string, unknown>;
  // The content script sent text only: anything else did not come through it.
  const config = pickConfigFields(rawConfig, (value) => (typeof value === 'string' ? value : undefined));
  const locale = capped(raw.locale, 20);
  return {
    config,
    locale: locale && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : undefined,
    text,
    identityBanner: capped(raw.identityBanner, EVIDENCE_LIMITS.elementText),
    signInPageText: capped(raw.signInPageText, EVIDENCE_LIMITS.elementText),
    userAgent: capped(raw.userAgent, EVIDENCE_LIMITS.userAgent) ?? '',
  };
}
