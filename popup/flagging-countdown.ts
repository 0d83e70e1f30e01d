import { flaggingEndsAt } from '../src/detection/flagging-window';
import type { Translate } from '../src/extension/i18n';

const MINUTE = 60_000;

/**
 * What the popup says while Microsoft's 20 minutes of flagging run: "Flagging is on: 17 min
 * left (until 10:52)." in the person's language and clock, or that the time is over; then in how
 * many ms the text changes (the minute turns), so the popup redraws then and not every second.
 */
export function flaggingCountdown(enabledAt: string, now: Date, language: string | undefined, t: Translate): [text: string, nextInMs?: number] {
  const end = flaggingEndsAt(enabledAt);
  const left = end - now.getTime();
  if (!(left > 0)) return [t('flaggingOver')];
  const minutes = Math.ceil(left / MINUTE);
  const endText = new Date(end).toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit' });
  return [t('flaggingTimeLeft', [String(minutes), endText]), left - (minutes - 1) * MINUTE];
}
