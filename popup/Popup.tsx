import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { helpdeskChannels } from '../src/ticket/helpdesk-channels';
import { t } from '../src/extension/i18n';
import { chooseAdvice } from '../src/knowledge/choose-advice';
import { adviceSummaryForTicket } from '../src/ticket/advice-summary';
import { loadSettings, watchSettings, type EffectiveSettings } from '../src/settings/load-settings';
import { EmptyState } from './EmptyState';
import { HelpView } from './HelpView';
import type { FirstState } from './first-state';
import { loadDetection, watchDetections, type Shown } from './load-detection';

/** Copying on the person's click needs no permission; the background could not do it. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Same detection, same place: nothing to draw again. */
const sameShown = (a: Shown, b: Shown) => a.fromElsewhere === b.fromElsewhere && JSON.stringify(a.detection) === JSON.stringify(b.detection);

/** Shows the detection and settings read for the first paint, keeps both live, and hands data and actions to the views. */
export function Popup({ first }: { first: FirstState }) {
  const [shown, setShown] = useState<Shown>(first.shown);
  const [effective, setEffective] = useState<EffectiveSettings>(first.settings.now);
  useEffect(() => {
    const refresh = () => void loadDetection(first.tabId).then((next) => setShown((prev) => (sameShown(prev, next) ? prev : next)));
    const stopWatching = watchDetections(first.tabId, refresh);
    // A change stored between the first read and this watcher would otherwise be missed.
    refresh();
    // Policy can come later than the first paint (just after the browser starts).
    void first.settings.complete.then((complete) => {
      if (complete !== first.settings.now) setEffective(complete);
    });
    const stopSettings = watchSettings(() => void loadSettings().then(setEffective));
    return () => {
      stopWatching();
      stopSettings();
    };
  }, [first]);

  const { detection, fromElsewhere } = shown;
  if (!detection) return <EmptyState t={t} />;
  const { settings } = effective;
  const advice = chooseAdvice(detection, t);
  const summary = adviceSummaryForTicket(advice);
  return (
    <HelpView
      detection={detection}
      fromElsewhere={fromElsewhere}
      advice={advice}
      helpdesk={{
        name: settings.supportName || undefined,
        orgMessage: settings.orgMessage || undefined,
        orgAdvice: detection.errorCode ? settings.extraAdvice[detection.errorCode] : undefined,
        channels: helpdeskChannels(detection, summary, settings, t),
        redact: new Set(settings.redactFields),
      }}
      now={new Date()}
      language={browser.i18n.getUILanguage()}
      t={t}
      copy={copyToClipboard}
    />
  );
}
