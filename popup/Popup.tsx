import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { buildMailto } from '../src/build-ticket';
import { t } from '../src/i18n';
import { adviceSummaryForTicket, chooseAdvice } from '../src/knowledge/choose-advice';
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

/** Loads the detection for this popup, keeps it live, and hands data and actions to the views. */
export function Popup() {
  const [shown, setShown] = useState<Shown | 'loading'>('loading');
  useEffect(() => {
    let stopWatching = () => {};
    void targetTabId(location.search).then((tabId) => {
      const refresh = () => void loadDetection(tabId).then(setShown);
      refresh();
      stopWatching = watchDetections(tabId, refresh);
    });
    return () => stopWatching();
  }, []);

  if (shown === 'loading') return null;
  const { detection, fromElsewhere } = shown;
  if (!detection) return <EmptyState t={t} />;
  const advice = chooseAdvice(detection, t);
  const ticketHref = buildMailto('', { detection, adviceSummary: adviceSummaryForTicket(advice) }, t);
  return (
    <HelpView
      detection={detection}
      fromElsewhere={fromElsewhere}
      advice={advice}
      ticketHref={ticketHref}
      now={new Date()}
      language={browser.i18n.getUILanguage()}
      t={t}
      copy={copyToClipboard}
    />
  );
}
