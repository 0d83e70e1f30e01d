/**
 * `text` as a regular expression source that matches it literally (every pattern metacharacter
 * escaped). Not `RegExp.escape`: Chrome has it only from 136 (the manifest supports 116) and
 * Node 20, which runs the tests, not at all.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
