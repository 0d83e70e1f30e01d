import { describe, expect, it } from 'vitest';
import type { TicketAdvice } from '../../src/ticket/advice-summary';
import { helpdeskChannels } from '../../src/ticket/helpdesk-channels';
import { fillTicketTemplate } from '../../src/ticket/fill-ticket-template';
import { mergeSettings } from '../../src/settings/merge-settings';
import { DEFAULT_SETTINGS, REDACTABLE_FIELDS } from '../../src/settings/settings-spec';
import { TICKET_PRESETS, presetFieldProblem } from '../../src/ticket/ticket-presets';
import { MAX_ADVICE_CODES } from '../../src/settings/setting-checks';
import { reasonText, ticketTemplateProblem, validateSettings } from '../../src/settings/validate-settings';
import { english } from './helpers/english';
import { REGISTERED_WINDOWS_53003 as sample } from './helpers/sample-detections';

describe('validateSettings', () => {
  it('keeps valid values, trimmed', () => {
    expect(validateSettings({ supportName: ' Contoso IT ', supportEmail: 'it@contoso.com', showPageNotice: false, redactFields: ['ipAddress', 'ipAddress'] })).toEqual({
      values: { supportName: 'Contoso IT', supportEmail: 'it@contoso.com', showPageNotice: false, redactFields: ['ipAddress'] },
      problems: [],
    });
  });

  it.each([
    ['ticketUrlTemplate', 'javascript:alert(document.cookie)//{requestId}', /https:\/\//],
    ['ticketUrlTemplate', 'http://tickets.contoso.com/new?id={requestId}', /https:\/\//],
    ['ticketUrlTemplate', 'data:text/html,<script>alert(1)</script>', /https:\/\//],
    ['ticketUrlTemplate', 'https://tickets.contoso.com/new?id={userPassword}', /uses unknown \{userPassword\}/],
    ['ticketUrlTemplate', 'https://user:pw@tickets.contoso.com/', /user name or password/],
    ['supportUrl', 'javascript:alert(1)', /https:\/\//],
    ['supportUrl', 'not a url', /not a web address starting with https:\/\//],
    ['supportEmail', 'it at contoso', /not a valid e-mail address/],
    ['supportEmail', 'a@b.com?cc=evil@x.com', /not a valid e-mail address/],
    ['supportPhone', '<b>555</b>', /digits/],
    ['supportName', 42, /must be text/],
    ['supportName', 'x'.repeat(81), /Make it 80 or less/],
    ['showPageNotice', 'yes', /true or false/],
    ['showPageNotice', 2, /true or false/],
    ['showPageNotice', ['true'], /true or false/],
    ['showPageNotice', null, /true or false/],
    ['extraAdvice', ['x'], /must pair error codes with text/],
    ['extraAdvice', 'x', /must pair error codes with text/],
    ['colour', 'blue', /not a known setting/],
  ])('refuses %s = %j with a reason', (key, value, reason) => {
    const { values, problems } = validateSettings({ [key]: value });
    expect(values).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0].key).toBe(key);
    expect(reasonText(problems[0].reason, english)).toMatch(reason);
  });

  it('takes true and false also as text or 0/1, as Firefox and the Windows registry can hand them over', () => {
    for (const [raw, value] of [[true, true], ['true', true], [' False ', false], ['1', true], [0, false], [1, true]] as const) {
      expect(validateSettings({ showPageNotice: raw }), JSON.stringify(raw)).toEqual({ values: { showPageNotice: value }, problems: [] });
    }
  });

  it('takes a list or map also as JSON text, as Firefox hands over a registry or macOS value, and checks it the same', () => {
    expect(validateSettings({ extraAdvice: '{"53003": " VPN first. "}', redactFields: ' ["ipAddress", "deviceId"] ' })).toEqual({
      values: { extraAdvice: { '53003': 'VPN first.' }, redactFields: ['ipAddress', 'deviceId'] },
      problems: [],
    });
    const { values, problems } = validateSettings({ extraAdvice: '{"53003": "VPN first.", "abc": "x"}' });
    expect(values).toEqual({ extraAdvice: { '53003': 'VPN first.' } });
    expect(problems.map((p) => reasonText(p.reason, english))).toEqual(['has abc, which is not an error code like 53003']);
    for (const text of ['{"53003": "VPN first."', '["53003"]', '"53003"', '42', 'null']) {
      expect(validateSettings({ extraAdvice: text }).problems.map((p) => reasonText(p.reason, english)), text).toEqual(['must pair error codes with text']);
    }
  });

  it('keeps the valid advice when entries are refused, names each, and sets nothing when none is valid', () => {
    const { values, problems } = validateSettings({ extraAdvice: { '53003': ' VPN first. ', AADSTS53000: 'x', '53000': 5, abc: 'y', '50105': 'z'.repeat(301) } });
    expect(values).toEqual({ extraAdvice: { '53003': 'VPN first.' } });
    expect(problems.map((p) => [p.key, reasonText(p.reason, english)])).toEqual([
      ['extraAdvice', 'has AADSTS53000, abc, which is not an error code like 53003'],
      ['extraAdvice', 'has a tip for 50105, 53000 that is not text or is over 300 characters'],
    ]);
    expect(validateSettings({ extraAdvice: { abc: 'x' } }).values).toEqual({});
  });

  it(`keeps the first ${MAX_ADVICE_CODES} advice codes and refuses only the excess, by name`, () => {
    const codes = Array.from({ length: MAX_ADVICE_CODES + 2 }, (_, i) => String(50000 + i));
    const { values, problems } = validateSettings({ extraAdvice: Object.fromEntries(codes.map((code) => [code, `Tip ${code}`])), supportName: 'IT' });
    expect(Object.keys(values.extraAdvice ?? {})).toEqual(codes.slice(0, MAX_ADVICE_CODES));
    expect(values.supportName).toBe('IT');
    expect(problems.map((p) => [p.key, reasonText(p.reason, english)])).toEqual([['extraAdvice', `has more than ${MAX_ADVICE_CODES} codes. Left out: 50050, 50051`]]);
  });

  it('removes bidi controls from settings text and advice, as from page text, and keeps line breaks', () => {
    const bidi = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';
    const { values, problems } = validateSettings({
      supportName: `${bidi}Contoso IT${bidi}`,
      supportEmail: `it\u202e@contoso.com`,
      orgMessage: `Mon\u2067–Fri\n9–5`,
      extraAdvice: { '53003': `Use \u202ethe VPN${bidi}` },
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({ supportName: 'Contoso IT', supportEmail: 'it@contoso.com', orgMessage: 'Mon–Fri\n9–5', extraAdvice: { '53003': 'Use the VPN' } });
  });

  it('ignores a missing policy and refuses a non-object', () => {
    expect(validateSettings(undefined)).toEqual({ values: {}, problems: [] });
    expect(validateSettings('x').problems).toHaveLength(1);
  });
});

describe('redactFields fails closed', () => {
  const ALL = [...REDACTABLE_FIELDS];
  it.each([
    ['a number', 3],
    ['true', true],
    ['null', null],
    ['a map', { ipAddress: true }],
  ])('leaves out every field when it is not a list (%s), and says so', (_shape, raw) => {
    const { values, problems } = validateSettings({ redactFields: raw });
    expect(values).toEqual({ redactFields: ALL });
    expect(problems.map((p) => [p.key, reasonText(p.reason, english)])).toEqual([['redactFields', 'must be a list of field names. Until you fix it, every field is left out']]);
  });

  it.each([
    ['a misspelt name', ['ipAddress', 'devicID'], '"devicID"'],
    ['a name in the wrong case', ['ipaddress', 'deviceId'], '"ipaddress"'],
    ['a field that is always kept', ['requestId', 'account'], '"requestId"'],
    ['entries that are not text', ['appName', 3, null, ['ipAddress']], 'number, object, object'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the cases under test
    ['a hole and undefined', [, 'os', undefined], 'undefined, undefined'],
    ['only unknown names', ['IP'], '"IP"'],
  ])('leaves out every field when an entry is unknown (%s), and names each refused entry', (_shape, raw, named) => {
    const { values, problems } = validateSettings({ redactFields: raw });
    expect(values).toEqual({ redactFields: ALL });
    expect(problems).toHaveLength(1);
    expect(reasonText(problems[0].reason, english)).toBe(`names ${named}, which can't be left out. Until you fix it, every field is left out. Use these: ${ALL.join(', ')}`);
  });

  it('names the first ten refused entries of a long list', () => {
    const { problems } = validateSettings({ redactFields: Array.from({ length: 5000 }, (_, i) => `f${i}`) });
    expect(problems[0].reason.args[0]).toBe(`${Array.from({ length: 10 }, (_, i) => `"f${i}"`).join(', ')}, …`);
  });

  it('takes one name written as text as a list of one, and fails closed when that one is unknown', () => {
    expect(validateSettings({ redactFields: 'ipAddress' })).toEqual({ values: { redactFields: ['ipAddress'] }, problems: [] });
    for (const [raw, named] of [['ipaddress', '"ipaddress"'], ['ipAddress,deviceId', '"ipAddress,deviceId"'], ['["ipAddress"', '"[\\"ipAddress\\""'], ['', '""'], ['3', '"3"']]) {
      const { values, problems } = validateSettings({ redactFields: raw });
      expect(values, raw).toEqual({ redactFields: ALL });
      expect(problems.map((p) => p.reason.args[0]), raw).toEqual([named]);
    }
  });

  it('keeps a list of known names as it is, each once', () => {
    expect(validateSettings({ redactFields: ['deviceId', 'ipAddress', 'deviceId'] })).toEqual({ values: { redactFields: ['deviceId', 'ipAddress'] }, problems: [] });
    expect(validateSettings({ redactFields: [] }), 'an admin may ask for nothing to be left out').toEqual({ values: { redactFields: [] }, problems: [] });
  });

  it('never lets a refused redaction value put a field back: policy that cannot be read still wins over the person', () => {
    const { settings, managedKeys, policyProblems } = mergeSettings({ redactFields: [] }, { redactFields: 'ipAddress,deviceId', supportName: 'Contoso IT' });
    expect(settings.redactFields).toEqual(ALL);
    expect(settings.supportName, 'the rest of the policy still applies').toBe('Contoso IT');
    expect(managedKeys).toEqual(['redactFields', 'supportName']);
    expect(policyProblems.map((p) => p.key)).toEqual(['redactFields']);
  });
});

describe('mergeSettings', () => {
  it('policy wins over the person, the person over defaults, invalid policy values fall back', () => {
    const { settings, managedKeys, policyProblems } = mergeSettings(
      { supportName: 'Mine', supportEmail: 'me@home.example', showPageNotice: false },
      { supportName: 'Contoso IT', ticketUrlTemplate: 'javascript:alert(1)' },
    );
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, supportName: 'Contoso IT', supportEmail: 'me@home.example', showPageNotice: false });
    expect(managedKeys).toEqual(['supportName']);
    expect(policyProblems.map((p) => p.key)).toEqual(['ticketUrlTemplate']);
  });
});

describe('fillTicketTemplate', () => {
  it('fills every placeholder, percent-encoded', () => {
    const url = fillTicketTemplate(
      'https://t.contoso.com/new?c={code}&r={requestId}&k={correlationId}&t={timestamp}&a={appName}&i={appId}&p={devicePlatform}&s={deviceState}&sum={summary}&d={details}',
      sample,
      'Blocked & stuck',
      new Set(),
      english,
    )!;
    const params = new URL(url).searchParams;
    expect(params.get('c')).toBe('53003');
    expect(params.get('r')).toBe(sample.requestId);
    expect(params.get('k')).toBe(sample.correlationId);
    expect(params.get('t')).toBe(sample.timestamp);
    expect(params.get('a')).toBe('Microsoft App Access Panel');
    expect(params.get('p')).toBe('Windows 10');
    expect(params.get('sum')).toBe('Blocked & stuck');
    expect(params.get('d')).toContain('Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200');
    expect(url).not.toContain(' ');
  });

  it('leaves redacted fields empty, and refuses a template that is not https', () => {
    const url = fillTicketTemplate('https://t.contoso.com/?a={appName}&d={details}', sample, '', new Set(['appName', 'ipAddress']), english)!;
    expect(new URL(url).searchParams.get('a')).toBe('');
    expect(new URL(url).searchParams.get('d')).not.toContain('167.29.0.4');
    expect(fillTicketTemplate('javascript:alert({requestId})', sample, '', new Set(), english)).toBeUndefined();
  });

  it('a hostile value cannot break out of its parameter', () => {
    const url = fillTicketTemplate('https://t.contoso.com/?a={appName}&x=1', { ...sample, appName: 'x&x=2#frag' }, '', new Set(), english)!;
    expect(new URL(url).searchParams.getAll('x')).toEqual(['1']);
    expect(new URL(url).hash).toBe('');
  });
});

describe('ticket presets', () => {
  it.each(TICKET_PRESETS.map((p) => [p.id, p] as const))('%s builds a valid template from its examples', (_id, preset) => {
    const values = Object.fromEntries(preset.fields.map((f) => [f.id, f.example]));
    expect(presetFieldProblem(preset, values)).toBeUndefined();
    const built = preset.build(values);
    if (built.ticketUrlTemplate) expect(ticketTemplateProblem(built.ticketUrlTemplate)).toBeUndefined();
    else expect(validateSettings({ supportUrl: built.supportUrl }).problems).toEqual([]);
  });

  it('refuses preset values that would change the host', () => {
    const servicenow = TICKET_PRESETS.find((p) => p.id === 'servicenow-incident')!;
    const problem = presetFieldProblem(servicenow, { instance: 'evil.example/x?' })!;
    expect(english(problem.field.labelKey)).toBe('Instance name');
    expect(reasonText(problem.reason, english)).toBe('should look like contoso');
  });
});

describe('helpdeskChannels', () => {
  const ADVICE: TicketAdvice = { headline: 'summary', tried: [], notTried: [] };
  const withoutNote = { ...sample, branding: undefined };

  it('with nothing configured: the page’s help line first, then an e-mail the person still has to address', () => {
    const channels = helpdeskChannels({ ...sample, branding: 'Need help! Contact Contoso Service Desk at +1 555 0100' }, ADVICE, DEFAULT_SETTINGS, english);
    expect(channels.map((c) => c.kind)).toEqual(['phone', 'email']);
    expect(channels[0]).toEqual({
      kind: 'phone',
      href: 'tel:+15550100',
      // The number and the note isolated (U+2068 … U+2069): each keeps its direction in an Arabic or Hebrew sentence.
      label: 'Call \u2068+1 555 0100\u2069',
      detail: 'From the sign-in page: “\u2068Need help! Contact Contoso Service Desk at +1 555 0100\u2069”',
    });
    expect(channels[1].href.startsWith('mailto:?subject=')).toBe(true);
    expect(channels[1].label).toBe(english('emailDraft'));
    expect(channels[1].label).not.toBe(english('emailTicket'));
    expect(channels[1].detail).toBe(english('emailDraftNoRecipient'));
  });

  it('with nothing configured and no number on the page: only the e-mail to address', () => {
    expect(helpdeskChannels(withoutNote, ADVICE, DEFAULT_SETTINGS, english).map((c) => c.kind)).toEqual(['email']);
    expect(helpdeskChannels({ ...sample, branding: 'Need help? Visit https://help.contoso.example' }, ADVICE, DEFAULT_SETTINGS, english).map((c) => c.kind)).toEqual(['email']);
  });

  it('offers phone, ticket, e-mail and portal, phone first, all carrying the IDs where they can', () => {
    const channels = helpdeskChannels(sample, ADVICE, {
      ...DEFAULT_SETTINGS,
      supportEmail: 'it@contoso.com',
      supportPhone: '+1 (555) 0100',
      supportUrl: 'https://support.contoso.com/',
      ticketUrlTemplate: 'https://t.contoso.com/new?r={requestId}&k={correlationId}',
      redactFields: ['ipAddress'],
    }, english);
    expect(channels.map((c) => c.kind)).toEqual(['phone', 'ticket', 'email', 'portal']);
    // The organisation's own number wins over the one on the page (sample's note has one too).
    expect(channels[0]).toMatchObject({ href: 'tel:+15550100', label: english('channelPhone'), detail: '+1 (555) 0100' });
    expect(channels[1].href).toBe(`https://t.contoso.com/new?r=${sample.requestId}&k=${sample.correlationId}`);
    expect(channels[2].href.startsWith('mailto:it@contoso.com?')).toBe(true);
    expect(channels[2].label).toBe(english('emailTicket'));
    expect(decodeURIComponent(channels[2].href)).not.toContain('167.29.0.4');
  });
});

describe('JSON-safe placeholders', () => {
  it('{details:json} keeps a JSON string valid when the value has quotes and line breaks', () => {
    const url = fillTicketTemplate(
      'https://contoso.service-now.com/sp?id=sc_cat_item&sysparm_variable_values={"short_description":"{summary:json}","description":"{details:json}"}',
      { ...sample, appName: 'App "quoted" \\ name' },
      'Blocked "now"',
      new Set(),
      english,
    )!;
    const variables = JSON.parse(new URL(url).searchParams.get('sysparm_variable_values')!);
    expect(variables.short_description).toBe('Blocked "now"');
    expect(variables.description).toContain('App name: App "quoted" \\ name\n');
    expect(variables.description).toContain(`Request Id: ${sample.requestId}`);
  });

  it('accepts :json only on known placeholders', () => {
    expect(ticketTemplateProblem('https://x.contoso.com/?d={details:json}')).toBeUndefined();
    expect(reasonText(ticketTemplateProblem('https://x.contoso.com/?d={secret:json}')!, english)).toMatch(/uses unknown \{secret\}/);
  });
});
