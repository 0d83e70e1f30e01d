// Where the extension's own pages live inside the build, for both browsers' launchers.

/** The help view (the toolbar popup's page), as src/background/open-help.ts opens it (HELP_PAGE). */
export const POPUP_PAGE = 'popup/index.html';
export const OPTIONS_PAGE = 'options/index.html';

/**
 * The help view's path; with a tab id, about that tab (`?tab=<id>`, what the small help window
 * opens), without one about the active tab, as the toolbar popup is.
 * @param {number} [tabId]
 */
export function popupPath(tabId) {
  return tabId === undefined ? POPUP_PAGE : `${POPUP_PAGE}?tab=${tabId}`;
}
