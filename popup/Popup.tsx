import { useEffect, useState } from 'preact/hooks';
import { helpdeskChannels } from '../src/helpdesk-channels';
import { t } from '../src/i18n';
import { adviceSummaryForTicket, chooseAdvice } from '../src/knowledge/choose-advice';
import { loadSettings, loadSettingsQuickly, watchSettings, type EffectiveSettings } from '../src/settings/load-settings';
import { EmptyState } from './EmptyState';
import { HelpView } from './HelpView';
import { loadDetection, targetTabId, watchDetections, type Shown } from './load-detection';

/** Copying on the person's click needs no permission; the background could not do it. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Loads the detection and settings for this popup, keeps both live, and hands data and actions to the views. */
export function Popup() {
  const [shown, setShown] = useState<Shown | undefined>();
  const [effective, setEffective] = useState<EffectiveSettings | undefined>();
  useEffect(() => {
    let stopWatching = () => {};
    void targetTabId(location.search).then((tabId) => {
      const refresh = () => void loadDetection(tabId).then(setShown);
      refresh();
      stopWatching = watchDetections(tabId, refresh);
    });
    void loadSettingsQuickly(setEffective).then(setEffective);
    const stopSettings = watchSettings(() => void loadSettings().then(setEffective));
    return () => {
      stopWatching();
      stopSettings();
    };
  }, []);

  if (!shown || !effective) return null;
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
      language={chrome.i18n.getUILanguage()}
      t={t}
      copy={copyToClipboard}
    />
  );
}
