import type { Detection } from '../detection/detection';
import type { TicketAdvice } from './advice-summary';
import { detailsToCopy, formatDetails } from './format-details';
import type { Translate } from '../extension/i18n';
import { PLACEHOLDER_PATTERN, type TicketPlaceholder } from '../settings/settings-spec';
import { ticketTemplateProblem } from '../settings/validate-settings';

/** Ticket systems answer 414 to very long addresses; details are cut to keep the link under this. */
export const TICKET_URL_MAX_LENGTH = 6000;

/**
 * Fills a ticket link template with the detection's values, each percent-encoded, and checks the
 * result is still an https URL. Redacted fields are left empty. `{details}` is what "Copy details"
 * copies: with `advice`, the steps tried and not tried follow the fields (a ticket title, where
 * `{summary}` usually goes, is often cut short). Returns undefined when the template is unusable
 * (it was validated before, but this is the last gate before a link).
 */
export function fillTicketTemplate(
  template: string,
  detection: Detection,
  summary: string,
  redact: ReadonlySet<string>,
  t: Translate,
  advice?: TicketAdvice,
): string | undefined {
  if (!template || ticketTemplateProblem(template)) return undefined;
  const keep = (field: string, value: string | undefined) => (redact.has(field) ? '' : (value ?? ''));
  const fill = (details: string) => {
    const values: Record<TicketPlaceholder, string> = {
      code: detection.errorCode ?? '',
      requestId: detection.requestId ?? '',
      correlationId: detection.correlationId ?? '',
      timestamp: detection.timestamp ?? '',
      appName: keep('appName', detection.appName),
      appId: keep('appId', detection.appId),
      devicePlatform: keep('devicePlatform', detection.devicePlatform),
      deviceState: keep('deviceState', detection.deviceState),
      summary,
      details,
    };
    return template.replace(PLACEHOLDER_PATTERN, (whole, name: string, json: string | undefined) => {
      if (!Object.hasOwn(values, name)) return whole;
      const value = values[name as TicketPlaceholder];
      // JSON.stringify escapes quotes, backslashes and line breaks; drop its surrounding quotes.
      return encodeURIComponent(json ? JSON.stringify(value).slice(1, -1) : value);
    });
  };
  let details = advice ? detailsToCopy(detection, advice, t, redact) : formatDetails(detection, t, redact);
  let url = fill(details);
  while (url.length > TICKET_URL_MAX_LENGTH && details.includes('\n')) {
    details = details.slice(0, details.lastIndexOf('\n'));
    url = fill(details);
  }
  try {
    // The last gate: filled in, the link must still go to the template's own https origin.
    const expectedOrigin = new URL(template.replace(PLACEHOLDER_PATTERN, 'x')).origin;
    const filled = new URL(url);
    return filled.protocol === 'https:' && filled.origin === expectedOrigin ? url : undefined;
  } catch {
    return undefined;
  }
}
