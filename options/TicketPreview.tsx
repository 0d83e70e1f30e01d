import { chooseAdvice } from '../src/knowledge/choose-advice';
import { adviceSummaryForTicket, ticketAdvice } from '../src/ticket/advice-summary';
import { buildMailto, ticketText, type TicketInput } from '../src/ticket/build-ticket';
import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import { fillTicketTemplate } from '../src/ticket/fill-ticket-template';
import type { Settings } from '../src/settings/settings-spec';
import { REDACT_LABEL_KEYS } from './redact-labels';

interface Props {
  /** The settings as they would apply: usable form values over the defaults, policy values on top. */
  settings: Settings;
  detection: Detection;
  /** A template is typed but can't be used yet (its error shows in the form). */
  templateRefused?: boolean;
  t: Translate;
}

/** A link shown with its whole address, so admins see exactly what people will open. Text only. */
function FullLink({ href, t }: { href: string; t: Translate }) {
  return (
    <>
      <a href={href} target="_blank" rel="noreferrer" class="url mono">
        {href}
      </a>
      <span class="hint length">{t('optionsPreviewLength', String(href.length))}</span>
    </>
  );
}

/**
 * The ticket a person would send for the sample block, built by the same code the popup uses: the
 * popup's own advice for it, with its first step ticked as tried, so both step lists show.
 */
export function TicketPreview({ settings, detection, templateRefused, t }: Props) {
  const redact = new Set<string>(settings.redactFields);
  const advice = chooseAdvice(detection, t);
  const forTicket = ticketAdvice(advice, new Set(advice.steps.slice(0, 1).map((step) => step.id)));
  const summary = adviceSummaryForTicket(forTicket, t, redact);
  const input: TicketInput = { detection, advice: forTicket, redact };
  const { subject, body } = ticketText(input, t);
  const mailto = buildMailto(settings.supportEmail, input, t);
  const ticketLink = settings.ticketUrlTemplate ? fillTicketTemplate(settings.ticketUrlTemplate, detection, summary, redact, t, forTicket) : undefined;
  const leftOut = settings.redactFields.map((field) => t(REDACT_LABEL_KEYS[field]));

  return (
    <section class="card preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('optionsPreviewHeading')}</h2>
      <p class="hint">{t('optionsPreviewIntro')}</p>
      {leftOut.length > 0 && <p class="note">{t('optionsPreviewLeftOut', leftOut.join(', '))}</p>}
      <dl class="ticket">
        <dt>{t('optionsPreviewTo')}</dt>
        <dd data-part="to">{settings.supportEmail || <span class="hint">{t('optionsPreviewNoRecipient')}</span>}</dd>
        <dt>{t('optionsPreviewSubject')}</dt>
        <dd data-part="subject">{subject}</dd>
        <dt>{t('optionsPreviewBody')}</dt>
        <dd data-part="body">
          <pre class="body">{body}</pre>
        </dd>
        <dt>{t('optionsPreviewEmailLink')}</dt>
        <dd data-part="mailto">
          <FullLink href={mailto} t={t} />
        </dd>
        <dt>{t('optionsPreviewTicketLink')}</dt>
        <dd data-part="ticket">
          {ticketLink ? (
            <FullLink href={ticketLink} t={t} />
          ) : (
            <span class="hint">{settings.ticketUrlTemplate || templateRefused ? t('optionsPreviewTicketUnusable') : t('optionsPreviewNoTicket')}</span>
          )}
        </dd>
        {settings.supportUrl && (
          <>
            <dt>{t('optionsPreviewPortal')}</dt>
            <dd data-part="portal">
              <a href={settings.supportUrl} target="_blank" rel="noreferrer" class="url mono">
                {settings.supportUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
