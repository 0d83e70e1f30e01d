// The content script, on Microsoft sign-in hosts only: the device-code entry check and the page
// watcher, wired to this page's browser.
import { extensionAlive, sendToBackground } from '../src/extension/send-to-background';
import { showHelpNotice } from './in-page-notice';
import type { LifetimeDeps } from './page-lifetime';
import { reportDeviceCodeEntry } from './report-device-code-entry';
import { watchSignInPage } from './watch-sign-in-page';

// Window functions are wrapped, not passed: called as a method of another object they throw "Illegal invocation".
const addWindowListener: LifetimeDeps['addWindowListener'] = (type, listener) => {
  addEventListener(type, listener, true);
  return () => removeEventListener(type, listener, true);
};

// First, so that an error shown on the entry page itself reaches the background after the mark.
reportDeviceCodeEntry(document.URL, { send: sendToBackground, addWindowListener });

watchSignInPage(document, {
  send: sendToBackground,
  contextAlive: extensionAlive,
  showNotice: showHelpNotice,
  MutationObserver,
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (id) => clearTimeout(id),
  addWindowListener,
  tabMessages: () => chrome.runtime.onMessage,
});
