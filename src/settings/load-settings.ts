import browser from 'webextension-polyfill';
import { createSettingsStore } from './settings-store';

export { USER_SETTINGS_KEY, type EffectiveSettings, type QuickSettings } from './settings-store';

/**
 * The browser's settings store, for the extension pages that don't take one as a parameter yet
 * (the options page). The logic and its tests are in settings-store.ts.
 */
export const browserSettings = createSettingsStore(browser.storage);

export const loadSettings = () => browserSettings.load();
export const loadSettingsQuickly = () => browserSettings.loadQuickly();
export const saveUserSettings: typeof browserSettings.save = (values) => browserSettings.save(values);
export const watchSettings: typeof browserSettings.watch = (onChange) => browserSettings.watch(onChange);
