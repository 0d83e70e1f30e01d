import { useEffect, useState } from 'preact/hooks';
import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import { flaggingCountdown } from './flagging-countdown';

interface Props {
  detection: Detection;
  t: Translate;
  /** Asks the tab's page to bring Microsoft's "Enable flagging" into view. */
  showFlaggingControl(tabId: number): void;
}

/**
 * Microsoft's "Enable flagging", guided: what it does and what to do, in two lines, and a button
 * that shows the control on the page (the person presses it there: the extension never does).
 * Where the page has it folded away, the second line says where it is.
 * Once pressed, the 20 minutes left and the reminder to retry in a new window; then that they are
 * over. The countdown is redrawn when its minute turns, and is no live region: a screen reader
 * reads it when the person gets there, not at every minute.
 */
export function FlaggingHelp({ detection, t, showFlaggingControl }: Props) {
  const [, redraw] = useState({});
  const enabledAt = detection.flaggedForReviewAt;
  // The clock in the browser's own language and format (its default locale), as the person reads the time.
  const [countdown, nextInMs] = enabledAt ? flaggingCountdown(enabledAt, new Date(), undefined, t) : [];
  useEffect(() => {
    if (nextInMs === undefined) return;
    const timer = setTimeout(() => redraw({}), nextInMs);
    return () => clearTimeout(timer);
  });

  if (countdown) return <p class="flagging">{countdown}</p>;
  return (
    <details class="flagging">
      <summary>{t('flaggingSummary')}</summary>
      <p>{t('flaggingWhat')}</p>
      <p>{t('flaggingHow')}</p>
      {/* Only an error read on a sign-in page (not the sample) has a page to show it on. */}
      {detection.tabId >= 0 && (
        <button type="button" class="button" onClick={() => showFlaggingControl(detection.tabId)}>
          {t('flaggingShow')}
        </button>
      )}
    </details>
  );
}
