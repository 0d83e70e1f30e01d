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
] as const;
export type TicketPlaceholder = (typeof TICKET_PLACEHOLDERS)[number];

/**
 * A placeholder in a ticket template: `{name}`, or `{name:json}` where the value sits inside a
 * JSON string (ServiceNow's sysparm_variable_values): then quotes and line breaks are escaped
 * for JSON before percent-encoding, so the JSON stays valid.
 */
export const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)(:json)?\}/g;
