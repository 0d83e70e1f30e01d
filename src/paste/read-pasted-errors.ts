import type { ErrorDetails } from '../page/error-details';
import { GUID, TEXT_CAPS, cleanText } from '../page/detail-formats';
import { parseErrorPage } from '../page/parse-error-page';
import { isSignInHost, type SignInHost } from '../page/signin-hosts';
import { PASTE_LIMIT } from './explain-message';
import { oauthErrorText } from './oauth-error-params';

/** One output holds one error per tenant; more than this is not a paste about one problem. */
const MAX_ERRORS = 10;

/** One sign-in error found in pasted text. */
export interface PastedError extends ErrorDetails {
  /** The tenant the text names for this error (the CLI prints one line per tenant): id and name, or a name. */
  tenant?: string;
  /** Conditional Access policy ids of a claims challenge (`capolids`), lower-case GUIDs. */
  policyIds?: string[];
  /** The sign-in host of `error_uri`, which says the cloud, when it is one of Microsoft's. */
  host?: SignInHost;
}

export interface PastedErrors {
  /** Block first, then in the text's order. Empty when the text only mentions a code. */
  errors: PastedError[];
  /** True when the text was longer than PASTE_LIMIT and its end was not read. */
  cut: boolean;
}

/** Flow secrets and what follows them: dropped before anything is read, so no field can hold one. */
const FLOW_TOKENS = /\b(?:ctx|canary|apiCanary|sFT|sCtx|flowToken)["']?\s{0,3}[=:]\s{0,3}["']?[^\s&"'<>,;)]{0,8000}/gi;
/** Where an error starts: the AADSTS code, or the page's "Error Code" label. */
const ERROR_START = /AADSTS(\d{4,7})\b|\bError\s?Code\s?[:：]\s{0,3}(\d{4,7})\b/gi;
const GUIDS = new RegExp(GUID.source, 'gi');
/** Token JSON and MSAL objects: their keys, written as the labels the page parser knows. */
const JSON_KEYS = /["']?\b(trace_?id|correlation_?id|timestamp|error_?codes)["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["']?/gi;
const KEY_LABELS: Record<string, string> = { traceid: 'Trace ID: ', correlationid: 'Correlation ID: ', timestamp: 'Timestamp: ', errorcodes: 'Error Code: ' };
/** The azure-cli's "Authentication failed against tenant <id> '<name>':", PowerShell's "for tenant '<id>'". */
const TENANT_BEFORE = /\btenant\s{1,3}(?:'([^'\n]{1,120})'|([0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}))(?:\s{1,3}'([^'\n]{1,120})')?/i;
/** "… was not found in the tenant named Contoso.", "… in the directory 'City of Memphis'." */
const TENANT_IN_MESSAGE = /\bin the (?:tenant named|directory)\s{1,3}(?:'([^'\n]{1,120})'|([^\s.,']{1,120}))/i;
const NOT_TENANTS = new Set(['organizations', 'common', 'consumers']);
const DETAIL_LINE = /\b(?:Request Id|Trace ID|Correlation Id|Timestamp|Message|error_uri|claims)\s?[:：][^\n]*/gi;
/** Where a one-line error's message ends: its first ID label. */
const MESSAGE_END = /\s*\b(?:Trace ID|Request Id|Correlation Id|Timestamp)\s?:.*$/i;

/** The text as plain labelled lines: redirect parameters and JSON decoded, tags and quote marks gone. */
function plainText(text: string): string {
  return (
    text
      .replace(FLOW_TOKENS, ' ')
      // Redirect addresses, Location headers and form bodies: each whitespace-free run with an `error=` parameter.
      .split(/(\s+)/)
      .map((run) => {
        if (!/(?:^|[?#&])error=/.test(run)) return run;
        const decoded = run.split(/[?#]/).map(oauthErrorText).filter(Boolean);
        return decoded.length > 0 ? `\n${decoded.join('\n')}\n` : run;
      })
      .join('')
      // JSON string escapes (token responses, MSAL exceptions), then markup and quote or comment marks.
      .replace(/\\r\\n|\\[rn]/g, '\n')
      .replace(/\\(["/\\])/g, '$1')
      .replace(/<[^<>\n]{0,500}>/g, '\n')
      .replace(/^[ \t]{0,8}(?:[>#]{1,8}|\/\/)[ \t]?/gm, '')
      .replace(JSON_KEYS, (_all, key: string) => KEY_LABELS[key.toLowerCase().replace('_', '')])
  );
}

/** Claims challenges as a whole JSON or URL-decoded text, or base64 as `WWW-Authenticate` sends them (claims-challenge docs). */
function withDecodedClaims(text: string): string {
  const decoded = Array.from(text.matchAll(/\bclaims\s{0,3}[=:]\s{0,3}"?([A-Za-z0-9+/_-]{16,4000}={0,2})/g), (m) => {
    try {
      return atob(m[1].replace(/-/g, '+').replace(/_/g, '/'));
    } catch {
      return '';
    }
  });
  return [text, ...decoded.filter((claims) => claims.includes('capolids'))].join('\n');
}

/**
 * The policy ids a claims challenge names: `{"access_token":{"capolids":{"essential":true,"values":["<id>"]}}}`
 * (MSAL's claims request, https://github.com/AzureAD/microsoft-authentication-library-for-objc/blob/dev/MSAL/src/public/MSALClaimsRequest.h;
 * Microsoft's "Claims challenges, claims requests and client capabilities",
 * https://learn.microsoft.com/en-us/entra/identity-platform/claims-challenge).
 */
function policyIdsIn(text: string): string[] | undefined {
  const ids = Array.from(text.matchAll(/capolids"?\s{0,3}:\s{0,3}\{([^{}]{0,2000})\}/gi), (m) => Array.from(m[1].matchAll(GUIDS), (g) => g[0].toLowerCase())).flat();
  return ids.length > 0 ? [...new Set(ids)].slice(0, 20) : undefined;
}

function tenantOf(before: string, message: string | undefined): string | undefined {
  const line = before.match(TENANT_BEFORE);
  const [id, name] = line ? [line[1] ?? line[2], line[3]] : [message?.match(TENANT_IN_MESSAGE)?.slice(1, 3).find(Boolean), undefined];
  if (!id || NOT_TENANTS.has(id.toLowerCase())) return undefined;
  return cleanText(name ? `${id} (${name})` : id, 200);
}

interface Segment {
  code: string;
  /** Where its text begins: the start of the line that names the code. */
  from: number;
  /** Where the code itself is. */
  at: number;
}

/**
 * Splits the text where a new error starts. The same code again is the same error while no
 * Request Id came between, or when it follows "Message:" (the page repeats its message below the
 * IDs); after an ID it is the next tenant's.
 */
function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let previous = 0;
  let idSinceStart = false;
  for (const match of text.matchAll(ERROR_START)) {
    const code = match[1] ?? match[2];
    const current = segments.at(-1);
    // Only the text since the previous code is searched: each character once, however many codes.
    idSinceStart ||= /(?:Request Id|Trace ID)\s?[:：]/i.test(text.slice(previous, match.index));
    previous = match.index;
    if (current?.code === code) {
      const repeated = match[2] !== undefined || /Message\s?[:：]\s*$/i.test(text.slice(Math.max(0, match.index - 40), match.index));
      if (repeated || !idSinceStart) continue;
    }
    idSinceStart = false;
    // Searched back only for the few codes that start an error (at most 2 × MAX_ERRORS).
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    // A page's title, description and organisation note come before its code: they start after the last details line of the error before.
    const lastDetail = current ? Math.max(0, ...Array.from(text.slice(current.at, lineStart).matchAll(DETAIL_LINE), (m) => m.index + m[0].length)) : 0;
    // On the line of the error before (text run together, a selection): it starts at its code.
    const from = !current ? 0 : lineStart <= current.at ? match.index : lastDetail > 0 ? current.at + lastDetail : lineStart;
    segments.push({ code, from, at: match.index });
    if (segments.length >= MAX_ERRORS * 2) break;
  }
  return segments;
}

/**
 * The Conditional Access family first (53000-53011, 530000-530036 in Microsoft's error code list;
 * test/unit/read-pasted-errors.test.ts checks it against the knowledge's Conditional Access
 * entries), then the rest, each in the text's order. By shape, so the background need not load the advice.
 */
const CONDITIONAL_ACCESS = /^53\d{3,4}$/;
const rank = (code: string | undefined) => (CONDITIONAL_ACCESS.test(code ?? '') ? 0 : 1);

function readSegment(text: string, before: string): PastedError | undefined {
  // Every AADSTS message on a line of its own, so the page parser finds it wherever the tool put it.
  const lines = text.replace(/([^\n])(?=AADSTS\d{4})/g, '$1\n');
  const details = parseErrorPage({ config: {}, text: lines, userAgent: '' });
  if (!details) return undefined;
  // The tool's own message line ("AADSTS53003: Access has been blocked…"), before a quoted mention of the code.
  const messageLine = lines.split('\n').find((line) => /^\s*["']?AADSTS\d{4,7}\s?:\s?\S/i.test(line));
  const message = cleanText((messageLine ?? details.message)?.slice(0, 2 * TEXT_CAPS.message).replace(MESSAGE_END, '').replace(/^\s*["']|["',]+\s*$/g, ''), TEXT_CAPS.message);
  // A code alone ("I get AADSTS53003, why?") is a mention, not an error to explain.
  const real = details.requestId || details.correlationId || /^AADSTS\d+\s?:\s?\S/i.test(message ?? '') || /Error\s?Code\s?[:：]/i.test(lines);
  if (!real) return undefined;
  const host = text.match(/https:\/\/([a-z0-9.-]{1,100})\/error\?code=/i)?.[1].toLowerCase();
  const found: PastedError = {
    ...details,
    message,
    timestamp: details.timestamp?.replace(' ', 'T'),
    tenant: tenantOf(before, message),
    policyIds: policyIdsIn(text),
    host: host && isSignInHost(host) ? host : undefined,
  };
  for (const key of Object.keys(found) as (keyof PastedError)[]) if (found[key] === undefined) delete found[key];
  return found;
}

/**
 * Every sign-in error in text the person pasted or selected: CLI and PowerShell output (one per
 * tenant), MSAL exceptions, token endpoint JSON, WS-Trust faults, redirect addresses, copied error
 * pages. Pure and bounded: the text is capped, every pattern is linear, and only validated fields
 * come out (parse-error-page.ts); the text itself is never kept.
 */
export function readPastedErrors(input: string): PastedErrors {
  const cut = input.length > PASTE_LIMIT;
  const text = withDecodedClaims(plainText(input.slice(0, PASTE_LIMIT)));
  // No English start: a page copied in another language may still name its code and IDs by its own labels.
  const found = segmentsOf(text);
  const segments = found.length > 0 ? found : [{ code: '', from: 0, at: 0 }];
  const byIdentity = new Map<string, PastedError>();
  segments.forEach((segment, i) => {
    const end = i + 1 < segments.length ? segments[i + 1].from : text.length;
    const found = readSegment(text.slice(segment.from, end), text.slice(Math.max(0, segment.at - 200), segment.at));
    if (!found) return;
    // The same error printed twice (a message and its JSON fields, a page and its copy box): one error with both's details.
    const identity = `${found.errorCode}/${found.requestId ?? found.correlationId ?? ''}`;
    const earlier = byIdentity.get(identity);
    if (earlier || byIdentity.size < MAX_ERRORS) byIdentity.set(identity, { ...found, ...earlier });
  });
  const errors = [...byIdentity.values()];
  return { errors: errors.map((error, i) => ({ error, i })).sort((a, b) => rank(a.error.errorCode) - rank(b.error.errorCode) || a.i - b.i).map(({ error }) => error), cut };
}
