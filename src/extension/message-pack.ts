/**
 * The messages the code asks for by id travel as one browser message, `_`: their texts in id order
 * (index N is id N in base 36), each followed by `|` but the last. Every message of a
 * `messages.json` repeats `"id":{"message":"…"}` around its text, and that frame cost each language
 * about 1 KB of its 10 KiB budget (scripts/build/budgets.ts); the pack pays it once. The build
 * writes it (scripts/build/locales-plugin.ts), src/extension/i18n.ts reads it.
 *
 * The browser still does what it does to any message: `$$` becomes `$`, and `$1`..`$9` become the
 * substitutions it is given. It is given nine marks (private-use characters, which no message
 * holds; the build checks), so each text comes back with a mark where its `$N` was, and
 * `substitute` puts in the real values: the same result as asking for that message with them.
 */

export const PACK_NAME = '_';
export const PACK_SEPARATOR = '|';

const FIRST_MARK = 0xe001;
/** The nine marks, in the order of `$1`..`$9`. */
export const SUBSTITUTION_MARKS = Array.from({ length: 9 }, (_, index) => String.fromCharCode(FIRST_MARK + index));
/** Any of the marks: what a message may not hold. */
export const ANY_MARK = /[\ue001-\ue009]/g;

/** The packed texts, marks in place, from the browser's `i18n.getMessage`. */
export const readPack = (getMessage: (name: string, substitutions: string[]) => string): string[] =>
  getMessage(PACK_NAME, SUBSTITUTION_MARKS).split(PACK_SEPARATOR);

/** A packed text with its marks replaced by the substitutions; a missing one becomes "", as the browser does. */
export const substitute = (text: string, substitutions: string | string[] = []): string =>
  text.replace(ANY_MARK, (mark) => [substitutions].flat()[mark.charCodeAt(0) - FIRST_MARK] ?? '');
