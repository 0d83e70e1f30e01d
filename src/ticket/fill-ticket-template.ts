import type { Detection } from '../detection/detection';
import type { TicketAdvice } from './advice-summary';
import { detailsToCopy, formatDetails, formatIds } from './format-details';
import type { Translate } from '../extension/i18n';
import { PLACEHOLDER_PATTERN, type TicketPlaceholder } from '../settings/settings-spec';
import { ticketTemplateProblem } from '../settings/validate-settings';
import { lookupPack } from '../lookups/lookup-pack';
import { whatIfInputs } from '../lookups/what-if-inputs';

/** Ticket systems answer 414 to very long addresses; details are cut to keep the link under this. */
export const TICKET_URL_MAX_LENGTH = 6000;

/**
 * ServiceNow's encoded queries (`sysparm_query=short_description=…^description=…`) put `^`
 * between conditions and have no way to escape it in a value, so a `^` from the page would start
 * a condition of its own and set another field. In a template that has a `sysparm_query`, values
 * get the look-alike modifier letter circumflex instead (docs/reference/helpdesk-and-policy.md).
 */
const ENCODED_QUERY = /sysparm_query/i;
const QUERY_SEPARATOR = /\^/g;
const SEPARATOR_LOOK_ALIKE = '\u02C6';

/**
 * A path segment the URL parser reads as "this folder" or "the folder above", however its dots
 * are written (WHATWG URL: ".", "..", and "%2e" for either dot), so percent-encoding can't keep
 * a value of ".." from climbing out of the path the template chose.
 */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
const SEGMENT_BREAK = /[/\\]/;
const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERN.source);

/**
 * Where a value fills a whole path segment (`/portal/{appName}/form`) and is only "." or "..",
 * the segment is left empty, as a redacted value would be. Values add no `/`, `\`, `?` or `#`
 * (they are percent-encoded), so the filled link's segments line up with the template's.
 */
function withoutDotSegments(template: string, filled: string): string {
  const pathOf = (url: string) => url.slice(0, url.search(/[?#]|$/));
  const templateSegments = pathOf(template).split(SEGMENT_BREAK);
  const filledPath = pathOf(filled);
  const separators = filledPath.match(/[/\\]/g) ?? [];
  const segments = filledPath.split(SEGMENT_BREAK).map((segment, i) => (DOT_SEGMENT.test(segment) && HAS_PLACEHOLDER.test(templateSegments[i] ?? '') ? '' : segment));
  return segments.map((segment, i) => segment + (separators[i] ?? '')).join('') + filled.slice(filledPath.length);
}

/**
 * Fills a ticket link template with the detection's values, each percent-encoded (twice for
 * `{name:nested}`), and checks the result is still an https URL. Redacted fields are left empty.
 * `{details}` is what "Copy details" copies: with `advice`, the steps tried and not tried follow
 * the fields (a ticket title, where `{summary}` usually goes, is often cut short); `{ids}` is
 * only the code, the IDs and the time; `{lookups}` and `{whatIf}` are what the help view's "For IT"
 * buttons copy (lookup-pack.ts, what-if-inputs.ts). Returns undefined when the template is unusable (it was
 * validated before, but this is the last gate before a link).
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
  const neutral = ENCODED_QUERY.test(template) ? (value: string) => value.replace(QUERY_SEPARATOR, SEPARATOR_LOOK_ALIKE) : (value: string) => value;
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
      ids: formatIds(detection, t),
      lookups: lookupPack(detection, redact),
      whatIf: whatIfInputs(detection, redact),
    };
    const filled = template.replace(PLACEHOLDER_PATTERN, (whole, name: string, modifier: 'json' | 'nested' | undefined) => {
      if (!Object.hasOwn(values, name)) return whole;
      const value = neutral(values[name as TicketPlaceholder]);
      // JSON.stringify escapes quotes, backslashes and line breaks; drop its surrounding quotes.
      if (modifier === 'json') return encodeURIComponent(JSON.stringify(value).slice(1, -1));
      return modifier === 'nested' ? encodeURIComponent(encodeURIComponent(value)) : encodeURIComponent(value);
    });
    return withoutDotSegments(template, filled);
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
