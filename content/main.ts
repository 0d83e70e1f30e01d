// The content script, on Microsoft sign-in hosts only: the page watcher, wired to this page's browser.
import { extensionAlive, sendToBackground } from '../src/extension/send-to-background';
import { showHelpNotice } from './in-page-notice';
import { watchSignInPage } from './watch-sign-in-page';

const addWindowListener = (type: 'pageshow', listener: (event: PageTransitionEvent) => void) => {
  addEventListener(type, listener);
  return () => removeEventListener(type, listener);
};
watchSignInPage(document, { send: sendToBackground, contextAlive: extensionAlive, now: Date.now, setTimeout, clearTimeout, MutationObserver, addWindowListener, showNotice: showHelpNotice });
