/**
 * Text set into a translated sentence (a phone number, a UTC time, the sign-in page's own note),
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: it keeps its own direction and does
 * not mix with the sentence's. Without it an Arabic or Hebrew sentence shows "+1 555 0100" as
 * "0100 555 1+" and reorders "2026-01-20 21:33 UTC". Unicode UAX #9, "Explicit Directional
 * Isolates" (https://www.unicode.org/reports/tr9/#Explicit_Directional_Isolates); W3C, "Inline
 * markup and bidirectional text in HTML" (https://www.w3.org/International/articles/inline-bidi-markup/).
 * For what is shown only: copies and tickets get the text without these marks.
 */
export const isolated = (text: string): string => `\u2068${text}\u2069`;
