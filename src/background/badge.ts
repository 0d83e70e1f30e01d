import browser from 'webextension-polyfill';
import { t } from '../i18n';

/** The toolbar button tells, for this tab only, that a sign-in was blocked. */
export async function showBlockedBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#B3261E' }),
    browser.action.setTitle({ tabId, title: t('badgeTitleBlocked') }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: '' }),
  ]);
}
