import { EVIDENCE_LIMITS, type PageEvidence } from '../src/page-evidence';
import { readConfig } from './read-config';
import { readPageText } from './read-page-text';

/**
 * Cheap signs that a sign-in page shows an error: an AADSTS code, or a value shaped like the
 * troubleshooting panel's (a GUID or timestamp right after a label's colon, in any language).
 * In `$Config` JSON a quote stands between colon and value, so scripts never match the last two.
 */
const TEXT_ERROR_SIGN = /AADSTS\d{4,}|[:：]\s*(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d\d-\d\dT\d\d:\d\d)/i;
const CONFIG_ERROR_CODE = /^"sErrorCode"\s*:\s*"?\d/;

/** A `$Config` with an error code or an AADSTS message. Substring search first: a normal sign-in page's config is hundreds of KB. */
function configHintsError(scriptText: string): boolean {
  const at = scriptText.indexOf('"sErrorCode"');
  if (at >= 0 && CONFIG_ERROR_CODE.test(scriptText.slice(at, at + 40))) return true;
  return scriptText.includes('AADSTS') && /AADSTS\d{4,}/.test(scriptText);
}

/**
 * Whether the page may show an error, as cheaply as possible, because this runs on every
 * sign-in page: the inline scripts' text, then the body's text in one native call (walking the
 * nodes would create a wrapper for each of them in the content script's world). On the first
 * look, a page whose own `$Config` names no error is a normal sign-in page, and its text is not
 * read at all: Microsoft's error pages carry the code there. Later looks (the page changed) read it.
 */
function pageMayShowError(doc: Document, firstLook: boolean): boolean {
  let hasConfig = false;
  for (const script of Array.from(doc.scripts)) {
    if (script.src) continue;
    const text = script.text;
    if (configHintsError(text)) return true;
    hasConfig ||= text.includes('$Config=');
  }
  if (firstLook && hasConfig) return false;
  let text = doc.body?.textContent ?? '';
  for (const box of Array.from(doc.getElementsByTagName('textarea'))) text += `\n${box.value ?? ''}`;
  return TEXT_ERROR_SIGN.test(text);
}

/**
 * Everything the background needs to understand this page, or null when the page shows no error.
 * Takes the document as a parameter so the tests can feed it fixtures.
 */
export function collectEvidence(doc: Document, firstLook = false): PageEvidence | null {
  if (!pageMayShowError(doc, firstLook)) return null;
  const text = readPageText(doc);
  const { config, locale } = readConfig(doc);
  const configSaysError = !!config.sErrorCode || /AADSTS\d{4,}/.test(config.strServiceExceptionMessage ?? '');
  if (!configSaysError && !TEXT_ERROR_SIGN.test(text)) return null;
  return { config, locale, text, userAgent: navigator.userAgent.slice(0, EVIDENCE_LIMITS.userAgent) };
}
