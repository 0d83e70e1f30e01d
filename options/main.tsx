import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../src/extension/i18n';
import { setPageLanguage } from '../src/extension/page-direction';
import { saveThroughBackground } from '../src/extension/settings-message';
import { createSettingsStore } from '../src/settings/settings-store';
import { OptionsApp } from './OptionsApp';

// Right to left in Arabic and Hebrew (src/extension/page-direction.ts).
setPageLanguage(document.documentElement);
document.title = t('optionsHeading');
// The page reads storage itself but writes only through the background, which checks who asks.
const store = { ...createSettingsStore(browser.storage), save: saveThroughBackground((message) => browser.runtime.sendMessage(message)) };
// biome-ignore lint/style/noNonNullAssertion: index.html has the #app element
render(<OptionsApp store={store} t={t} />, document.getElementById('app')!);
