import { MICROSOFT_LABELS } from '../page/error-details';
import type { Detection } from '../detection/detection';
import type { KeyPart, Translate } from '../extension/i18n';
import { type TicketAdvice, triedStepsLines } from './advice-summary';

/** A field of the details list: each has its name in the person's language (`field_<name>`). */
export type DetailLineField = KeyPart<'field_'>;

export interface DetailLine {
  field: DetailLineField;
  /** Microsoft's own English field name, as the page and the admin tools print it. */
  label: string;
  /** The same name in the person's language (equal to `label` in English). */
  localLabel: string;
  value: string;
}

/** What a ticket is for: these are never left out, whatever the redaction list says. */
export const NEVER_REDACTED = new Set(['errorCode', 'requestId', 'correlationId', 'timestamp']);

/**
 * The details in Microsoft's order and with Microsoft's English field names ("Request Id: …"),
 * which admins search the sign-in logs by, then the signed-in account, then what the extension
 * knows about the browser.
 */
export function detailLines(detection: Detection, t: Translate, redact: ReadonlySet<string> = new Set()): DetailLine[] {
  const lines: DetailLine[] = [];
  const add = (field: DetailLineField, label: string, value: string | undefined) => {
    if (!value || (redact.has(field) && !NEVER_REDACTED.has(field))) return;
    lines.push({ field, label, localLabel: t(`field_${field}`), value });
  };
  for (const [field, label] of MICROSOFT_LABELS) {
    const value = detection[field];
    add(field, label, field === 'timestamp' && detection.timestampSource === 'capture' ? `${value} ${t('timestampIsCaptureTime')}` : value);
  }
  // The sign-in logs' own field and value, so the agent filters by it; when the 20 minutes began, in UTC as the logs are.
  add('flaggedForReview', 'Flagged for review', detection.flaggedForReviewAt && `yes, at ${detection.flaggedForReviewAt.slice(11, 16)} UTC`);
  // Not a panel field: the page shows it above the title. The sign-in logs' "User" filter takes it.
  add('account', 'Account', detection.account);
  // From pasted text only: the tenant the tool named, the policies its claims challenge named.
  add('tenant', 'Tenant', detection.tenant);
  add('policyIds', 'Conditional Access policy ids', detection.policyIds?.join(', '));
  const browser = [detection.browser, detection.browserVersion].filter(Boolean).join(' ');
  // Pasted text may come from any app or device: this browser is not where it happened.
  if (detection.source !== 'paste') add('browser', 'Browser', detection.privateWindow ? `${browser} ${t('inPrivateWindow')}` : browser);
  add('os', 'Operating system', detection.os);
  if (detection.source) add('source', 'Details from', detection.source === 'paste' ? 'pasted text' : `the address of ${detection.appOrigin}`);
  else add('host', 'Sign-in host', `${detection.host} (${detection.cloud})`);
  add('branding', 'Note on sign-in page', detection.branding);
  return lines;
}

/** One "Label: value" line. Outside English the translated name follows Microsoft's: "Request Id (Anforderungs-ID): …". */
export function detailLineText({ label, localLabel, value }: DetailLine): string {
  return `${label}${localLabel && localLabel !== label ? ` (${localLabel})` : ''}: ${value}`;
}

/** Plain text for the clipboard and tickets: one "Label: value" line each. */
export function formatDetails(detection: Detection, t: Translate, redact?: ReadonlySet<string>): string {
  return detailLines(detection, t, redact).map(detailLineText).join('\n');
}

/**
 * Only what the sign-in logs are searched by: the code, Request Id, Correlation Id and time, as
 * `{ids}` fills a ticket link. A GET link stays in the browser's history and the ticket system's
 * logs; this keeps the IP address, device and page text out of both.
 */
export function formatIds(detection: Detection, t: Translate): string {
  return detailLines(detection, t)
    .filter((line) => NEVER_REDACTED.has(line.field))
    .map(detailLineText)
    .join('\n');
}

/**
 * What "Copy details" puts on the clipboard: the details, then which steps were tried and which
 * were not. The copy is what reaches IT when the person's mail is behind the same block and they
 * paste it into a chat or a phone: the agent then need not ask for steps already done.
 */
export function detailsToCopy(detection: Detection, advice: TicketAdvice, t: Translate, redact: ReadonlySet<string> = new Set()): string {
  const steps = triedStepsLines(advice, t, redact);
  return [formatDetails(detection, t, redact), ...(steps.length > 0 ? ['', ...steps] : [])].join('\n');
}
