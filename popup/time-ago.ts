import type { Translate } from '../src/extension/i18n';

/** "3 minutes ago", in the browser's language; under a minute is "just now". */
export function timeAgo(since: Date, now: Date, language: string, t: Translate): string {
  const seconds = Math.round((since.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return t('justNow');
}

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
