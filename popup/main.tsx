import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../src/extension/i18n';
import { createPopupConnector } from './connector';
import { Popup } from './Popup';

// The popup's entry: the view (Popup.tsx) with this browser's connector. Tests give it the mock (test/unit/helpers/popup-connector-mock.ts).
document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = t('extensionName');
const connector = createPopupConnector(browser, location.search, navigator.clipboard);
// Read storage now, not in an effect after a first empty frame: the popup paints once, complete.
// biome-ignore lint/style/noNonNullAssertion: index.html has the #app element
void connector.readFirst().then((first) => render(<Popup connector={connector} first={first} t={t} />, document.getElementById('app')!));
