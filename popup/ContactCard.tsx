import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import type { HelpdeskChannel } from '../src/ticket/helpdesk-channels';
import { CopyButton } from './CopyButton';
import { KeyIds } from './KeyIds';

interface Props {
  detection: Detection;
  /** What "Copy details" copies: the details and which steps were tried, as the ticket has them; made on the click, not for the first paint. */
  copyText: () => string;
  helpdeskName: string | undefined;
  channels: HelpdeskChannel[];
  /** The error's time, UTC and local. */
  time: string | undefined;
  /** "Report this soon": the sign-in logs are kept for a short time only. */
  retention: string | undefined;
  /** The last copy's outcome, shown and announced. */
  announcement: string;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
}

/**
 * The person's next action, first in view: copy the details, then call or write to IT (a phone
 * first where one is known), with the IDs the helpdesk will ask for.
 */
export function ContactCard({ detection, copyText, helpdeskName, channels, time, retention, announcement, t, copy, announce }: Props) {
  return (
    <section aria-labelledby="contact-heading" class="card contact">
      <h2 id="contact-heading">{helpdeskName ? t('contactHeadingNamed', helpdeskName) : t('contactHeading')}</h2>
      <div class="actions">
        <CopyButton
          className="button primary"
          text={copyText}
          label={t('copyDetails')}
          doneLabel={t('copiedLabel')}
          doneMessage={t('copiedDetails')}
          failedMessage={t('copyFailed')}
          copy={copy}
          announce={announce}
        />
      </div>
      {/* Visible, not only for screen readers: the person sees the copy worked. */}
      <p class="copy-status" role="status" aria-live="polite">
        {announcement}
      </p>
      <ul class="channels">
        {channels.map((channel) => (
          <li key={channel.kind} data-channel={channel.kind}>
            <a class="button" href={channel.href} target={channel.kind === 'phone' ? undefined : '_blank'} rel="noreferrer">
              {channel.label}
            </a>
            {channel.detail && <span class="channel-detail">{channel.detail}</span>}
          </li>
        ))}
      </ul>
      {retention && <p class="warning">{retention}</p>}
      <KeyIds detection={detection} time={time} t={t} copy={copy} announce={announce} />
    </section>
  );
}
