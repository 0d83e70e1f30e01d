import { render } from 'preact';
import { t } from '../src/extension/i18n';
import { setPageLanguage } from '../src/extension/page-direction';
import { nativeBrowser } from '../src/extension/native-browser';
import { createPopupConnector } from './connector';
import { firstReadsOnPage, withFirstReads } from './first-reads';
import { Popup } from './Popup';
import { POPUP_PAGE } from './popup-page';

// The popup's entry: the view (Popup.tsx) with this browser's connector. Tests give it the mock (test/unit/helpers/popup-connector-mock.ts).
// The build puts this module in the one chunk the popup loads, which the background and the
// options page load too (scripts/build/popup-chunks.ts): it starts the popup on the popup's page only.
if (location.pathname === POPUP_PAGE) startPopup();

function startPopup(): void {
  // Reads that popup/read-early.js asked for before this script arrived answer the first ones (popup/first-reads.ts).
  const browser = withFirstReads(nativeBrowser(), firstReadsOnPage());
  const connector = createPopupConnector(browser, location.search, navigator.clipboard);
  // Read storage first thing, not in an effect after a first empty frame: the popup paints once, complete.
  const first = connector.readFirst();
  // Right to left in Arabic and Hebrew (src/extension/page-direction.ts).
  setPageLanguage(document.documentElement);
  document.title = t('extensionName');
  // index.html loads this script async, so that it runs (and reads) while the stylesheets still
  // load, and the build marks it blocking="render", so that it runs before the first frame
  // (scripts/build/render-blocking-plugin.ts): it can run before the parser has reached #app.
  const parsed = new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  // biome-ignore lint/style/noNonNullAssertion: index.html has the #app element
  void Promise.all([first, parsed]).then(([data]) => render(<Popup connector={connector} first={data} t={t} />, document.getElementById('app')!));
}
