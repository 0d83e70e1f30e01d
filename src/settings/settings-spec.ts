/**
 * The one settings contract, shared by browser policy (storage.managed), the options page
 * (storage.local) and the code. Key names are part of the public admin interface: never rename
 * one. The managed-storage schema (schema.json) and the admin docs are generated and tested
 * from this file.
 */

/** Fields an organisation may leave out of copies and tickets. The error code, IDs and timestamp are the point of a ticket and can't be removed. */
export const REDACTABLE_FIELDS = [
  'appName',
  'appId',
  'ipAddress',
  'deviceId',
  'devicePlatform',
  'deviceState',
  'message',
  'branding',
  'browser',
  'os',
] as const;
export type RedactableField = (typeof REDACTABLE_FIELDS)[number];

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

export interface Settings {
  supportName: string;
  supportEmail: string;
  supportPhone: string;
  supportUrl: string;
  ticketUrlTemplate: string;
  orgMessage: string;
  redactFields: RedactableField[];
  extraAdvice: Record<string, string>;
  showPageNotice: boolean;
}
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  supportName: '',
  supportEmail: '',
  supportPhone: '',
  supportUrl: '',
  ticketUrlTemplate: '',
  orgMessage: '',
  redactFields: [],
  extraAdvice: {},
  showPageNotice: true,
});

export interface SettingDoc {
  title: string;
  description: string;
  /** An example value for the admin docs and sample policy files. */
  example: Settings[SettingKey];
}

/** Titles and descriptions shown to admins in chrome://policy, the schema and the docs. */
export const SETTING_DOCS: Record<SettingKey, SettingDoc> = {
  supportName: {
    title: 'Helpdesk name',
    description: 'The name of your helpdesk as people know it, shown in the help view (for example "Contoso IT Service Desk"). Up to 80 characters.',
    example: 'Contoso IT Service Desk',
  },
  supportEmail: {
    title: 'Helpdesk e-mail address',
    description: 'Where the "Email IT" button sends the prefilled ticket (a mailto: link). One address.',
    example: 'servicedesk@contoso.com',
  },
  supportPhone: {
    title: 'Helpdesk phone number',
    description: 'Shown in the help view as a tap-to-call link. Digits, spaces, +, -, ( ) and . only.',
    example: '+1 555 0100',
  },
  supportUrl: {
    title: 'Helpdesk portal',
    description: 'An https address of your self-service portal, shown as a link.',
    example: 'https://support.contoso.com/',
  },
  ticketUrlTemplate: {
    title: 'Ticket link template',
    description:
      'An https address that opens a prefilled ticket in your system. Placeholders, percent-encoded when filled: {code}, {requestId}, {correlationId}, {timestamp}, {appName}, {appId}, {devicePlatform}, {deviceState}, {summary}, {details}. Inside a JSON string (as in ServiceNow\'s sysparm_variable_values) write {details:json}: quotes and line breaks are then escaped for JSON too. Any other scheme (javascript:, http:, data:) is refused.',
    example: 'https://contoso.service-now.com/sp?id=sc_cat_item&sys_id=0123456789abcdef0123456789abcdef&sysparm_variable_values={"short_description":"Sign-in blocked {code:json}","description":"{details:json}"}',
  },
  orgMessage: {
    title: 'Message from your organization',
    description: 'Shown above the advice, for example "Connect to the VPN first, then try again." Plain text, up to 500 characters.',
    example: 'Connect to the Contoso VPN first, then try again.',
  },
  redactFields: {
    title: 'Fields left out of copies and tickets',
    description: `Field names to leave out: ${REDACTABLE_FIELDS.join(', ')}. The error code, Request Id, Correlation Id and Timestamp are always kept.`,
    example: ['ipAddress', 'deviceId'],
  },
  extraAdvice: {
    title: 'Extra advice per error code',
    description: 'Your own advice by error code, shown first in "Try this". Keys are codes such as "53003", values plain text up to 300 characters.',
    example: { '53003': 'Outside the office? Connect to the Contoso VPN first.' },
  },
  showPageNotice: {
    title: 'Show the notice on the error page',
    description: 'Whether the "Get help with this error" notice appears next to Microsoft\'s message. The toolbar badge is always shown.',
    example: true,
  },
};
