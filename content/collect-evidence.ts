import { EVIDENCE_LIMITS, type PageEvidence } from '../src/page/page-evidence';
import { configFromScript, inlineScriptTexts, readConfig } from './read-config';
import { readBrandingElements } from './read-branding-elements';
import { copyBoxTexts, readPageText } from './read-page-text';

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

// NodeFilter.SHOW_TEXT, written out: naming the NodeFilter interface would build it in this world.
const SHOW_TEXT = 4;
// How many text nodes to pass, in document order, before giving up on finding `$Config` quickly:
// Microsoft puts it in <head>, after a few dozen whitespace and title nodes.
const CONFIG_SEARCH_NODES = 200;
// In `//<![CDATA[\n$Config={...`, the mark comes within the first few characters.
const CONFIG_MARK_WITHIN = 100;

/**
 * The text of the page's `$Config` script, found through text nodes only. This is the first
 * look at every sign-in page, so it avoids what costs most in a content script's fresh world:
 * the first element it touches makes the browser build every element interface for this world
 * (about 0.75 ms on a large page), while text nodes need only a few small ones.
 */
function findConfigScriptText(doc: Document): string | undefined {
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  for (let node = walker.nextNode(), seen = 0; node && seen < CONFIG_SEARCH_NODES; node = walker.nextNode(), seen++) {
    const text = (node as Text).data;
    const at = text.indexOf('$Config=');
    if (at >= 0 && at < CONFIG_MARK_WITHIN) return text;
  }
  return undefined;
}

/**
 * Whether the page may show an error, from everything it holds: the inline scripts' text, then
 * the body's text in one native call (walking the nodes would create a wrapper for each of
 * them). For later looks (the page changed), and first looks that found no `$Config` quickly.
 */
function pageMayShowError(doc: Document): boolean {
  return inlineScriptTexts(doc).some(configHintsError) || TEXT_ERROR_SIGN.test([doc.body?.textContent ?? '', ...copyBoxTexts(doc)].join('\n'));
}

/**
 * Everything the background needs to understand this page, or null when the page shows no error.
 * On the first look, a page whose own `$Config` names no error is a normal sign-in page and
 * nothing else is read (Microsoft's error pages carry the code there); when it names one, the
 * same text is parsed rather than read again. Takes the document as a parameter so the tests
 * can feed it fixtures.
 */
export function collectEvidence(doc: Document, firstLook = false): PageEvidence | null {
  const configText = firstLook ? findConfigScriptText(doc) : undefined;
  const mayShowError = configText === undefined ? pageMayShowError(doc) : configHintsError(configText);
  if (!mayShowError) return null;
  const text = readPageText(doc);
  const { config, locale } = (configText === undefined ? undefined : configFromScript(configText)) ?? readConfig(doc);
  const configSaysError = !!config.sErrorCode || /AADSTS\d{4,}/.test(config.strServiceExceptionMessage ?? '');
  if (!configSaysError && !TEXT_ERROR_SIGN.test(text)) return null;
  return { config, locale, text, ...readBrandingElements(doc), userAgent: navigator.userAgent.slice(0, EVIDENCE_LIMITS.userAgent) };
}
