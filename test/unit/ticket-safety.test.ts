// Tickets safe in every system: each preset's link read back the way its own system reads it, and
// redaction honoured in every part of a ticket (security review: findings 1, 3, 5 and 7).
import { describe, expect, it } from 'vitest';
import type { BrowserName, Detection, OsName } from '../../src/detection/detection';
import { chooseAdvice } from '../../src/knowledge/choose-advice';
import { REDACTABLE_FIELDS } from '../../src/settings/settings-spec';
import { ticketTemplateProblem } from '../../src/settings/validate-settings';
import { FIELDS_THE_STEPS_REVEAL, adviceSummaryForTicket, ticketAdvice } from '../../src/ticket/advice-summary';
import { buildMailto, ticketText } from '../../src/ticket/build-ticket';
import { fillTicketTemplate } from '../../src/ticket/fill-ticket-template';
import { detailsToCopy } from '../../src/ticket/format-details';
import { TICKET_PRESETS } from '../../src/ticket/ticket-presets';
import { english } from './helpers/english';
import { REGISTERED_WINDOWS_53003 } from './helpers/sample-detections';

/** Every character that is syntax somewhere in a link or a ServiceNow query. */
const SYNTAX = 'a & b ^ c = d % e # f ? g / h + i \\ j ; k , l\nm';
/** What the review put in the App name (finding 1), and other values pages and tenants choose. */
const HOSTILE = [
  SYNTAX,
  'Payroll^assignment_group=0123456789abcdef0123456789abcdef^priority=1^urgency=1&sysparm_view=ess',
  'AT&T Benefits Portal',
  'x&y=1#z^w"q\\',
  '100% blocked',
  '%26%5E%0A%25',
  '"}&x={"',
  '..',
  'Payroll^ORpriority=1^NQactive=true',
];

/** A 53003 in Chrome on Windows with no device presented: its steps name Chrome. */
const CHROME_NO_DEVICE: Detection = { ...REGISTERED_WINDOWS_53003, deviceId: 'Not available', deviceState: 'Unregistered' };

const withHostileValues = (value: string): Detection => ({ ...CHROME_NO_DEVICE, appName: value, message: value, branding: value, devicePlatform: value, deviceState: value });

/** The fields a system reads from a link, the way that system reads it. */
type ReadBack = (link: string) => Record<string, string>;

const queryOf = (url: URL, keys: string[]): Record<string, string> => {
  expect([...url.searchParams.keys()], 'the query keys').toEqual(keys);
  return Object.fromEntries(keys.map((key) => [key, url.searchParams.get(key)!]));
};

/**
 * How each preset's system reads its link. ServiceNow's nav_to.do decodes `uri`, reads that
 * link's own parameters, and splits `sysparm_query` on `^` into field=value conditions
 * (docs/reference/helpdesk-and-policy.md); the others read one query (URLSearchParams decoding),
 * and the Service Portal reads JSON in one of its parameters.
 */
const READ_AS_ITS_SYSTEM: Record<string, ReadBack> = {
  'servicenow-portal': (link) => {
    const { sysparm_variable_values: json, ...rest } = queryOf(new URL(link), ['id', 'sys_id', 'sysparm_variable_values']);
    const variables = JSON.parse(json);
    expect(Object.keys(variables)).toEqual(['short_description', 'description']);
    return { ...rest, ...variables };
  },
  'servicenow-incident': (link) => {
    const outer = new URL(link);
    const { uri } = queryOf(outer, ['uri']);
    const inner = new URL(uri, `${outer.origin}/`);
    expect(inner.pathname).toBe('/incident.do');
    expect(inner.hash).toBe('');
    const { sys_id, sysparm_query } = queryOf(inner, ['sys_id', 'sysparm_query']);
    const conditions = sysparm_query.split('^').map((condition) => [condition.slice(0, condition.indexOf('=')), condition.slice(condition.indexOf('=') + 1)]);
    expect(conditions.map(([name]) => name)).toEqual(['short_description', 'description']);
    return { sys_id, ...Object.fromEntries(conditions) };
  },
  zendesk: (link) => queryOf(new URL(link), ['ticket_form_id', 'tf_subject', 'tf_description']),
  'jira-service-management': (link) => queryOf(new URL(link), ['summary', 'description']),
  'github-issues': (link) => queryOf(new URL(link), ['title', 'body', 'labels']),
  'teams-chat': (link) => queryOf(new URL(link), ['users', 'topicName', 'message']),
};

/** Which field of each system gets the summary and which the details, and the fixed ones. */
const FIELDS: Record<string, { summary: string; details: string; fixed: Record<string, string> }> = {
  'servicenow-portal': { summary: 'short_description', details: 'description', fixed: { id: 'sc_cat_item', sys_id: '0123456789abcdef0123456789abcdef' } },
  'servicenow-incident': { summary: 'short_description', details: 'description', fixed: { sys_id: '-1' } },
  zendesk: { summary: 'tf_subject', details: 'tf_description', fixed: { ticket_form_id: '360000123456' } },
  'jira-service-management': { summary: 'summary', details: 'description', fixed: {} },
  'github-issues': { summary: 'title', details: 'body', fixed: { labels: 'sign-in-blocked' } },
  'teams-chat': { summary: 'topicName', details: 'message', fixed: { users: 'servicedesk@contoso.com' } },
};

const presetsWithTemplates = TICKET_PRESETS.flatMap((preset) => {
  const template = preset.build(Object.fromEntries(preset.fields.map((f) => [f.id, f.example]))).ticketUrlTemplate;
  return template ? [[preset.id, template] as const] : [];
});

describe('every preset, read back as its system reads it', () => {
  it('every preset with a link has a reader here', () => {
    expect(presetsWithTemplates.map(([id]) => id).sort()).toEqual(Object.keys(READ_AS_ITS_SYSTEM).sort());
  });

  describe.each(presetsWithTemplates)('%s', (id, template) => {
    it.each(HOSTILE.map((value) => [value]))('has exactly its fields, each value whole, with %j in the page values and summary', (value) => {
      const detection = withHostileValues(value);
      const advice = ticketAdvice(chooseAdvice(detection, english), new Set());
      const summary = `${value} ${adviceSummaryForTicket(advice, english, new Set())}`;
      const link = fillTicketTemplate(template, detection, summary, new Set(), english, advice);
      expect(link, 'a link').toBeDefined();
      const url = new URL(link!);
      expect(url.hash).toBe('');
      expect(url.pathname).toBe(new URL(template.replace(/\{[^}]*\}/g, 'x')).pathname);

      // ServiceNow's encoded query can't carry a ^ in a value: it arrives as the look-alike ˆ.
      const asReceived = (text: string) => (template.includes('sysparm_query') ? text.replace(/\^/g, '\u02C6') : text);
      const { summary: summaryField, details: detailsField, fixed } = FIELDS[id];
      expect(READ_AS_ITS_SYSTEM[id](link!)).toEqual({
        ...fixed,
        [summaryField]: asReceived(summary),
        [detailsField]: asReceived(detailsToCopy(detection, advice, english)),
      });
    });
  });

  it('an old ServiceNow incident template without :nested still keeps ^ from adding conditions', () => {
    const old = 'https://contoso.service-now.com/nav_to.do?uri=incident.do?sys_id=-1%26sysparm_query=short_description={summary}^description={appName}';
    const link = fillTicketTemplate(old, withHostileValues(HOSTILE[1]), 's', new Set(), english)!;
    const query = new URL(new URL(link).searchParams.get('uri')!, 'https://contoso.service-now.com/').searchParams.get('sysparm_query')!;
    expect(query.split('^').map((condition) => condition.split('=')[0])).toEqual(['short_description', 'description']);
  });
});

describe('placeholder modifiers and {ids}', () => {
  it('{name:nested} is encoded twice, so two decodings give the value back', () => {
    const link = fillTicketTemplate('https://t.contoso.com/go?next=/new%3Fa%3D{appName:nested}', withHostileValues(SYNTAX), '', new Set(), english)!;
    const next = new URL(link).searchParams.get('next')!;
    expect(new URL(next, 'https://t.contoso.com').searchParams.get('a')).toBe(SYNTAX);
  });

  it('validation knows :nested and {ids}, and still refuses unknown names with them', () => {
    expect(ticketTemplateProblem('https://x.contoso.com/?d={details:nested}&i={ids}&j={ids:json}')).toBeUndefined();
    expect(ticketTemplateProblem('https://x.contoso.com/?d={secret:nested}')?.key).toBe('settingProblem_unknownPlaceholder');
  });

  it('keeps ^ as it is where the template has no ServiceNow query', () => {
    const link = fillTicketTemplate('https://t.contoso.com/new?a={appName}', { ...REGISTERED_WINDOWS_53003, appName: 'a^b' }, '', new Set(), english)!;
    expect(new URL(link).searchParams.get('a')).toBe('a^b');
  });

  it('{ids} holds the code, the IDs and the time, and nothing else', () => {
    const link = fillTicketTemplate('https://t.contoso.com/new?i={ids}', REGISTERED_WINDOWS_53003, '', new Set(), english)!;
    expect(new URL(link).searchParams.get('i')).toBe(
      [
        'Error Code: 53003',
        'Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200',
        'Correlation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886',
        'Timestamp: 2026-01-20T21:33:18.342Z',
      ].join('\n'),
    );
  });
});

describe('a value that fills a path segment can’t climb the path', () => {
  const filled = (template: string, appName: string) => new URL(fillTicketTemplate(template, { ...REGISTERED_WINDOWS_53003, appName }, '', new Set(), english)!);

  it.each(['..', '.'])('%j filling a whole segment is left empty', (value) => {
    expect(filled('https://contoso.com/portal/new/{appName}/form', value).pathname).toBe('/portal/new//form');
    expect(filled('https://contoso.com/portal/new/{appName}', value).pathname).toBe('/portal/new/');
    expect(filled('https://contoso.com/portal/new/{appName}?x=1', value).search).toBe('?x=1');
    expect(filled('https://contoso.com/portal/new\\{appName}\\form', value).pathname).toBe('/portal/new//form');
    // "%2e" is a dot to the URL parser too.
    expect(filled('https://contoso.com/portal/new/%2e{appName}/form', '.').pathname).toBe('/portal/new//form');
  });

  it('keeps other values, dots elsewhere, and ".." outside the path', () => {
    expect(filled('https://contoso.com/portal/new/{appName}/form', '...').pathname).toBe('/portal/new/.../form');
    expect(filled('https://contoso.com/portal/new/{appName}/form', 'a..b').pathname).toBe('/portal/new/a..b/form');
    expect(filled('https://contoso.com/portal/new/x{appName}/form', '..').pathname).toBe('/portal/new/x../form');
    expect(filled('https://contoso.com/portal/new?a={appName}', '..').searchParams.get('a')).toBe('..');
    expect(filled('https://contoso.com/portal/new#a={appName}', '..').hash).toBe('#a=..');
  });
});

describe('redaction in every part of a ticket', () => {
  const allPlaceholders = 'https://t.contoso.com/new?c={code}&a={appName}&i={appId}&p={devicePlatform}&s={deviceState}&sum={summary}&d={details}&ids={ids}&n={details:nested}&j={details:json}';
  /** Everything the person could send: copy, e-mail (subject and body), ticket link, fully decoded. */
  function everythingSent(detection: Detection, redact: ReadonlySet<string>): string {
    const advice = ticketAdvice(chooseAdvice(detection, english), new Set(chooseAdvice(detection, english).steps.slice(0, 1).map((step) => step.id)));
    const { subject, body } = ticketText({ detection, advice, redact }, english);
    const mailto = buildMailto('it@contoso.com', { detection, advice, redact }, english);
    const ticket = fillTicketTemplate(allPlaceholders, detection, adviceSummaryForTicket(advice, english, redact), redact, english, advice)!;
    return [subject, body, decodeURIComponent(mailto), decodeURIComponent(decodeURIComponent(ticket)), detailsToCopy(detection, advice, english, redact)].join('\n');
  }

  it('the e-mail subject names the app unless the app name is redacted', () => {
    const hostile = { ...REGISTERED_WINDOWS_53003, appName: HOSTILE[1] };
    expect(ticketText({ detection: hostile, redact: new Set(['appName']) }, english).subject).toBe('Sign-in blocked: AADSTS53003');
    expect(new URL(buildMailto('it@contoso.com', { detection: hostile, redact: new Set(['appName']) }, english)).searchParams.get('subject')).toBe('Sign-in blocked: AADSTS53003');
    expect(ticketText({ detection: hostile, redact: new Set(['ipAddress']) }, english).subject).toBe(`Sign-in blocked: AADSTS53003 (${HOSTILE[1]})`);
  });

  it.each(REDACTABLE_FIELDS.map((field) => [field]))('a redacted %s appears nowhere', (field) => {
    const marker = `Zq-${field}-marker`;
    const detection = { ...REGISTERED_WINDOWS_53003, account: 'someone@contoso.com', message: 'AADSTS53003: blocked', [field]: marker } as Detection;
    expect(everythingSent(detection, new Set()), 'shown when not redacted').toContain(marker);
    expect(everythingSent(detection, new Set([field]))).not.toContain(marker);
  });

  it('the steps do not name a redacted browser or command-line tool, in the summary or anywhere else', () => {
    expect(everythingSent(CHROME_NO_DEVICE, new Set())).toContain('extension to Chrome');
    expect(everythingSent(CHROME_NO_DEVICE, new Set(['browser']))).not.toContain('Chrome');
    const azureCli = { ...REGISTERED_WINDOWS_53003, appName: 'Azure CLI', appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' };
    expect(everythingSent(azureCli, new Set())).toContain('az login');
    expect(everythingSent(azureCli, new Set(['appName', 'appId']))).not.toMatch(/az login|Azure CLI|04b07795/);
  });

  it.each(FIELDS_THE_STEPS_REVEAL.map((field) => [field]))('with %s redacted, the summary names the block only and no step list is sent', (field) => {
    const redact = new Set<string>([field]);
    const advice = ticketAdvice(chooseAdvice(CHROME_NO_DEVICE, english), new Set());
    expect(adviceSummaryForTicket(advice, english, redact)).toBe(advice.headline);
    const sent = everythingSent(CHROME_NO_DEVICE, redact);
    expect(sent).not.toContain('Tried:');
    expect(sent).not.toContain('Suggested, not tried:');
    for (const action of advice.notTried) expect(sent).not.toContain(action);
  });

  it('the other redactable fields do not steer the steps, so their redaction keeps the step lists', () => {
    const others = REDACTABLE_FIELDS.filter((field) => !(FIELDS_THE_STEPS_REVEAL as readonly string[]).includes(field));
    expect(others.sort()).toEqual(['account', 'branding', 'deviceId', 'ipAddress', 'message']);
    // The device id steers only by "Not available" (the page showed none), never by its value.
    const values: Record<string, (string | undefined)[]> = {
      account: [undefined, 'alice@contoso.com', 'bob@fabrikam.com'],
      branding: [undefined, 'Need help? Call +1 555 0100', 'Use Edge with the Intune app. Device code, VPN, Azure CLI'],
      deviceId: [undefined, '0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7', '5e8c2b71-0d4a-4f3e-b9a6-7f1d3c9e2a58'],
      ipAddress: [undefined, '167.29.0.4', '2001:db8::1'],
      message: [undefined, 'AADSTS53003: Access has been blocked by Conditional Access policies.', 'AADSTS50097: Device authentication is required. Use a device code in Azure CLI on Linux.'],
    };
    const codes = ['53000', '53001', '53003', '53009', '50097', '530003', '50076'];
    const browsers: BrowserName[] = ['Chrome', 'Edge', 'Firefox', 'Safari'];
    const systems: OsName[] = ['Windows', 'macOS', 'Linux', 'iOS', 'Android'];
    const states = ['Registered', 'Unregistered', 'Compliant', undefined];
    let compared = 0;
    for (const errorCode of codes)
      for (const browser of browsers)
        for (const os of systems)
          for (const deviceState of states) {
            const base: Detection = { ...REGISTERED_WINDOWS_53003, errorCode, browser, os, deviceState, account: undefined, message: undefined, branding: undefined };
            const steps = (detection: Detection) => chooseAdvice(detection, english).steps.map((step) => step.id);
            const expected = steps(base);
            for (const field of others) for (const value of values[field]) expect(steps({ ...base, [field]: value }), `${errorCode} ${browser} ${os} ${deviceState} ${field}=${value}`).toEqual(expected);
            compared++;
          }
    expect(compared).toBe(codes.length * browsers.length * systems.length * states.length);
  });
});
