import type { Translate } from '../src/extension/i18n';
import { isolated } from '../src/text/isolate';

/** The local day and clock spelled like the ISO ones ("2026-01-20", "21:33"), so the two compare. */
function localParts(when: Date, timeZone: string | undefined): { day: string; clock: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, clock: `${part('hour')}:${part('minute')}` };
}

/**
 * When the error happened, for the person: "2026-01-20 21:33 UTC · 22:33 your time". UTC first,
 * as the page, the copies and the helpdesk's sign-in logs give it; the local time in the person's
 * language beside it, with the day when it is another day there. Where the person's clock is UTC,
 * the UTC time alone. `timeZone` is for tests; the browser's own zone otherwise.
 */
export function errorTimeText(timestamp: string | undefined, language: string, t: Translate, timeZone?: string): string | undefined {
  if (!timestamp) return undefined;
  const when = new Date(timestamp);
  if (Number.isNaN(when.getTime())) return timestamp;
  const iso = when.toISOString();
  // Isolated: it reads left to right inside an Arabic or Hebrew sentence too (src/text/isolate.ts).
  const utc = isolated(`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`);
  const local = localParts(when, timeZone);
  if (local.day === iso.slice(0, 10) && local.clock === iso.slice(11, 16)) return utc;
  const otherDay = local.day !== iso.slice(0, 10);
  const shown = new Intl.DateTimeFormat(language, { timeZone, hour: 'numeric', minute: '2-digit', ...(otherDay ? { month: 'short', day: 'numeric' } : {}) }).format(when);
  return t('timeUtcAndLocal', [utc, shown]);
}
