// The background's entry: the background (start-background.ts), wired to this browser.
import browser from 'webextension-polyfill';
import { t } from '../extension/i18n';
import { startBackground } from './start-background';

startBackground(browser, t);
