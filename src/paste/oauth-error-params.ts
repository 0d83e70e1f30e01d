/**
 * The error parameters Microsoft's identity platform hands back to an app: on its redirect
 * address (query, fragment or form post body) and in token endpoint JSON. `error` is always there.
 * Source: "OAuth 2.0 authorization code flow: error responses"
 * (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow#error-response),
 * docs/reference/error-page.md section 4. Only these are read: `state`, `code` and the rest are not.
 */
const LABELS: ReadonlyArray<[param: string, label: string]> = [
  ['error_description', ''],
  ['error_codes', 'Error Code: '],
  ['trace_id', 'Trace ID: '],
  ['correlation_id', 'Correlation ID: '],
  ['timestamp', 'Timestamp: '],
  ['error_uri', 'error_uri: '],
  ['claims', 'claims: '],
];

/** The error in `params` (a query string, fragment or form body) as labelled lines, or undefined when it holds no `error`. */
export function oauthErrorText(params: string): string | undefined {
  const found = new URLSearchParams(params);
  if (!found.has('error')) return undefined;
  return LABELS.flatMap(([param, label]) => (found.has(param) ? [`${label}${found.get(param)}`] : [])).join('\n');
}

/** The error an app's address carries after Microsoft sent the person back to it: query and fragment. */
export function oauthErrorInAddress(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const parts = [url.search, url.hash].map((part) => oauthErrorText(part.slice(1))).filter(Boolean);
  return parts.length > 0 ? parts.join('\n') : undefined;
}
