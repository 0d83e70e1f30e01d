import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translate } from '../src/extension/i18n';
import { chooseAdvice } from '../src/knowledge/choose-advice';
import { errorIdentity } from '../src/detection/tried-steps-store';
import { isStepId } from '../src/knowledge/steps';
import { ticketAdvice } from '../src/ticket/advice-summary';
import type { EffectiveSettings } from '../src/settings/settings-store';
import type { SettingKey } from '../src/settings/settings-spec';
import { helpdeskChannels } from '../src/ticket/helpdesk-channels';
import type { DetectionToShow, PopupConnector, PopupData } from './connector';
import { EmptyState } from './EmptyState';
import { errorTimeText } from './error-time';
import { HelpView } from './HelpView';

/** Same detection, same place, same ticks: nothing to draw again. */
const sameShown = (a: DetectionToShow, b: DetectionToShow) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What to show after a change in storage. While the same error stays, the ticks on screen are the
 * truth: a read that crossed the person's latest tick must not undo it. A new error brings its own.
 */
function nextShown(prev: DetectionToShow, next: DetectionToShow): DetectionToShow {
  const sameError = prev.detection && next.detection && prev.detection.tabId === next.detection.tabId && errorIdentity(prev.detection) === errorIdentity(next.detection);
  const shown = sameError ? { ...next, tried: prev.tried } : next;
  return sameShown(prev, shown) ? prev : shown;
}

interface Props {
  connector: PopupConnector;
  /** What `connector.readFirst()` gave: read before the first paint. */
  first: PopupData;
  t: Translate;
}

/** The settings that say who the helpdesk is and how to reach it. */
const HELPDESK_KEYS: readonly SettingKey[] = ['supportName', 'supportEmail', 'supportPhone', 'supportUrl', 'ticketUrlTemplate'];

/** Shows the detection and settings read for the first paint, keeps both live through the connector, and hands data and actions to the views. */
export function Popup({ connector, first, t }: Props) {
  const [shown, setShown] = useState<DetectionToShow>(first.shown);
  const [effective, setEffective] = useState<EffectiveSettings>(first.settings);
  useEffect(
    () =>
      connector.watch((change) => {
        const next = change.shown;
        if (next) setShown((prev) => nextShown(prev, next));
        if (change.settings) setEffective(change.settings);
      }),
    [connector],
  );

  const { detection, fromElsewhere, tried, alsoFound } = shown;
  const { settings } = effective;
  // Worked out once for each detection, settings and ticks: the render after the first paint reuses them.
  const advice = useMemo(() => detection && chooseAdvice(detection, t), [detection, t]);
  const channels = useMemo(
    () => detection && advice && helpdeskChannels(detection, ticketAdvice(advice, new Set(tried)), settings, t),
    [detection, advice, tried, settings, t],
  );
  if (!detection || !advice || !channels) return <EmptyState t={t} explain={connector.explain} />;
  const onTriedChange = (ids: string[]) => {
    const steps = ids.filter(isStepId);
    setShown((prev) => ({ ...prev, tried: steps }));
    // Should storage refuse, the ticks still reach this popup's ticket; only a reopen would miss them.
    connector.saveTried(detection, steps).catch(() => undefined);
  };
  return (
    <HelpView
      detection={detection}
      fromElsewhere={fromElsewhere}
      advice={advice}
      helpdesk={{
        name: settings.supportName || undefined,
        orgMessage: settings.orgMessage || undefined,
        orgAdvice: detection.errorCode ? settings.extraAdvice[detection.errorCode] : undefined,
        channels,
        redact: new Set(settings.redactFields),
        managed: effective.managedKeys.some((key) => HELPDESK_KEYS.includes(key)),
      }}
      errorTime={errorTimeText(detection.timestamp, connector.language, t)}
      now={new Date()}
      language={connector.language}
      t={t}
      copy={connector.copy}
      tried={tried}
      onTriedChange={onTriedChange}
      showFlaggingControl={connector.showFlaggingControl}
      alsoFound={alsoFound}
      choose={connector.choose}
      explain={connector.explain}
    />
  );
}
