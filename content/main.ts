// The content script, on Microsoft sign-in hosts only: the page watcher, wired to this page's browser.
import { extensionAlive, sendToBackground } from '../src/extension/send-to-background';
import { showHelpNotice } from './in-page-notice';
import { watchSignInPage } from './watch-sign-in-page';

watchSignInPage(document, {
  send: sendToBackground,
  contextAlive: extensionAlive,
  showNotice: showHelpNotice,
  MutationObserver,
  // Window functions are wrapped, not passed: called as a method of another object they throw "Illegal invocation".
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id),
  addWindowListener: (type, listener) => {
    addEventListener(type, listener);
    return () => removeEventListener(type, listener);
  },
});
