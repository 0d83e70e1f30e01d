import { TEXT_CAPS, cleanText } from './detail-formats';

// Bounded repetitions keep these linear on hostile text (a long run of digits or word characters).
const PHONE = /\+?\d[\d ().-]{5,30}\d/;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}/;
const CONTACTS = new RegExp(`${EMAIL.source}|${PHONE.source}`, 'g');
/** A word: two letters or more, or one Chinese or Japanese character (those scripts use no spaces). */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{L}{2,}/gu;
/** Words a helpful note has besides its number or address: "Call the service desk at …" has four. */
const MIN_WORDS = 3;

function hasContact(line: string): boolean {
  return EMAIL.test(line) || (PHONE.test(line) && (line.match(/\d/g)?.length ?? 0) >= 7);
}

/**
 * The note from Microsoft's own container for it, the organisation's "Sign-in page text". Up to
 * 1,024 characters on the page: beyond the cap, the first of its lines with a phone number or
 * address, so the help line survives. Never the account: a container showing it gives no note.
 */
function noteFromContainer(containerText: string, account: string | undefined): string | undefined {
  const lines = containerText.split('\n').map((line) => cleanText(line, Number.POSITIVE_INFINITY)).filter((line) => line !== undefined);
  const whole = cleanText(lines.join(' '), Number.POSITIVE_INFINITY);
  if (!whole || (account && whole.includes(account))) return undefined;
  if (whole.length <= TEXT_CAPS.branding) return whole;
  return cleanText(lines.find((line) => hasContact(line) && line.length <= TEXT_CAPS.branding) ?? whole, TEXT_CAPS.branding);
}

/**
 * For pages without Microsoft's container (another layout, or markup Microsoft changed): the
 * first line with a phone number or an e-mail address and at least three words besides it, that
 * is not the signed-in account and none of the panel's own lines. Strict on purpose: a line that
 * is only an address ("Questions? privacy-office@microsoft.com", the account itself) is no note.
 */
function noteFromText(text: string, bannerLines: ReadonlySet<string>, account: string | undefined, isPanelLine: (line: string) => boolean): string | undefined {
  const line = text.split('\n').find((l) => {
    if (!hasContact(l) || bannerLines.has(l.trim())) return false;
    if (account && cleanText(l, Number.POSITIVE_INFINITY)?.includes(account)) return false;
    if ((l.replace(CONTACTS, ' ').match(WORD)?.length ?? 0) < MIN_WORDS) return false;
    return !isPanelLine(l);
  });
  return cleanText(line, TEXT_CAPS.branding);
}

/**
 * The note the organisation added to its sign-in page, e.g. "Need help? Call the Contoso Service
 * Desk at +1 555 0100". From Microsoft's container when the page has one (even empty: then the
 * organisation added none); from the page text only when it has none. Never the identity banner.
 */
export function organisationNote(
  evidence: { text: string; identityBanner?: string; signInPageText?: string },
  account: string | undefined,
  isPanelLine: (line: string) => boolean,
): string | undefined {
  if (evidence.signInPageText !== undefined) return noteFromContainer(evidence.signInPageText, account);
  const bannerLines = new Set((evidence.identityBanner ?? '').split('\n').map((line) => line.trim()).filter(Boolean));
  return noteFromText(evidence.text, bannerLines, account, isPanelLine);
}
