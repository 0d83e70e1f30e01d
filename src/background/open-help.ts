import type { ActionApi, RuntimeContextsApi, TabsOpenApi, WindowsApi } from '../extension/browser-api';

export const HELP_PAGE = 'popup/index.html';
/**
 * The shortest time between two openings of one tab's help. A page can't click the notice for the
 * person (content/in-page-notice.ts wants a trusted click on a visible notice), but a person's
 * double click, or clicks a page steers onto the notice, open it once. Our choice.
 */
export const HELP_REOPEN_MS = 3000;

export interface HelpOpeners {
  action: Pick<ActionApi, 'openPopup'>;
  /** Absent in Firefox for Android, which has no windows: the help opens in a tab there. */
  windows?: WindowsApi;
  tabs: TabsOpenApi;
  runtime: RuntimeContextsApi;
  /** runtime.getURL: the extension page's full address. */
  pageUrl(path: string): string;
  /** Milliseconds, as Date.now(). */
  now(): number;
}

/**
 * What opens the help view for a tab. The toolbar popup is best (it sits where people expect it), but
 * browsers allow `action.openPopup()` only in some cases (Firefox wants a direct user gesture),
 * so a small window showing the same view is the fallback: one per tab, brought to the front when
 * it is open already (found through runtime.getContexts, which needs no permission and survives a
 * restart of the background); in a tab where there are no windows (Firefox for Android). Each tab's help opens at most once per HELP_REOPEN_MS; the answer
 * says whether this call opened it.
 */
export function createHelpOpener({ action, windows, tabs, runtime, pageUrl, now }: HelpOpeners): (tabId: number, windowId: number | undefined) => Promise<boolean> {
  const lastOpened = new Map<number, number>();
  return async (tabId, windowId) => {
    const at = now();
    if (at - (lastOpened.get(tabId) ?? -HELP_REOPEN_MS) < HELP_REOPEN_MS) return false;
    lastOpened.set(tabId, at);
    try {
      await action.openPopup(windowId === undefined ? undefined : { windowId });
      return true;
    } catch {
      const url = pageUrl(`${HELP_PAGE}?tab=${tabId}`);
      const [shown] = await runtime.getContexts({ contextTypes: ['TAB'], documentUrls: [url] });
      if (!windows) await (shown ? tabs.update(shown.tabId, { active: true }) : tabs.create({ url }));
      else if (shown) await windows.update(shown.windowId, { focused: true });
      else await windows.create({ url, type: 'popup', width: 420, height: 680 });
      return true;
    }
  };
}
