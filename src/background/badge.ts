import browser from 'webextension-polyfill';
import { t } from '../extension/i18n';

const BLOCKED_ICON = { 16: '/icons/icon-blocked-16.png', 32: '/icons/icon-blocked-32.png' };
const NORMAL_ICON = { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' };

/** The toolbar button tells, for this tab only, that a sign-in was blocked: red icon, "!" and a title. */
export async function showBlockedBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setIcon({ tabId, path: BLOCKED_ICON }),
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#B3261E' }),
    browser.action.setTitle({ tabId, title: t('badgeTitleBlocked') }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setIcon({ tabId, path: NORMAL_ICON }),
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: '' }),
  ]);
}
