import { type TicketAdvice, adviceSummaryForTicket } from './advice-summary';
import { buildMailto } from './build-ticket';
import type { Detection } from '../detection/detection';
import type { Translate } from '../extension/i18n';
import { fillTicketTemplate } from './fill-ticket-template';
import type { Settings } from '../settings/settings-spec';

export interface HelpdeskChannel {
  kind: 'ticket' | 'email' | 'phone' | 'portal';
  href: string;
  /** The visible text of the link. */
  label: string;
  /** A second line, e.g. the address or number itself. */
  detail?: string;
}

/**
 * How this person can reach their helpdesk, best first: the organisation's ticket system, e-mail,
 * phone, portal. Every link carries the details (except redacted fields) and which suggested steps
 * were tried; with no settings at all, a prefilled e-mail without a recipient is still offered.
 */
export function helpdeskChannels(detection: Detection, advice: TicketAdvice, settings: Settings, t: Translate): HelpdeskChannel[] {
  const redact = new Set<string>(settings.redactFields);
  const channels: HelpdeskChannel[] = [];
  const ticket = fillTicketTemplate(settings.ticketUrlTemplate, detection, adviceSummaryForTicket(advice, t), redact, t, advice);
  if (ticket) channels.push({ kind: 'ticket', href: ticket, label: t('channelTicket') });
  channels.push({
    kind: 'email',
    href: buildMailto(settings.supportEmail, { detection, advice, redact }, t),
    label: t('emailTicket'),
    detail: settings.supportEmail || undefined,
  });
  if (settings.supportPhone) {
    channels.push({ kind: 'phone', href: `tel:${settings.supportPhone.replace(/[^\d+]/g, '')}`, label: t('channelPhone'), detail: settings.supportPhone });
  }
  if (settings.supportUrl) channels.push({ kind: 'portal', href: settings.supportUrl, label: t('channelPortal'), detail: new URL(settings.supportUrl).host });
  return channels;
}
