/** The popup's page, as manifest.json's `action.default_popup` names it, from the extension's root. */
export const POPUP_PAGE = '/popup/index.html';
