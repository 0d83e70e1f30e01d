import { type TicketAdvice, adviceSummaryForTicket } from './advice-summary';
import { buildMailto } from './build-ticket';
import type { Detection } from '../detection/detection';
import type { Translate } from '../extension/i18n';
import { fillTicketTemplate } from './fill-ticket-template';
import { phoneInPageNote } from './page-help-line';
import { isolated } from '../text/isolate';
import type { Settings } from '../settings/settings-spec';

export interface HelpdeskChannel {
  kind: 'ticket' | 'email' | 'phone' | 'portal';
  href: string;
  /** The visible text of the link. */
  label: string;
  /** A second line, e.g. the address or number itself, or where the number came from. */
  detail?: string;
}

/** The policy's number, else the one in the organisation's note on the sign-in page (each isolated in its sentence: src/text/isolate.ts). */
function phoneChannel(detection: Detection, settings: Settings, t: Translate): HelpdeskChannel | undefined {
  if (settings.supportPhone) {
    return { kind: 'phone', href: `tel:${settings.supportPhone.replace(/[^\d+]/g, '')}`, label: t('channelPhone'), detail: settings.supportPhone };
  }
  const fromPage = phoneInPageNote(detection.branding);
  if (!fromPage || !detection.branding) return undefined;
  return { kind: 'phone', href: fromPage.href, label: t('channelPagePhone', isolated(fromPage.shown)), detail: t('pagePhoneSource', isolated(detection.branding)) };
}

/**
 * How this person can reach their helpdesk, best first. A phone comes first: the person is
 * blocked from signing in, and their mail, chat and ticket portal may sit behind the same rule.
 * Then the organisation's ticket system, e-mail and portal. Every link carries the details (except
 * redacted fields) and which suggested steps were tried. With no helpdesk address, the e-mail is
 * offered for what it is: a message already written, which the person still has to address.
 */
export function helpdeskChannels(detection: Detection, advice: TicketAdvice, settings: Settings, t: Translate): HelpdeskChannel[] {
  const redact = new Set<string>(settings.redactFields);
  const channels: HelpdeskChannel[] = [];
  const phone = phoneChannel(detection, settings, t);
  if (phone) channels.push(phone);
  const ticket = fillTicketTemplate(settings.ticketUrlTemplate, detection, adviceSummaryForTicket(advice, t, redact), redact, t, advice);
  if (ticket) channels.push({ kind: 'ticket', href: ticket, label: t('channelTicket') });
  const mailto = buildMailto(settings.supportEmail, { detection, advice, redact }, t);
  channels.push(
    settings.supportEmail
      ? { kind: 'email', href: mailto, label: t('emailTicket'), detail: settings.supportEmail }
      : { kind: 'email', href: mailto, label: t('emailDraft'), detail: t('emailDraftNoRecipient') },
  );
  if (settings.supportUrl) channels.push({ kind: 'portal', href: settings.supportUrl, label: t('channelPortal'), detail: new URL(settings.supportUrl).host });
  return channels;
}
