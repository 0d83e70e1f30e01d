import type { PopupBrowser } from './connector';

type Items = Record<string, unknown>;
type AreaName = 'session' | 'local' | 'managed';

/**
 * What popup/read-early.js leaves on the popup's window: each storage area read whole, and the
 * active tab, asked for before the popup's own script has arrived. A failed read is undefined.
 * The names match that file's (test/unit/first-reads.test.ts runs it).
 */
export interface FirstReads {
  /** True once storage has changed since the reads were asked for (storage.onChanged), or may have: their answers may be out of date. */
  stale: boolean;
  session: Promise<Items | undefined>;
  local: Promise<Items | undefined>;
  managed: Promise<Items | undefined>;
  /** Undefined when the popup was opened for a tab (`?tab=<id>`). */
  activeTab?: Promise<{ id?: number; url?: string; incognito?: boolean }[] | undefined>;
}

export const FIRST_READS_GLOBAL = 'signInBlockHelperFirstReads';

/** The first reads on this page, if read-early.js has run (both scripts are async: it usually has). */
export const firstReadsOnPage = (): FirstReads | undefined => (globalThis as { [FIRST_READS_GLOBAL]?: FirstReads })[FIRST_READS_GLOBAL];

/**
 * `browser`, with its reads answered from the first reads while they are current: an area's
 * `get` picks the keys from the area read whole, and the first query for the active tab takes
 * the first answer. They stop being current once storage changes, and once this popup writes or
 * asks the background for something (which may write, and whose change event may come after
 * its answer). Only what the popup uses is passed on: copying the whole namespace would make the
 * browser build every API's bindings (src/extension/native-browser.ts).
 */
export function withFirstReads(browser: PopupBrowser, first: FirstReads | undefined): PopupBrowser {
  if (!first) return browser;
  const { storage, tabs, runtime } = browser;
  const get =
    (name: AreaName) =>
    async (keys?: string | string[] | null): Promise<Items> => {
      const items = first.stale ? undefined : await first[name];
      return items && !first.stale ? picked(items, keys) : storage[name].get(keys);
    };
  /** Runs `change`, after which the first reads are out of date. */
  const changing = <T>(change: () => T): T => {
    first.stale = true;
    return change();
  };
  const area = (name: 'session' | 'local') => ({
    get: get(name),
    set: (items: Items) => changing(() => storage[name].set(items)),
    remove: (keys: string | string[]) => changing(() => storage[name].remove(keys)),
  });
  let activeTab = first.activeTab;
  return {
    storage: { session: area('session'), local: area('local'), managed: { get: get('managed') }, onChanged: storage.onChanged },
    tabs: {
      get: (tabId) => tabs.get(tabId),
      sendMessage: (tabId, message) => tabs.sendMessage(tabId, message),
      async query(query) {
        const answer = await activeTab;
        activeTab = undefined;
        return answer ?? tabs.query(query);
      },
    },
    runtime: { sendMessage: (message) => changing(() => runtime.sendMessage(message)) },
    i18n: browser.i18n,
  };
}

/** What `area.get(keys)` answers, from the area read whole: copies, as the browser's own answers are. */
function picked(items: Items, keys?: string | string[] | null): Items {
  if (keys === null || keys === undefined) return structuredClone(items);
  const answer: Items = {};
  for (const key of typeof keys === 'string' ? [keys] : keys) if (Object.hasOwn(items, key)) answer[key] = structuredClone(items[key]);
  return answer;
}
