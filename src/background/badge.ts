import type { ActionApi } from '../extension/browser-api';
import type { Translate } from '../extension/i18n';

/**
 * The toolbar button tells, for this tab only, that a sign-in was blocked: a red "!" badge and a
 * title. (A red copy of the icon once changed with it: the badge says the same, and the two icon
 * files cost 0.7 KiB of the package budget.)
 */
export async function showBlockedBadge(action: ActionApi, t: Translate, tabId: number): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: '!' }),
    action.setBadgeBackgroundColor({ tabId, color: '#B3261E' }),
    action.setTitle({ tabId, title: t('badgeTitleBlocked') }),
  ]);
}

export async function clearBadge(action: ActionApi, tabId: number): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: '' }),
  ]);
}
