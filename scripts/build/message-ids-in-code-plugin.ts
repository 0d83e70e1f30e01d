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
