import type { KeyPart, MessageKey } from '../extension/message-key';
import type { Reason } from '../settings/validate-settings';

/**
 * Ready-made ticket link templates for common helpdesk systems, so admins fill in a site name
 * instead of hand-writing a URL. Each builds a template that uses only the ticket placeholders
 * ({summary}, {details}, ...), which are filled and percent-encoded when a person opens the link.
 * Formats, with their public sources: docs/reference/helpdesk-and-policy.md.
 */
export interface PresetField {
  id: string;
  /** Message key of its label (src/locales/<lang>/settings.json). */
  labelKey: MessageKey;
  /** What the value looks like, for the input's hint and validation. */
  example: string;
  pattern: RegExp;
}

export interface TicketPreset {
  id: string;
  /** Message keys of its name and, where it has one, its note. */
  nameKey: MessageKey;
  noteKey?: MessageKey;
  fields: PresetField[];
  /** The template, or undefined for systems with no documented prefill (open the portal, paste the copied details). */
  build(values: Record<string, string>): { ticketUrlTemplate?: string; supportUrl?: string };
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const HOST = /^[a-z0-9.-]+\.[a-z]{2,}$/i;

const field = (id: KeyPart<'presetField_'>, example: string, pattern: RegExp): PresetField => ({ id, labelKey: `presetField_${id}`, example, pattern });

/** A preset id with its dashes written as underscores, as its message names have them. */
type Underscored<Id extends string> = Id extends `${infer Head}-${infer Tail}` ? `${Head}_${Underscored<Tail>}` : Id;
const underscored = <Id extends string>(id: Id) => id.replace(/-/g, '_') as Underscored<Id>;
/** Its message names, checked against the messages where TicketPreset takes them. */
const named = <Id extends string, Note extends boolean = false>(id: Id, withNote?: Note) => ({
  id,
  nameKey: `preset_${underscored(id)}_name` as const,
  noteKey: (withNote ? `preset_${underscored(id)}_note` : undefined) as Note extends true ? `preset_${Underscored<Id>}_note` : undefined,
});

export const TICKET_PRESETS: TicketPreset[] = [
  {
    ...named('servicenow-portal', true),
    fields: [field('instance', 'contoso', SUBDOMAIN), field('item', '0123456789abcdef0123456789abcdef', ID)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.instance}.service-now.com/sp?id=sc_cat_item&sys_id=${v.item}&sysparm_variable_values={"short_description":"{summary:json}","description":"{details:json}"}`,
    }),
  },
  {
    ...named('servicenow-incident'),
    fields: [field('instance', 'contoso', SUBDOMAIN)],
    // nav_to.do decodes `uri` and then incident.do decodes its own parameters: values go in encoded
    // twice (`:nested`), and the inner `&` is written `%26` for the same reason.
    build: (v) => ({
      ticketUrlTemplate: `https://${v.instance}.service-now.com/nav_to.do?uri=incident.do?sys_id=-1%26sysparm_query=short_description={summary:nested}^description={details:nested}`,
    }),
  },
  {
    ...named('zendesk'),
    fields: [field('subdomain', 'contoso', SUBDOMAIN), field('form', '360000123456', /^\d{1,20}$/)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.subdomain}.zendesk.com/hc/en-us/requests/new?ticket_form_id=${v.form}&tf_subject={summary}&tf_description={details}`,
    }),
  },
  {
    ...named('jira-service-management', true),
    fields: [field('site', 'contoso', SUBDOMAIN), field('portal', '3', /^\d{1,10}$/), field('requestType', '17', /^\d{1,10}$/)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.site}.atlassian.net/servicedesk/customer/portal/${v.portal}/create/${v.requestType}?summary={summary}&description={details}`,
    }),
  },
  {
    ...named('github-issues'),
    fields: [field('owner', 'contoso', /^[A-Za-z0-9-]{1,39}$/), field('repo', 'it-support', /^[A-Za-z0-9._-]{1,100}$/)],
    build: (v) => ({ ticketUrlTemplate: `https://github.com/${v.owner}/${v.repo}/issues/new?title={summary}&body={details}&labels=sign-in-blocked` }),
  },
  {
    ...named('teams-chat'),
    fields: [field('users', 'servicedesk@contoso.com', /^[^\s,@]+@[^\s,@]+(?:,[^\s,@]+@[^\s,@]+)*$/)],
    build: (v) => ({ ticketUrlTemplate: `https://teams.microsoft.com/l/chat/0/0?users=${v.users}&topicName={summary}&message={details}` }),
  },
  {
    ...named('portal-only', true),
    fields: [field('portalHost', 'contoso.freshservice.com', HOST)],
    build: (v) => ({ supportUrl: `https://${v.portalHost}/` }),
  },
];

/** The first answer that doesn't have its shape, with why (see reasonText), or undefined. */
export function presetFieldProblem(preset: TicketPreset, values: Record<string, string>): { field: PresetField; reason: Reason } | undefined {
  const bad = preset.fields.find((f) => !f.pattern.test(values[f.id] ?? ''));
  return bad ? { field: bad, reason: { key: 'settingProblem_presetField', args: [bad.example] } } : undefined;
}
