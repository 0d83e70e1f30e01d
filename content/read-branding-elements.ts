import { EVIDENCE_LIMITS, type PageEvidence } from '../src/page/page-evidence';
import { forEachShownText } from './read-page-text';

/**
 * Microsoft's identity banner: the account the person signed in with, above the page title
 * (`<div id="displayName" class="identity">` inside `.identityBanner`). See docs/reference/error-page.md.
 */
const IDENTITY_BANNER = '#displayName, .identityBanner .identity';
/**
 * The organisation's "Sign-in page text", at the bottom of the sign-in box: Microsoft documents the
 * class for it (`.ext-boilerplate-text`); the page also gives it the id `idBoilerPlateText`.
 */
const SIGN_IN_PAGE_TEXT = '.ext-boilerplate-text, #idBoilerPlateText';

/** An element's text nodes, one a line, capped; never an input's value (inputs have no text nodes). */
function textOf(doc: Document, selector: string): string | undefined {
  const element = doc.querySelector(selector);
  if (!element) return undefined;
  const lines: string[] = [];
  forEachShownText(doc, element, (text) => {
    const line = text.trim();
    if (line) lines.push(line);
    return true;
  });
  return lines.join('\n').slice(0, EVIDENCE_LIMITS.elementText);
}

/**
 * The two elements whose meaning the page text alone can't tell: who is signed in, and the note
 * the organisation added. Only called once the page shows an error, so the element lookups cost
 * nothing on a normal sign-in page. An element that is there but empty gives "".
 */
export function readBrandingElements(doc: Document): Pick<PageEvidence, 'identityBanner' | 'signInPageText'> {
  return { identityBanner: textOf(doc, IDENTITY_BANNER), signInPageText: textOf(doc, SIGN_IN_PAGE_TEXT) };
}
