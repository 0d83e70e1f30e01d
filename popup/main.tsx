import { render } from 'preact';
import { t } from '../src/extension/i18n';
import { readFirstState } from './first-state';
import { Popup } from './Popup';

document.documentElement.lang = chrome.i18n.getUILanguage();
document.title = t('extensionName');
// Read storage now, not in an effect after a first empty frame: the popup paints once, complete.
void readFirstState(location.search).then((first) => render(<Popup first={first} />, document.getElementById('app')!));
