import { useState } from 'preact/hooks';
import type { Detection } from '../src/detection/detection';
import { ticketAdvice } from '../src/ticket/advice-summary';
import { detailsToCopy } from '../src/ticket/format-details';
import type { HelpdeskChannel } from '../src/ticket/helpdesk-channels';
import type { Translate } from '../src/extension/i18n';
import type { Advice } from '../src/knowledge/choose-advice';
import { firstSentence } from '../src/ticket/advice-summary';
import { BrandHeader } from './BrandHeader';
import { ContactCard } from './ContactCard';
import { MoreHelp } from './MoreHelp';
import { PasteBox } from './PasteBox';
import type { ExplainAnswer } from '../src/paste/explain-message';
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
  /** True when the organisation's browser policy set these contact details: the person can trust them. */
  managed?: boolean;
}

export interface HelpViewProps {
  detection: Detection;
  fromElsewhere: boolean;
  advice: Advice;
  helpdesk: Helpdesk;
  /** When the error happened, UTC and the person's local time (see error-time.ts). */
  errorTime: string | undefined;
  now: Date;
  language: string;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  /** Ids of the steps ticked as tried, and what to call when the person ticks or unticks one. */
  tried: readonly string[];
  onTriedChange: (tried: string[]) => void;
  showFlaggingControl(tabId: number): void;
  /** The other errors of the same pasted text, and what shows one of them. */
  alsoFound?: Detection[];
  choose(detection: Detection): void;
  explain(text: string): Promise<ExplainAnswer | undefined>;
}


/**
 * The help for one blocked sign-in, in the order a blocked person needs it: what happened in one
 * line; copy the details and contact IT (all within the first 600 px, Chrome's popup height);
 * then, in MoreHelp, try this; what to tell IT and the full details. A pure view of its props.
 */
export function HelpView({ detection, fromElsewhere, advice, helpdesk, errorTime, now, language, t, copy, tried, onTriedChange, showFlaggingControl, alsoFound = [], choose, explain }: HelpViewProps) {
  const [announcement, setAnnouncement] = useState('');
  const seen = new Date(detection.capturedAt);
  // A pasted error may be old: the logs' retention counts from the error's own time.
  const retention = logRetentionWarning(detection.source && detection.timestamp ? new Date(detection.timestamp) : seen, now, t);
  const copyProps = { copy, announce: setAnnouncement };
  const org = helpdesk.name || t('yourItTeam');
  const cause = firstSentence(advice.whatHappened);
  const moreAboutCause = advice.whatHappened.slice(cause.length).trim();
  // The private-window step says it already, and says what to do.
  const fromAppAddress = detection.source === 'address' && detection.appOrigin;
  const privateNote = detection.privateWindow && !advice.steps.some((step) => step.id === 'normal_window');

  return (
    <main class="help">
      <BrandHeader t={t} />
      {/* An error read from an app's address was seen on the app's page, not on Microsoft's: that page is named, and not called "this page". */}
      {fromElsewhere && <p class="where">{t('seenElsewhere', [timeAgo(seen, now, language, t), fromAppAddress ? fromAppAddress.split('//')[1] : detection.host])}</p>}
      {detection.source && !(fromElsewhere && fromAppAddress) && (
        <p class="where">
          {t(detection.source === 'paste' ? 'fromPaste' : 'fromAddress')}
          {detection.pasteCut && ` ${t('pasteCut')}`}
        </p>
      )}
      <h1>{advice.title}</h1>
      {alsoFound.length > 0 && (
        <nav class="also" aria-label={t('alsoInText')}>
          {t('alsoInText')}:{' '}
          {alsoFound.map((other) => (
            <button type="button" class="link" key={`${other.errorCode}/${other.requestId}`} onClick={() => choose(other)}>
              AADSTS{other.errorCode}
              {other.tenant && ` (${other.tenant})`}
            </button>
          ))}
        </nav>
      )}
      <p class="cause">{cause}</p>
      <ContactCard
        detection={detection}
        copyText={() => detailsToCopy(detection, ticketAdvice(advice, new Set(tried)), t, helpdesk.redact)}
        helpdeskName={helpdesk.name}
        channels={helpdesk.channels}
        time={errorTime}
        retention={retention}
        announcement={announcement}
        t={t}
        {...copyProps}
      />
      {helpdesk.managed && <p class="managed">{t('managedByOrg')}</p>}
      {helpdesk.orgMessage && (
        <aside class="org-message" aria-label={t('orgMessageHeading', org)}>
          <p class="org-from">{t('orgMessageHeading', org)}</p>
          <p>{helpdesk.orgMessage}</p>
        </aside>
      )}

      <MoreHelp
        detection={detection}
        advice={advice}
        helpdesk={helpdesk}
        org={org}
        moreAboutCause={moreAboutCause}
        privateNote={privateNote}
        t={t}
        tried={tried}
        onTriedChange={onTriedChange}
        showFlaggingControl={showFlaggingControl}
        {...copyProps}
      />
      <details class="paste-more">
        <summary>{t('pasteHeading')}</summary>
        <PasteBox explain={explain} t={t} />
      </details>
    </main>
  );
}
