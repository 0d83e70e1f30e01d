import type { ActionApi, WindowsApi } from '../extension/browser-api';

export const HELP_PAGE = 'popup/index.html';

export interface HelpOpeners {
  action: Pick<ActionApi, 'openPopup'>;
  windows: WindowsApi;
  /** runtime.getURL: the extension page's full address. */
  pageUrl(path: string): string;
}

/**
 * Opens the help view for a tab. The toolbar popup is best (it sits where people expect it), but
 * browsers allow `action.openPopup()` only in some cases (Firefox wants a direct user gesture),
 * so a small window showing the same view is the fallback.
 */
export async function openHelp({ action, windows, pageUrl }: HelpOpeners, tabId: number, windowId: number | undefined): Promise<boolean> {
  try {
    await action.openPopup(windowId === undefined ? undefined : { windowId });
    return true;
  } catch {
    await windows.create({ url: pageUrl(`${HELP_PAGE}?tab=${tabId}`), type: 'popup', width: 420, height: 680 });
    return true;
  }
}
