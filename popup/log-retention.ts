import type { Translate } from '../src/extension/i18n';

/**
 * Sign-in logs are kept 7 days (Entra ID Free) to 30 days (P1/P2). After a day the popup nudges
 * the person to report soon; after five, it says the record may already be gone.
 */
export function logRetentionWarning(since: Date, now: Date, t: Translate): string | undefined {
  const days = (now.getTime() - since.getTime()) / 86_400_000;
  if (days >= 5) return t('retentionUrgent');
  if (days >= 1) return t('retentionSoon');
  return undefined;
}
