/**
 * The messages the in-page notice (in-page-notice.ts) asks for by name with `chrome.i18n.getMessage`:
 * the content script carries no id list (it runs on every sign-in page and stays tiny), so the
 * locales build plugin keeps these names in the built messages. test/unit/locales.test.ts checks
 * that this list covers every name the content script asks for.
 */
export const CONTENT_SCRIPT_MESSAGES = ['extensionName', 'noticeText', 'noticeOpen', 'noticeDismiss'];
