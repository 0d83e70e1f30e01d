import { render } from 'preact';
import { t } from '../src/extension/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = t('optionsHeading');
// biome-ignore lint/style/noNonNullAssertion: index.html has the #app element
render(<OptionsApp />, document.getElementById('app')!);
