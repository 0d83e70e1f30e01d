import browser from 'webextension-polyfill';

export const HELP_PAGE = 'popup/index.html';

/**
 * Opens the help view for a tab. The toolbar popup is best (it sits where people expect it), but
 * browsers allow `action.openPopup()` only in some cases (Firefox wants a direct user gesture),
 * so a small window showing the same view is the fallback.
 */
export async function openHelp(tabId: number, windowId: number | undefined): Promise<boolean> {
  try {
    await browser.action.openPopup(windowId === undefined ? undefined : { windowId });
    return true;
  } catch {
    await browser.windows.create({
      url: browser.runtime.getURL(`${HELP_PAGE}?tab=${tabId}`),
      type: 'popup',
      width: 420,
      height: 680,
    });
    return true;
  }
}
