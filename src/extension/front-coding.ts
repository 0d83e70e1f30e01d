/**
 * A sorted list of message names, written small: each name starts with one character that says
 * how many of its first characters it shares with the name before it (a space for none, "!" for
 * one, up to "/" for fifteen), followed by the rest of it. Sorted names share long beginnings
 * (`block_53003_tell_it`, `block_53003_title`), and this costs the package about 250 bytes less,
 * compressed, than the plain list (scripts/build/budgets.ts). Message names are made of
 * [A-Za-z0-9_@], so the marks (U+0020 to U+002F) never occur inside one, and need no escaping in
 * a JavaScript string.
 */

const NONE_SHARED = 0x20;
const MOST_SHARED = 15;

/** The list as one string (the build's side: scripts/build/locales-plugin.ts). */
export function frontCode(names: readonly string[]): string {
  let previous = '';
  let coded = '';
  for (const name of names) {
    let shared = 0;
    while (shared < MOST_SHARED && shared < name.length && name[shared] === previous[shared]) shared++;
    coded += String.fromCharCode(NONE_SHARED + shared) + name.slice(shared);
    previous = name;
  }
  return coded;
}

/** The list back from `frontCode`'s string (the extension's side: src/extension/i18n.ts). */
export function frontDecode(coded: string): string[] {
  const names: string[] = [];
  for (const [, mark, rest] of coded.matchAll(/([ -/])([^ -/]*)/g)) names.push((names.at(-1) ?? '').slice(0, mark.charCodeAt(0) - NONE_SHARED) + rest);
  return names;
}
