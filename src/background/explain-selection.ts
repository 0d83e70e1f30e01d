import type { BrowserEvent } from '../extension/browser-api';
import { type ExplainDeps, explainText } from './explain-pasted';

export const EXPLAIN_MENU_ID = 'explain';

/** The menu item on selected text (`contextMenus`: no install warning, and no access to the page). */
export interface ContextMenusApi {
  create(properties: { id: string; title: string; contexts: ['selection'] }): unknown;
  removeAll(): Promise<void>;
  onClicked: BrowserEvent<(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number; incognito?: boolean }) => void>;
}

/**
 * "Explain this sign-in error" on selected text: for an error in a web app, a chat or a log that no
 * content script reads. The browser hands over the selected text itself (`selectionText`), so
 * no access to the page is needed. The item is there only while the organisation allows it; a
 * click reads the text like a paste and opens the help (at once: the browser allows opening the
 * popup only right after the click). Returns what brings the item in line with the settings.
 */
export function offerSelectionMenu(menus: ContextMenusApi, title: string, deps: ExplainDeps, openHelp: (tabId: number, windowId: number | undefined) => Promise<unknown>): () => Promise<void> {
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== EXPLAIN_MENU_ID || typeof info.selectionText !== 'string') return;
    const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
    if (tabId !== undefined) void openHelp(tabId, tab?.windowId);
    // A private window's selection stays with its tab (explainText); without its tab it is not kept.
    if (tab?.incognito && tabId === undefined) return;
    const text = info.selectionText;
    void deps.otherPagesAllowed().then((allowed) => (allowed ? explainText(text, deps, tab?.incognito ? tabId : undefined) : undefined));
  });
  // One change at a time: a second `create` before the first `removeAll` ended would be refused as a duplicate.
  let queue = Promise.resolve();
  return () => {
    queue = queue.then(async () => {
      const allowed = await deps.otherPagesAllowed();
      await menus.removeAll();
      if (allowed) menus.create({ id: EXPLAIN_MENU_ID, title, contexts: ['selection'] });
    }).catch(() => undefined);
    return queue;
  };
}
