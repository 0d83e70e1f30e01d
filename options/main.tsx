import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../src/extension/i18n';
import { createSettingsStore } from '../src/settings/settings-store';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = t('optionsHeading');
// biome-ignore lint/style/noNonNullAssertion: index.html has the #app element
render(<OptionsApp store={createSettingsStore(browser.storage)} t={t} />, document.getElementById('app')!);
