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
