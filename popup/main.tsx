import { render } from 'preact';
import { t } from '../src/i18n';
import { Popup } from './Popup';

document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = t('extensionName');
render(<Popup />, document.getElementById('app')!);
