import { useState } from 'preact/hooks';
import type { Detection } from '../src/detection/detection';
import { ticketAdvice } from '../src/ticket/advice-summary';
import { detailsToCopy } from '../src/ticket/format-details';
import type { HelpdeskChannel } from '../src/ticket/helpdesk-channels';
import type { Translate } from '../src/extension/i18n';
import type { Advice } from '../src/knowledge/choose-advice';
import { CopyButton } from './CopyButton';
import { BrandHeader } from './BrandHeader';
import { DetailsList } from './DetailsList';
import { StepChecklist } from './StepChecklist';
import { logRetentionWarning } from './log-retention';
import { timeAgo } from './time-ago';

/** What the organisation configured, already validated and filled in for this detection. */
export interface Helpdesk {
  name?: string;
  orgMessage?: string;
  /** The organisation's own advice for this error code. */
  orgAdvice?: string;
  channels: HelpdeskChannel[];
  redact: ReadonlySet<string>;
}

export interface HelpViewProps {
  detection: Detection;
  fromElsewhere: boolean;
  advice: Advice;
  helpdesk: Helpdesk;
  now: Date;
  language: string;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  /** Ids of the steps ticked as tried, and what to call when the person ticks or unticks one. */
  tried: readonly string[];
  onTriedChange: (tried: string[]) => void;
}

/** The help for one blocked sign-in: what happened, try this, still blocked? contact IT. A pure view of its props. */
export function HelpView({ detection, fromElsewhere, advice, helpdesk, now, language, t, copy, tried, onTriedChange }: HelpViewProps) {
  const [announcement, setAnnouncement] = useState('');
  const seen = new Date(detection.capturedAt);
  const ago = timeAgo(seen, now, language, t);
  const retention = logRetentionWarning(seen, now, t);
  const copyProps = { copy, announce: setAnnouncement };
  const org = helpdesk.name || t('yourItTeam');

  return (
    <main class="help">
      <BrandHeader t={t} />
      <p class="where">{fromElsewhere ? t('seenElsewhere', [ago, detection.host]) : t('seenHere', [ago])}</p>
      <h1>{advice.title}</h1>
      <p>{advice.whatHappened}</p>
      <p class={`who who-${advice.whoCanFix}`}>{advice.whoCanFixText}</p>
      {detection.privateWindow && <p class="note">{t('privateWindowNote')}</p>}
      {helpdesk.orgMessage && (
        <aside class="org-message" aria-label={t('orgMessageHeading', org)}>
          <p class="org-from">{t('orgMessageHeading', org)}</p>
          <p>{helpdesk.orgMessage}</p>
        </aside>
      )}

      <section aria-labelledby="try-heading" class="card">
        <h2 id="try-heading">{t('tryThisHeading')}</h2>
        {helpdesk.orgAdvice && (
          <p class="org-advice">
            <span class="org-from">{t('orgStepsNote', org)}</span> {helpdesk.orgAdvice}
          </p>
        )}
        {advice.nothingYouCanDo ? (
          <p>{advice.nothingYouCanDoText}</p>
        ) : (
          <StepChecklist steps={advice.steps} tried={tried} onChange={onTriedChange} t={t} />
        )}
        {advice.lookupUrl && (
          <p>
            <a href={advice.lookupUrl} target="_blank" rel="noreferrer">
              {t('lookupCode', advice.code ?? '')}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="contact-heading" class="card">
        <h2 id="contact-heading">{helpdesk.name ? t('contactHeadingNamed', helpdesk.name) : t('contactHeading')}</h2>
        <p class="tell-label">{t('tellItLabel')}</p>
        <blockquote class="tell-it">{advice.tellIt}</blockquote>
        {retention && <p class="warning">{retention}</p>}
        <div class="actions">
          <CopyButton
            className="button primary"
            text={detailsToCopy(detection, ticketAdvice(advice, new Set(tried)), t, helpdesk.redact)}
            label={t('copyDetails')}
            doneMessage={t('copiedDetails')}
            failedMessage={t('copyFailed')}
            {...copyProps}
          />
        </div>
        <ul class="channels">
          {helpdesk.channels.map((channel) => (
            <li key={channel.kind} data-channel={channel.kind}>
              <a class="button" href={channel.href} target={channel.kind === 'phone' ? undefined : '_blank'} rel="noreferrer">
                {channel.label}
              </a>
              {channel.detail && <span class="channel-detail">{channel.detail}</span>}
            </li>
          ))}
        </ul>
        {advice.flaggingHelps && (
          <details class="flagging">
            <summary>{t('flaggingSummary')}</summary>
            <p>{t('flaggingExplained')}</p>
          </details>
        )}
        <h3>{t('detailsHeading')}</h3>
        <DetailsList detection={detection} redact={helpdesk.redact} t={t} {...copyProps} />
      </section>

      {advice.source && (
        <p class="source">
          <a href={advice.source.url} target="_blank" rel="noreferrer">
            {t('sourceLink', advice.source.title)}
          </a>
        </p>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
