import type { Detection } from '../detection/detection';
import { errorLookupUrl } from '../page/signin-hosts';
import { CLOUD_ENDPOINTS } from './cloud-endpoints';
import { type LookupValues, lookupValues, shifted } from './lookup-values';

/** A Graph API version and a `$filter` over signIns. */
type GraphFilter = [version: string, filter: string];

/**
 * The Graph filters for this sign-in's IDs. `correlationId` is Microsoft's documented pattern on
 * v1.0; `id` and `originalRequestId` are the Request Id ("Supports $filter (eq)", beta signIn
 * resource). Sources: docs/reference/lookup-sources.md.
 */
function graphFilters({ requestId, correlationId }: LookupValues): GraphFilter[] {
  const filters: GraphFilter[] = correlationId ? [['v1.0', `correlationId eq '${correlationId}'`]] : [];
  if (requestId) filters.push(['beta', `id eq '${requestId}'`], ['beta', `originalRequestId eq '${requestId}'`]);
  return filters;
}

const graphUrl = (host: string, [version, filter]: GraphFilter) => `https://${host}/${version}/auditLogs/signIns?$filter=${filter}`;

/**
 * Flagging marks the retries of the next 20 minutes; 5 more either side cover a clock that is off.
 * With the account, only this person's flagged sign-ins.
 */
function flaggedFilter({ flaggedAt, upn }: LookupValues): GraphFilter | undefined {
  if (!flaggedAt) return undefined;
  return ['beta', `flaggedForReview eq true${upn ? ` and userPrincipalName eq '${upn}'` : ''} and createdDateTime ge ${shifted(flaggedAt, -5)} and createdDateTime le ${shifted(flaggedAt, 25)}`];
}

/**
 * The lookups the e-mail has room for: the first Graph GET of the error's own cloud and, once the
 * person enabled flagging, the flagged sign-ins of those 20 minutes.
 */
export function shortestLookups(detection: Detection, redact: ReadonlySet<string>): string[] {
  const values = lookupValues(detection, redact);
  const host = CLOUD_ENDPOINTS[detection.cloud]?.graph[0].host;
  const filters = graphFilters(values);
  if (!host || filters.length === 0) return [];
  const flagged = flaggedFilter(values);
  return [filters[0], ...(flagged ? [flagged] : [])].map((filter) => `GET ${graphUrl(host, filter)}`);
}

/**
 * Both sign-in tables, with the column whose type differs between them made one (it is dynamic in
 * SigninLogs, a string in AADNonInteractiveUserSignInLogs, and union would split it). An ID that
 * is missing adds no condition: `OriginalRequestId == ""` would match every row without one.
 */
function kql({ requestId, correlationId, at }: LookupValues): string {
  const match = [requestId && `Id == "${requestId}" or OriginalRequestId == "${requestId}"`, correlationId && `CorrelationId == "${correlationId}"`].filter(Boolean);
  return [
    'union withsource=Table (SigninLogs | extend CAP = ConditionalAccessPolicies), (AADNonInteractiveUserSignInLogs | extend CAP = parse_json(ConditionalAccessPolicies))',
    `| where TimeGenerated ${at ? `between (datetime(${shifted(at, -60)}) .. datetime(${shifted(at, 60)}))` : '> ago(30d)'}`,
    `| where ${match.join(' or ')}`,
    '| project TimeGenerated, Table, ResultType, ResultDescription, AppDisplayName, CAP',
  ].join('\n');
}

/** What the lookups need and how to read them (docs/reference/lookup-sources.md). */
const NOTES = `Roles: Reports Reader or higher (logs); Global Reader, Security Reader or Conditional Access Administrator (policies). Graph: AuditLog.Read.All, Policy.Read.ConditionalAccess, Entra ID P1/P2.
Logs kept 7 days (Free), 30 (P1/P2). Graph lists interactive sign-ins; KQL both. The logged code can differ from the page's: read all rows.`;

/**
 * Where and how IT finds this sign-in, for the error's own cloud: the admin center steps, Graph,
 * PowerShell, Azure CLI and KQL, prefilled with its IDs and an hour either side of its time.
 * English: Microsoft's own field and query names. Only values lookupValues validated enter a
 * query; with no valid ID there is nothing to look up, and the pack is empty.
 */
export function lookupPack(detection: Detection, redact: ReadonlySet<string>): string {
  const values = lookupValues(detection, redact);
  const { requestId, correlationId, at, flaggedAt, code } = values;
  const filters = graphFilters(values);
  if (filters.length === 0) return '';
  const endpoints = CLOUD_ENDPOINTS[detection.cloud];
  const hosts = endpoints?.graph ?? [];
  const lines = [
    `Sign-in lookups (${detection.cloud} cloud)`,
    // Microsoft's own page for the code, on the sign-in host the error came from (signin-hosts.ts).
    ...(code ? [`AADSTS${code}: ${errorLookupUrl(detection.host, code)}`] : []),
    `Entra admin center${endpoints ? ` ${endpoints.adminCenter}` : ''} › Monitoring & health › Sign-in logs, interactive and non-interactive tabs › Add filters: Request ID ${requestId ?? '-'}, Correlation ID ${correlationId ?? '-'}${at ? `, ${shifted(at, -60)} to ${shifted(at, 60)}` : ''}. Open the event › Conditional Access; Basic info › Launch the Sign-in diagnostic (48 hours only).`,
  ];
  if (endpoints) {
    // Quotes and spaces percent-encoded, the URL in single quotes: neither bash nor PowerShell expands `$filter`.
    const azUrl = (host: string) => graphUrl(host, filters[0]).replace(/ /g, '%20').replace(/'/g, '%27');
    lines.push(
      '',
      ...hosts.flatMap(({ host }) => filters.map((filter) => `GET ${graphUrl(host, filter)}`)),
      '',
      ...hosts.map(({ environment }) => `Connect-MgGraph -Environment ${environment} -Scopes AuditLog.Read.All,Policy.Read.ConditionalAccess`),
      `Get-MgAuditLogSignIn -Filter "${filters[0][1]}" -All | Select CreatedDateTime,AppDisplayName,@{n='Code';e={$_.Status.ErrorCode}},@{n='Failed';e={($_.AppliedConditionalAccessPolicies | ? Result -eq failure).DisplayName}}`,
      '',
      `az cloud set --name ${endpoints.azCloud}`,
      ...hosts.map(({ host }) => `az rest --method get --url '${azUrl(host)}' --resource https://${host}`),
    );
  } else {
    lines.push('No Graph or admin center address documented for this cloud.');
  }
  lines.push('', kql(values));
  const flagged = flaggedFilter(values);
  if (flagged) {
    lines.push('', `Flagging enabled ${flaggedAt}: Add filters › Flagged for review.`, ...hosts.map(({ host }) => `GET ${graphUrl(host, flagged)}`));
  }
  return [...lines, '', NOTES].join('\n');
}
