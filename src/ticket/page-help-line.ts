/**
 * The phone number in the note an organisation puts on its sign-in page ("Need help! Contact
 * Contoso Service Desk at +1 555 0100"), to offer it as a call. The note is page text, so
 * untrusted: the pattern is bounded (linear on any input), and a number counts only with 7 to 15
 * digits (E.164's most is 15), so dates, IP addresses and stray digits are not taken for one.
 */

/** An optional "+" or "(", then digits with the separators people write; at most 25 characters. */
const CANDIDATE = /[+(]?\d[\d ().-]{5,22}\d/g;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const DATE = /^\d{4}[-./]\d\d?[-./]\d\d?$|^\d\d?[-./]\d\d?[-./]\d{4}$/;

export interface PagePhone {
  /** As the page wrote it, for the person to read or dial by hand. */
  shown: string;
  /** The `tel:` link: "+" only where the page wrote one, then the digits. */
  href: string;
}

const count = (text: string, char: string) => text.split(char).length - 1;

function asPhone(candidate: string): PagePhone | undefined {
  let shown = candidate.trim();
  // "0800 123 4567 (24/7)" reads as far as "(24": a bracket opened after the number is not part of it.
  if (count(shown, '(') > count(shown, ')')) shown = shown.slice(0, shown.lastIndexOf('(')).replace(/[\s.-]+$/, '');
  // "+49 (0)30 …": the (0) is dialled only from inside the country, never after the +.
  const digits = (shown.startsWith('+') ? shown.replace('(0)', '') : shown).replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (IPV4.test(shown) || DATE.test(shown)) return undefined;
  // Brackets must pair up, as in "(555) 0100"; anything else is not how a number is written.
  if (count(shown, '(') !== count(shown, ')')) return undefined;
  return { shown, href: `tel:${shown.startsWith('+') ? '+' : ''}${digits}` };
}

/** The first phone number in the page's note, or undefined when it has none. */
export function phoneInPageNote(note: string | undefined): PagePhone | undefined {
  if (!note) return undefined;
  for (const [candidate] of note.slice(0, 300).matchAll(CANDIDATE)) {
    const phone = asPhone(candidate);
    if (phone) return phone;
  }
  return undefined;
}
