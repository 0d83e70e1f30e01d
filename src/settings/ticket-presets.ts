/**
 * Ready-made ticket link templates for common helpdesk systems, so admins fill in a site name
 * instead of hand-writing a URL. Each builds a template that uses only the ticket placeholders
 * ({summary}, {details}, ...), which are filled and percent-encoded when a person opens the link.
 * Formats: shared reference helpdesk-and-policy.md.
 */
export interface PresetField {
  id: string;
  label: string;
  /** What the value looks like, for the input's hint and validation. */
  example: string;
  pattern: RegExp;
}

export interface TicketPreset {
  id: string;
  name: string;
  fields: PresetField[];
  /** The template, or undefined for systems with no documented prefill (open the portal, paste the copied details). */
  build(values: Record<string, string>): { ticketUrlTemplate?: string; supportUrl?: string };
  note?: string;
}

const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const HOST = /^[a-z0-9.-]+\.[a-z]{2,}$/i;

const field = (id: string, label: string, example: string, pattern: RegExp): PresetField => ({ id, label, example, pattern });

export const TICKET_PRESETS: TicketPreset[] = [
  {
    id: 'servicenow-portal',
    name: 'ServiceNow: Service Portal catalog item',
    fields: [field('instance', 'Instance name', 'contoso', SUBDOMAIN), field('item', 'Catalog item sys_id', '0123456789abcdef0123456789abcdef', ID)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.instance}.service-now.com/sp?id=sc_cat_item&sys_id=${v.item}&sysparm_variable_values={"short_description":"{summary:json}","description":"{details:json}"}`,
    }),
    note: 'Needs URL prefill allowed in ServiceNow (glide.sc.enable_url_prefill) and variables named short_description and description.',
  },
  {
    id: 'servicenow-incident',
    name: 'ServiceNow: new incident form (agents)',
    fields: [field('instance', 'Instance name', 'contoso', SUBDOMAIN)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.instance}.service-now.com/nav_to.do?uri=incident.do?sys_id=-1%26sysparm_query=short_description={summary}^description={details}`,
    }),
  },
  {
    id: 'zendesk',
    name: 'Zendesk: request form',
    fields: [field('subdomain', 'Zendesk subdomain', 'contoso', SUBDOMAIN), field('form', 'Ticket form id', '360000123456', /^\d{1,20}$/)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.subdomain}.zendesk.com/hc/en-us/requests/new?ticket_form_id=${v.form}&tf_subject={summary}&tf_description={details}`,
    }),
  },
  {
    id: 'jira-service-management',
    name: 'Jira Service Management: customer portal request',
    fields: [field('site', 'Atlassian site', 'contoso', SUBDOMAIN), field('portal', 'Portal id', '3', /^\d{1,10}$/), field('requestType', 'Request type id', '17', /^\d{1,10}$/)],
    build: (v) => ({
      ticketUrlTemplate: `https://${v.site}.atlassian.net/servicedesk/customer/portal/${v.portal}/create/${v.requestType}?summary={summary}&description={details}`,
    }),
    note: 'Prefill by URL is seen in use but not documented by Atlassian: try it once.',
  },
  {
    id: 'github-issues',
    name: 'GitHub issues',
    fields: [field('owner', 'Organization or user', 'contoso', /^[A-Za-z0-9-]{1,39}$/), field('repo', 'Repository', 'it-support', /^[A-Za-z0-9._-]{1,100}$/)],
    build: (v) => ({ ticketUrlTemplate: `https://github.com/${v.owner}/${v.repo}/issues/new?title={summary}&body={details}&labels=sign-in-blocked` }),
  },
  {
    id: 'teams-chat',
    name: 'Microsoft Teams: chat with the helpdesk',
    fields: [field('users', 'Helpdesk accounts (comma-separated)', 'servicedesk@contoso.com', /^[^\s,@]+@[^\s,@]+(?:,[^\s,@]+@[^\s,@]+)*$/)],
    build: (v) => ({ ticketUrlTemplate: `https://teams.microsoft.com/l/chat/0/0?users=${v.users}&topicName={summary}&message={details}` }),
  },
  {
    id: 'portal-only',
    name: 'Freshservice, Freshdesk, TOPdesk or any portal without prefill',
    fields: [field('portal', 'Portal address (host name)', 'contoso.freshservice.com', HOST)],
    build: (v) => ({ supportUrl: `https://${v.portal}/` }),
    note: 'These systems have no documented way to prefill a ticket: people copy the details, then open the portal.',
  },
];

export function presetFieldProblem(preset: TicketPreset, values: Record<string, string>): string | undefined {
  const bad = preset.fields.find((f) => !f.pattern.test(values[f.id] ?? ''));
  return bad ? `${bad.label} should look like ${bad.example}` : undefined;
}
