import { REDACTABLE_FIELDS } from './redactable-fields';
import type { SettingKey, Settings } from './settings-spec';

export interface SettingDoc<K extends SettingKey = SettingKey> {
  title: string;
  description: string;
  /** An example value for the admin docs and sample policy files. */
  example: Settings[K];
}

/**
 * What admins read about each setting: the admin docs, the Group Policy templates and the sample
 * policy files; the title also goes into the managed schema (built into schema.json by
 * scripts/build/schema-plugin.ts; why not the description: src/settings/managed-schema.ts). Apart
 * from the rows in settings-spec.ts because only the build and the tests read it: in the rows, this
 * English would ship in the popup, the options page and the background (1.3 KiB gzipped in the popup
 * alone). The compiler asks for one entry per setting, with an example of its type.
 */
export const SETTING_DOCS: { [K in SettingKey]: SettingDoc<K> } = {
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
      'An https address that opens a prefilled ticket in your system. Placeholders, percent-encoded when filled: {code}, {requestId}, {correlationId}, {timestamp}, {appName}, {appId}, {devicePlatform}, {deviceState}, {summary}, {details}, {ids} (the code, IDs and time only), {lookups} and {whatIf} (the sign-in log lookups and What If inputs for IT). Inside a JSON string (as in ServiceNow\'s sysparm_variable_values) write {details:json}: quotes and line breaks are then escaped for JSON too. Inside a link that is itself a parameter (as in ServiceNow\'s nav_to.do?uri=) write {details:nested}: encoded twice. Any other scheme (javascript:, http:, data:) is refused.',
    example: 'https://contoso.service-now.com/sp?id=sc_cat_item&sys_id=0123456789abcdef0123456789abcdef&sysparm_variable_values={"short_description":"Sign-in blocked {code:json}","description":"{details:json}"}',
  },
  orgMessage: {
    title: 'Message from your organization',
    description: 'Shown above the advice, for example "Connect to the VPN first, then try again." Plain text, up to 500 characters.',
    example: 'Connect to the Contoso VPN first, then try again.',
  },
  redactFields: {
    title: 'Fields left out of copies and tickets',
    description: `Field names to leave out: ${REDACTABLE_FIELDS.join(', ')}. The error code, Request Id, Correlation Id and Timestamp are always kept. Not a list, or an unknown name: every field is left out.`,
    example: ['ipAddress', 'deviceId'],
  },
  extraAdvice: {
    title: 'Extra advice per error code',
    description: 'Your own advice by error code, shown first in "Try this". Keys are codes such as "53003", values plain text up to 300 characters; at most 50 codes.',
    example: { '53003': 'Outside the office? Connect to the Contoso VPN first.' },
  },
  showPageNotice: {
    title: 'Show the notice on the error page',
    description: 'Whether the "Get help with this error" notice appears next to Microsoft\'s message. The toolbar badge is always shown.',
    example: true,
  },
  explainOtherPages: {
    title: 'Explain sign-in errors outside the sign-in pages',
    description: 'Whether a click on the toolbar button reads a sign-in error from the address of the page in front (an app that Microsoft sent the error back to), and whether "Explain this sign-in error" appears in the menu of selected text. Off: neither; the help view\'s paste box still works.',
    example: true,
  },
};
