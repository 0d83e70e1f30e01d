import { MICROSOFT_LABELS, type Detection } from './error-details';

export interface DetailLine {
  /** Microsoft's own field name, as the page and the admin tools print it. */
  label: string;
  value: string;
  field: string;
}

/**
 * The details in Microsoft's order and with Microsoft's field names ("Request Id: …"), the format
 * admins paste into the sign-in logs search, followed by what the extension knows about the
 * browser. These lines are deliberately not translated: helpdesks search by the English names.
 */
/** What a ticket is for: these are never left out, whatever the redaction list says. */
const NEVER_REDACTED = new Set(['errorCode', 'requestId', 'correlationId', 'timestamp']);

export function detailLines(detection: Detection, redact: ReadonlySet<string> = new Set()): DetailLine[] {
  const lines: DetailLine[] = [];
  for (const [field, label] of MICROSOFT_LABELS) {
    const value = detection[field];
    if (!value || (redact.has(field) && !NEVER_REDACTED.has(field))) continue;
    const shown = field === 'timestamp' && detection.timestampSource === 'capture' ? `${value} (capture time; the page showed none)` : value;
    lines.push({ field, label, value: shown });
  }
  const browser = [detection.browser, detection.browserVersion].filter(Boolean).join(' ');
  if (!redact.has('browser')) lines.push({ field: 'browser', label: 'Browser', value: `${browser}${detection.privateWindow ? ' (private window)' : ''}` });
  if (!redact.has('os')) lines.push({ field: 'os', label: 'Operating system', value: detection.os });
  lines.push({ field: 'host', label: 'Sign-in host', value: `${detection.host} (${detection.cloud})` });
  if (detection.branding && !redact.has('branding')) lines.push({ field: 'branding', label: 'Organization note on page', value: detection.branding });
  return lines;
}

/** Plain text for the clipboard: one "Label: value" line each. */
export function formatDetails(detection: Detection, redact?: ReadonlySet<string>): string {
  return detailLines(detection, redact)
    .map(({ label, value }) => `${label}: ${value}`)
    .join('\n');
}
