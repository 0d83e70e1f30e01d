import type { Detection } from '../detection/detection';
import type { Translate } from '../extension/i18n';
import { type TicketAdvice, headlineLine, sectionLines, stepSections } from './advice-summary';
import { shortestLookups } from '../lookups/lookup-pack';
import { NEVER_REDACTED, detailLineText, detailLines } from './format-details';

/** Mail clients cut longer links (RFC 6068 sets no limit; Outlook and others stop near 2,000). */
export const MAILTO_MAX_LENGTH = 2000;

export interface TicketText {
  subject: string;
  body: string;
}

export interface TicketInput {
  detection: Detection;
  /** The block in plain words, and the steps suggested, tried or not (advice-summary.ts). */
  advice?: TicketAdvice;
  redact?: ReadonlySet<string>;
}

/**
 * Without an app name the subject ends in a space, which is trimmed: no language needs the app
 * glued to the code. A redacted app name is left out here too, as everywhere else.
 */
export function ticketSubject(detection: Detection, t: Translate, redact: ReadonlySet<string>): string {
  const app = detection.appName && !redact.has('appName') ? `(${detection.appName})` : '';
  return t('ticketSubject', [`AADSTS${detection.errorCode ?? ''}`, app]).trim();
}

/**
 * What a line of the body is, for shortening: the parts that may go, least needed first. The
 * message is long and repeats the code; the prompt for the person's words is only a prompt; the
 * other details are in the sign-in log entry the IDs lead to: its app, IP address and device
 * detail (browser, operating system, managed, compliant, join type), per Microsoft Graph's
 * signIn resource (https://learn.microsoft.com/en-us/graph/api/resources/signin);
 * what was tried is known only from here. The Graph lookups the e-mail has room for, after the
 * IDs (and the flagged sign-ins once flagging is on), outlast the other details: it is the agent's next step, prefilled (lookup-pack.ts). The
 * greeting, the block and the IDs always stay.
 */
const DROPPED_FIRST = ['message', 'yourWords', 'notTried', 'detail', 'lookup', 'tried'] as const;
type BodyPart = (typeof DROPPED_FIRST)[number] | 'kept';

/** The IDs, and whether the person's retry was flagged for review: what the agent searches by. */
const KEPT_DETAILS: ReadonlySet<string> = new Set([...NEVER_REDACTED, 'flaggedForReview']);

interface BodyLine {
  text: string;
  part: BodyPart;
}

function bodyLines({ detection, advice, redact }: TicketInput, t: Translate): BodyLine[] {
  const kept = (text: string): BodyLine => ({ text, part: 'kept' });
  const details = detailLines(detection, t, redact).map(
    (line): BodyLine => ({ text: detailLineText(line), part: KEPT_DETAILS.has(line.field) ? 'kept' : line.field === 'message' ? 'message' : 'detail' }),
  );
  const steps = advice ? stepSections(advice, t, redact ?? new Set()).flatMap((section) => sectionLines(section).map((text): BodyLine => ({ text, part: section.kind }))) : [];
  return [
    kept(t('ticketIntro')),
    kept(advice ? headlineLine(advice) : ''),
    kept(''),
    ...details,
    kept(''),
    ...shortestLookups(detection, redact ?? new Set()).map((text): BodyLine => ({ text, part: 'lookup' })),
    kept(''),
    ...steps,
    kept(''),
    { text: t('ticketYourWords'), part: 'yourWords' as const },
    kept(''),
  ];
}

/** Blank lines separate parts; where a part is empty or was dropped, one is enough. */
const joined = (lines: BodyLine[]) =>
  lines
    .map((line) => line.text)
    .filter((text, i, all) => !(text === '' && all[i - 1] === ''))
    .join('\n');

export function ticketText(input: TicketInput, t: Translate): TicketText {
  return { subject: ticketSubject(input.detection, t, input.redact ?? new Set()), body: joined(bodyLines(input, t)) };
}

/** RFC 6068: percent-encode everything, and line breaks as CRLF. */
function encodeMailtoPart(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/**
 * A `mailto:` link with the ticket prefilled, under MAILTO_MAX_LENGTH. When too long, lines go
 * one at a time from the end of the least needed part (DROPPED_FIRST); a step heading goes with
 * its last step. Should the kept lines alone still be too long, the body is cut at a line break.
 */
export function buildMailto(recipient: string, input: TicketInput, t: Translate): string {
  const subject = ticketSubject(input.detection, t, input.redact ?? new Set());
  const make = (body: string) => `mailto:${encodeURIComponent(recipient).replace(/%40/g, '@')}?subject=${encodeMailtoPart(subject)}&body=${encodeMailtoPart(body)}`;
  let lines = bodyLines(input, t);
  let link = make(joined(lines));
  for (const part of DROPPED_FIRST) {
    while (link.length > MAILTO_MAX_LENGTH && lines.some((line) => line.part === part)) {
      const last = lines.findLastIndex((line) => line.part === part);
      lines = lines.filter((_, i) => i !== last);
      const left = lines.filter((line) => line.part === part);
      if ((part === 'tried' || part === 'notTried') && left.length === 1) lines = lines.filter((line) => line !== left[0]);
      link = make(joined(lines));
    }
  }
  const texts = joined(lines).split('\n');
  while (link.length > MAILTO_MAX_LENGTH && texts.length > 1) {
    texts.pop();
    link = make(texts.join('\n'));
  }
  return link;
}
