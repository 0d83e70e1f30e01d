import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../src/extension/i18n';
import { chooseAdvice } from '../src/knowledge/choose-advice';
import { adviceSummaryForTicket } from '../src/ticket/advice-summary';
import type { EffectiveSettings } from '../src/settings/settings-store';
import { helpdeskChannels } from '../src/ticket/helpdesk-channels';
import type { DetectionToShow, PopupConnector, PopupData } from './connector';
import { EmptyState } from './EmptyState';
import { errorTimeText } from './error-time';
import { HelpView } from './HelpView';

/** Same detection, same place: nothing to draw again. */
const sameShown = (a: DetectionToShow, b: DetectionToShow) => a.fromElsewhere === b.fromElsewhere && JSON.stringify(a.detection) === JSON.stringify(b.detection);

interface Props {
  connector: PopupConnector;
  /** What `connector.readFirst()` gave: read before the first paint. */
  first: PopupData;
  t: Translate;
}

/** Shows the detection and settings read for the first paint, keeps both live through the connector, and hands data and actions to the views. */
export function Popup({ connector, first, t }: Props) {
  const [shown, setShown] = useState<DetectionToShow>(first.shown);
  const [effective, setEffective] = useState<EffectiveSettings>(first.settings);
  useEffect(
    () =>
      connector.watch((change) => {
        const next = change.shown;
        if (next) setShown((prev) => (sameShown(prev, next) ? prev : next));
        if (change.settings) setEffective(change.settings);
      }),
    [connector],
  );

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
      errorTime={errorTimeText(detection.timestamp, connector.language, t)}
      now={new Date()}
      language={connector.language}
      t={t}
      copy={connector.copy}
    />
  );
}
