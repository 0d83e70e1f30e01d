/** What a ticket link template may ask for; filled from the detection when a person opens the link. */
export const TICKET_PLACEHOLDERS = [
  'code',
  'requestId',
  'correlationId',
  'timestamp',
  'appName',
  'appId',
  'devicePlatform',
  'deviceState',
  'summary',
  'details',
  'ids',
  'lookups',
  'whatIf',
] as const;
export type TicketPlaceholder = (typeof TICKET_PLACEHOLDERS)[number];

/**
 * A placeholder in a ticket template: `{name}`, or with a modifier for where the value sits:
 * - `{name:json}` inside a JSON string (ServiceNow's sysparm_variable_values): quotes and line
 *   breaks are escaped for JSON before percent-encoding, so the JSON stays valid.
 * - `{name:nested}` inside a link that is itself a parameter of the ticket link (ServiceNow's
 *   `nav_to.do?uri=`): percent-encoded twice, because the system decodes the outer parameter and
 *   then the inner link's own parameters (docs/reference/helpdesk-and-policy.md).
 */
export const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)(?::(json|nested))?\}/g;
