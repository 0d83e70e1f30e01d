import type { Plugin } from 'vite';

/**
 * Writes the short message ids (scripts/build/locales-plugin.ts) into the code where a message is
 * asked for by its literal name: `t('copyDetails')` is built as `t('1k')`. The browser finds the
 * message by its id either way (src/extension/i18n.ts maps a name to its id and passes anything
 * else on as it is), and the long names cost about 330 bytes of the package budget
 * (scripts/build/budgets.ts). Names built at run time (`block_${code}_title`) are left to the
 * list in `virtual:message-keys`, which keeps every name. The sources keep the names, so the
 * compiler still checks every call.
 *
 * Only `t('…')` with a name of the list, in the extension's own modules: the content script asks
 * for its few messages by name (content/notice-messages.ts) and is left alone.
 *
 * A name the code asks for only that way, and never builds, is then needed nowhere at run time:
 * `namesAskedOnlyByLiteral` finds them, and the list leaves them out (about 480 bytes more).
 */
const LITERAL_CALL = /\bt\(\s*'([A-Za-z0-9_@]+)'/g;
const OWN_MODULE = /[\\/](?:src|popup|options)[\\/][^?]*\.tsx?$/;

/** `code` with each `t('name')` of a listed name written as `t('id')`. */
export function withMessageIds(code: string, ids: ReadonlyMap<string, string>): string {
  return code.replace(LITERAL_CALL, (call, name: string) => {
    const id = ids.get(name);
    return id === undefined ? call : `t('${id}'`;
  });
}

/** The literal beginnings, ends and middles of the names the code builds: `block_${code}_title`, `'field_' + name`. */
const HEADS = [/`([A-Za-z0-9_@]+)\$\{/g, /'([A-Za-z0-9_@]+)'\s*\+/g];
const TAILS = [/\}([A-Za-z0-9_@]+)`/g, /\+\s*'([A-Za-z0-9_@]+)'/g];
const MIDDLES = [/\}([A-Za-z0-9_@]+)\$\{/g];

const piecesOf = (sources: readonly string[], patterns: RegExp[]) => new Set(sources.flatMap((source) => patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]))));

/**
 * The names every mention of which, in all the extension's code (`ownSources`: the modules the
 * plugin rewrites; `otherSources`: the rest, such as the content script), is a `t('name')` call that
 * the plugin rewrites, and which no name the code builds at run time could be: none begins with a
 * built name's literal beginning, ends with its literal end or holds its literal middle. Conservative
 * on purpose: a name mentioned any other way (`messageKey: 'step_x'`, a comparison) stays listed.
 */
export function namesAskedOnlyByLiteral(names: Iterable<string>, ownSources: readonly string[], otherSources: readonly string[]): Set<string> {
  const everything = [...ownSources, ...otherSources];
  const heads = piecesOf(everything, HEADS);
  const tails = piecesOf(everything, TAILS);
  const middles = piecesOf(everything, MIDDLES);
  const asked = new Map<string, number>();
  for (const source of ownSources) for (const [, name] of source.matchAll(LITERAL_CALL)) asked.set(name, (asked.get(name) ?? 0) + 1);
  const mentioned = new Map<string, number>();
  for (const source of everything) for (const [, name] of source.matchAll(/['"`]([A-Za-z0-9_@]+)['"`]/g)) mentioned.set(name, (mentioned.get(name) ?? 0) + 1);
  const built = (name: string) =>
    [...heads].some((head) => name.startsWith(head)) || [...tails].some((tail) => name.endsWith(tail)) || [...middles].some((middle) => name.includes(middle));
  return new Set([...names].filter((name) => (asked.get(name) ?? 0) > 0 && asked.get(name) === mentioned.get(name) && !built(name)));
}

/**
 * An id must never be taken for a name: i18n.ts looks a name up and passes an id on, so a message
 * named like an id ("1k") would be found under the wrong one.
 */
export function assertIdsAreNotNames(ids: ReadonlyMap<string, string>): void {
  const clash = [...ids.values()].find((id) => ids.has(id));
  if (clash) throw new Error(`Message name "${clash}" is also a short id: rename it.`);
}

export function messageIdsInCodePlugin(ids: () => ReadonlyMap<string, string>): Plugin {
  return {
    name: 'signin-block-helper:message-ids-in-code',
    // Before TypeScript and JSX are compiled: the calls are then as written, with single quotes.
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!OWN_MODULE.test(id) || !code.includes("t('")) return undefined;
      const known = ids();
      assertIdsAreNotNames(known);
      return { code: withMessageIds(code, known), map: null };
    },
  };
}
