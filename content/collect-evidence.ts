import { EVIDENCE_LIMITS, type PageEvidence } from '../src/page-evidence';
import { readConfig } from './read-config';
import { readPageText } from './read-page-text';

/**
 * Cheap signs that a sign-in page shows an error: an AADSTS code, or a value shaped like the
 * troubleshooting panel's (a GUID or timestamp right after a label's colon, in any language).
 * In `$Config` JSON a quote stands between colon and value, so scripts never match the last two.
 */
const TEXT_ERROR_SIGN = /AADSTS\d{4,}|[:：]\s*(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d\d-\d\dT\d\d:\d\d)/i;
/** A `$Config` with an error code or message; checked before paying for a JSON parse. */
const CONFIG_ERROR_SIGN = /"sErrorCode"\s*:\s*"?\d|AADSTS\d{4,}/;

function scriptsHintError(doc: Document): boolean {
  for (const script of Array.from(doc.scripts)) {
    if (!script.src && CONFIG_ERROR_SIGN.test(script.text)) return true;
  }
  return false;
}

/**
 * Everything the background needs to understand this page, or null when the page shows no error.
 * Takes the document as a parameter so the tests can feed it fixtures.
 */
export function collectEvidence(doc: Document): PageEvidence | null {
  const text = readPageText(doc);
  if (!scriptsHintError(doc) && !TEXT_ERROR_SIGN.test(text)) return null;
  const { config, locale } = readConfig(doc);
  const configSaysError = !!config.sErrorCode || /AADSTS\d{4,}/.test(config.strServiceExceptionMessage ?? '');
  if (!configSaysError && !TEXT_ERROR_SIGN.test(text)) return null;
  return { config, locale, text, userAgent: navigator.userAgent.slice(0, EVIDENCE_LIMITS.userAgent) };
}
