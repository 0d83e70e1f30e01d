import type { ActionApi } from '../extension/browser-api';
import type { Translate } from '../extension/i18n';

const BLOCKED_ICON = { 16: '/icons/icon-blocked-16.png', 32: '/icons/icon-blocked-32.png' };
const NORMAL_ICON = { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' };

/** The toolbar button tells, for this tab only, that a sign-in was blocked: red icon, "!" and a title. */
export async function showBlockedBadge(action: ActionApi, t: Translate, tabId: number): Promise<void> {
  await Promise.all([
    action.setIcon({ tabId, path: BLOCKED_ICON }),
    action.setBadgeText({ tabId, text: '!' }),
    action.setBadgeBackgroundColor({ tabId, color: '#B3261E' }),
    action.setTitle({ tabId, title: t('badgeTitleBlocked') }),
  ]);
}

export async function clearBadge(action: ActionApi, tabId: number): Promise<void> {
  await Promise.all([
    action.setIcon({ tabId, path: NORMAL_ICON }),
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: '' }),
  ]);
}
