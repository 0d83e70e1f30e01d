import browser from 'webextension-polyfill';
import { createSettingsStore } from './settings-store';

export type { EffectiveSettings } from './settings-store';

/**
 * The browser's settings, for the one page that does not take a store as a parameter yet: the
 * options page (options/OptionsApp.tsx). The background and the popup build their own store
 * from the browser they are given. The logic and its tests are in settings-store.ts.
 */
const browserSettings = createSettingsStore(browser.storage);

export const loadSettings: typeof browserSettings.load = () => browserSettings.load();
export const saveUserSettings: typeof browserSettings.save = (values) => browserSettings.save(values);
export const watchSettings: typeof browserSettings.watch = (onChange) => browserSettings.watch(onChange);
