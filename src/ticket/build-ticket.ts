import type { Detection } from '../detection/detection';
import { formatDetails } from './format-details';
import type { Translate } from '../extension/i18n';

/** Mail clients cut longer links (RFC 6068 sets no limit; Outlook and others stop near 2,000). */
export const MAILTO_MAX_LENGTH = 2000;

export interface TicketText {
  subject: string;
  body: string;
}

export interface TicketInput {
  detection: Detection;
  /** One line naming the block in plain words and the steps already suggested. */
  adviceSummary?: string;
  redact?: ReadonlySet<string>;
}

/** Without an app name the subject ends in a space, which is trimmed: no language needs the app glued to the code. */
export function ticketSubject(detection: Detection, t: Translate): string {
  const app = detection.appName ? `(${detection.appName})` : '';
  return t('ticketSubject', [`AADSTS${detection.errorCode ?? ''}`, app]).trim();
}

export function ticketText({ detection, adviceSummary, redact }: TicketInput, t: Translate): TicketText {
  const body = [
    t('ticketIntro'),
    adviceSummary ?? '',
    '',
    formatDetails(detection, t, redact),
    '',
    t('ticketYourWords'),
    '',
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
  return { subject: ticketSubject(detection, t), body };
}

/** RFC 6068: percent-encode everything, and line breaks as CRLF. */
function encodeMailtoPart(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/**
 * A `mailto:` link with the ticket prefilled, under MAILTO_MAX_LENGTH. When too long, the
 * message line goes first (the IDs matter more), then the body is cut at a line break.
 */
export function buildMailto(recipient: string, input: TicketInput, t: Translate): string {
  const make = (ticket: TicketText) =>
    `mailto:${encodeURIComponent(recipient).replace(/%40/g, '@')}?subject=${encodeMailtoPart(ticket.subject)}&body=${encodeMailtoPart(ticket.body)}`;
  let ticket = ticketText(input, t);
  let link = make(ticket);
  if (link.length > MAILTO_MAX_LENGTH && input.detection.message) {
    ticket = ticketText({ ...input, detection: { ...input.detection, message: undefined } }, t);
    link = make(ticket);
  }
  const lines = ticket.body.split('\n');
  while (link.length > MAILTO_MAX_LENGTH && lines.length > 1) {
    lines.pop();
    link = make({ ...ticket, body: lines.join('\n') });
  }
  return link;
}
