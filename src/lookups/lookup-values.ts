import type { Detection } from '../detection/detection';
import { GUID } from '../page/detail-formats';

/** What may enter a query: whole-value matches only, so no quote, `$`, backtick or line break can. */
export const WHOLE_GUID = new RegExp(`^${GUID.source}$`, 'i');
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,7})?Z$/;
/** A user principal name as Entra issues them (letters, digits and `. _ - +` before the @): never a quote. */
const CODE = /^\d{1,9}$/;
const UPN = /^[\w.+-]{1,64}@(?:[a-z\d-]{1,63}\.)+[a-z]{2,63}$/i;

export interface LookupValues {
  requestId?: string;
  correlationId?: string;
  /** The error's time, ISO UTC. */
  at?: string;
  /** When the person enabled Microsoft's flagging, ISO UTC. */
  flaggedAt?: string;
  upn?: string;
  /** The AADSTS code, digits only. */
  code?: string;
}

const valid = (pattern: RegExp, value: string | undefined) => (value && pattern.test(value) ? value : undefined);

/** An ISO UTC time moved by `minutes`, ISO again (Date's own output: the same shape, no page text). */
export const shifted = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/**
 * The detection's values that queries may hold, checked again here whatever checked them before:
 * the lookups paste into shells and query editors. A value that fails is left out; the account
 * only when the organisation doesn't redact it.
 */
export function lookupValues(detection: Detection, redact: ReadonlySet<string>): LookupValues {
  const time = (value: string | undefined) => (valid(ISO_UTC, value) && !Number.isNaN(Date.parse(value as string)) ? value : undefined);
  return {
    requestId: valid(WHOLE_GUID, detection.requestId)?.toLowerCase(),
    correlationId: valid(WHOLE_GUID, detection.correlationId)?.toLowerCase(),
    at: time(detection.timestamp),
    flaggedAt: time(detection.flaggedForReviewAt),
    code: valid(CODE, detection.errorCode),
    upn: redact.has('account') ? undefined : valid(UPN, detection.account),
  };
}
