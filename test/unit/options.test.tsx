// @vitest-environment happy-dom
// The options page as a view of settings and actions: no extension APIs, the English messages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../options/OptionsPage';
import { formFromSettings, rebaseForm, formToSettings } from '../../options/options-form';
import { detectTicketSystem } from '../../options/ticket-system';
import { SAMPLE_DETECTION } from '../../src/detection/sample-detection';
import { chooseAdvice } from '../../src/knowledge/choose-advice';
import { mergeSettings, type EffectiveSettings } from '../../src/settings/merge-settings';
import { SETTING_DOCS } from '../../src/settings/setting-docs';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '../../src/settings/settings-spec';
import { TICKET_PRESETS } from '../../src/ticket/ticket-presets';
import { english } from './helpers/english';
import { fixture } from '../fixtures/index.mjs';

const ZENDESK = 'https://contoso.zendesk.com/hc/en-us/requests/new?ticket_form_id=360000123456&tf_subject={summary}&tf_description={details}';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function show(effective: EffectiveSettings, save = vi.fn(async (_values: Partial<Settings>) => {})) {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<OptionsPage effective={effective} t={english} save={save} />, container!));
  return { save, rerender: (next: EffectiveSettings) => act(() => render(<OptionsPage effective={next} t={english} save={save} />, container!)) };
}

const $ = <T extends Element = HTMLInputElement>(selector: string) => {
  const found = container!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const byLabel = <T extends Element = HTMLInputElement>(label: string) => {
  const match = [...container!.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!match) throw new Error(`no label "${label}"`);
  return $<T>(`#${CSS.escape(match.htmlFor)}`);
};
/** The text of everything an element's aria-describedby points at. */
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`)
    .join(' | ');

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => {
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function pick(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
const status = () => $('[role="status"]').textContent ?? '';
const saveButton = () => [...container!.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;

describe('options page: policy', () => {
  it('shows policy-set keys locked, says "Set by your organization", and never saves them', async () => {
    const effective = mergeSettings(
      { supportName: 'My desk', supportEmail: 'me@example.com' },
      { supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: ZENDESK, redactFields: ['ipAddress'], showPageNotice: false },
    );
    const { save } = await show(effective);

    const email = byLabel('Helpdesk e-mail address');
    expect(email.disabled).toBe(true);
    expect(email.value).toBe('servicedesk@contoso.com');
    expect(description(email)).toContain('Set by your organization');
    expect(email.closest('.field')?.textContent).toContain('Set by your organization');

    const system = byLabel<HTMLSelectElement>('Your ticket system');
    expect(system.disabled).toBe(true);
    expect(system.value).toBe('zendesk');
    expect(description(system)).toContain('Set by your organization');
    expect(byLabel('Zendesk subdomain').disabled).toBe(true);

    const ip = container!.querySelector<HTMLInputElement>('input[value="ipAddress"]')!;
    expect(ip.disabled && ip.checked).toBe(true);
    expect(description(ip.closest('fieldset')!)).toContain('Set by your organization');
    expect(byLabel('Show “Get help with this error” next to Microsoft\'s message').disabled).toBe(true);

    const name = byLabel('Helpdesk name');
    expect(name.disabled).toBe(false);
    expect(description(name)).not.toContain('Set by your organization');
    expect(container!.textContent).toContain('Your organization set some of these options.');

    await type(name, 'Contoso IT');
    await click(saveButton());
    expect(save).toHaveBeenCalledTimes(1);
    const saved = save.mock.calls[0][0];
    expect(saved.supportName).toBe('Contoso IT');
    for (const key of ['supportEmail', 'ticketUrlTemplate', 'redactFields', 'showPageNotice']) expect(saved).not.toHaveProperty(key);
    expect(status()).toContain('Saved');
  });

  it('lists each policy key received, its value, and whether it was used or refused with the reason', async () => {
    await show(mergeSettings({}, { supportName: 'Contoso IT', ticketUrlTemplate: 'javascript:alert(1)', supportEmal: 'x@contoso.com' }));
    const box = $('.policy-problems');
    expect(box.querySelector('h2')?.textContent).toBe('Browser policy');
    const items = [...box.querySelectorAll('li')];
    expect(items.map((li) => [li.dataset.key, li.dataset.result])).toEqual([
      ['supportName', 'used'],
      ['ticketUrlTemplate', 'refused'],
      ['supportEmal', 'refused'],
    ]);
    expect(items[0].textContent).toBe('supportName Contoso IT Used');
    expect(items[1].querySelector('.received')?.textContent).toBe('javascript:alert(1)');
    expect(items[1].textContent).toMatch(/^ticketUrlTemplate javascript:alert\(1\) Not used\. ticketUrlTemplate must start with https:\/\/ .*\.$/);
    expect(items[2].textContent).toContain('supportEmal is not a known setting');
    expect(box.textContent, 'what was refused is not used, said once').toContain('what was refused is not used');
  });

  it('says nothing about refusals when every policy value was used', async () => {
    await show(mergeSettings({}, { supportName: 'Contoso IT' }));
    expect($('.policy-problems').textContent).not.toContain('what was refused is not used');
  });

  it('shows a received value only as text, cut short, without bidi controls, and lists as JSON', async () => {
    const markup = `<img src=x onerror="alert(1)">\u202e${'x'.repeat(300)}`;
    await show(mergeSettings({}, { orgMessage: markup, redactFields: ['ipAddress', 'ipaddress'] }));
    const [message, redact] = [...$('.policy-problems').querySelectorAll('li')];
    expect(message.querySelector('img'), 'policy markup is never markup').toBeNull();
    const shown = message.querySelector('.received')?.textContent ?? '';
    expect(shown.startsWith('<img src=x onerror="alert(1)">x')).toBe(true);
    expect(shown).toHaveLength(121);
    expect(shown.endsWith('…')).toBe(true);
    expect(redact.querySelector('.received')?.textContent).toBe('["ipAddress","ipaddress"]');
    expect(redact.dataset.result, 'redaction that fails closed is reported refused').toBe('refused');
  });

  it('reports policy that is not an object at all under "(all)"', async () => {
    await show(mergeSettings({}, 'supportName=Contoso'));
    const [only, ...rest] = [...$('.policy-problems').querySelectorAll('li')];
    expect(rest).toEqual([]);
    expect([only.dataset.key, only.dataset.result]).toEqual(['(all)', 'refused']);
  });

  it('shows no policy section without policy', async () => {
    await show(mergeSettings({ supportName: 'Desk' }, {}));
    expect(container!.querySelector('.policy-problems')).toBeNull();
  });

  it('links to the popup page in its sample mode, in a new tab', async () => {
    await show(mergeSettings({}, {}));
    const link = [...container!.querySelectorAll('a')].find((a) => a.textContent === 'Show a sample help view');
    expect(link?.getAttribute('href')).toBe('../popup/index.html?sample');
    expect(link?.target).toBe('_blank');
  });

  it('takes policy that arrives late, keeping what the person typed elsewhere', async () => {
    const before = mergeSettings({ supportName: 'Desk' }, {});
    const { rerender } = await show(before);
    await type(byLabel('Helpdesk name'), 'Typed, not saved');
    await rerender(mergeSettings({ supportName: 'Desk' }, { supportEmail: 'servicedesk@contoso.com' }));
    expect(byLabel('Helpdesk name').value).toBe('Typed, not saved');
    const email = byLabel('Helpdesk e-mail address');
    expect(email.value).toBe('servicedesk@contoso.com');
    expect(email.disabled).toBe(true);
  });
});

describe('options page: checking and saving', () => {
  it('refuses a javascript: ticket template with a message tied to the input, and does not save it', async () => {
    const { save } = await show(mergeSettings({}, {}));
    await pick(byLabel<HTMLSelectElement>('Your ticket system'), 'custom');
    const template = byLabel('Ticket link template');
    await type(template, 'javascript:alert(document.cookie)');

    expect(template.getAttribute('aria-invalid')).toBe('true');
    expect(description(template)).toContain('Ticket link template must start with https://');
    expect(container!.querySelector('[data-part="ticket"]')?.querySelector('a')).toBeNull();

    await click(saveButton());
    expect(save).not.toHaveBeenCalled();
    expect(status()).toContain('Not saved. Fix this first: Ticket link template must start with https://');
    expect(document.activeElement).toBe(template);

    await type(template, 'https://support.contoso.com/new?subject={summary}');
    expect(template.hasAttribute('aria-invalid')).toBe(false);
    await click(saveButton());
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ ticketUrlTemplate: 'https://support.contoso.com/new?subject={summary}' }));
  });

  it('lists the placeholders for a custom template', async () => {
    await show(mergeSettings({}, {}));
    await pick(byLabel<HTMLSelectElement>('Your ticket system'), 'custom');
    const listed = [...container!.querySelectorAll('.placeholders code')].map((c) => c.textContent);
    expect(listed).toContain('{requestId}');
    expect(listed).toContain('{details}');
  });

  it('builds the template from a preset, with field checks, and saves it', async () => {
    const { save } = await show(mergeSettings({}, {}));
    await pick(byLabel<HTMLSelectElement>('Your ticket system'), 'zendesk');
    const subdomain = byLabel('Zendesk subdomain');
    expect(description(subdomain)).toContain('For example: contoso');

    await type(subdomain, 'contoso.zendesk.com');
    expect(subdomain.getAttribute('aria-invalid')).toBe('true');
    expect(description(subdomain)).toContain('Zendesk subdomain should look like contoso.');

    await type(subdomain, 'contoso');
    await type(byLabel('Ticket form ID'), '360000123456');
    expect(subdomain.hasAttribute('aria-invalid')).toBe(false);
    expect($('.built code').textContent).toBe(ZENDESK);

    await click(saveButton());
    expect(save.mock.calls[0][0].ticketUrlTemplate).toBe(ZENDESK);
  });

  it('sets the portal for a system without prefill', async () => {
    const { save } = await show(mergeSettings({}, {}));
    await pick(byLabel<HTMLSelectElement>('Your ticket system'), 'portal-only');
    expect(container!.textContent).toContain(english(TICKET_PRESETS.find((p) => p.id === 'portal-only')!.noteKey!));
    await type(byLabel('Portal address (host name)'), 'contoso.freshservice.com');
    expect(byLabel('Helpdesk portal').value).toBe('https://contoso.freshservice.com/');
    await click(saveButton());
    expect(save.mock.calls[0][0]).toMatchObject({ supportUrl: 'https://contoso.freshservice.com/', ticketUrlTemplate: '' });
  });

  it('explains a wrong e-mail address once the field is left, and counts problems on save', async () => {
    const { save } = await show(mergeSettings({}, {}));
    const email = byLabel('Helpdesk e-mail address');
    await act(() => {
      email.value = 'servicedesk';
      email.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(email.hasAttribute('aria-invalid')).toBe(false);
    await act(() => {
      email.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(description(email)).toContain('Helpdesk e-mail address is not a valid e-mail address.');

    await type(byLabel('Helpdesk portal'), 'http://support.contoso.com');
    await click(saveButton());
    expect(save).not.toHaveBeenCalled();
    expect(status()).toContain('Fix the 2 marked values first');
  });

  it('edits extra advice as rows of code and text', async () => {
    const { save } = await show(mergeSettings({ extraAdvice: { '53003': 'Connect to the VPN.' } }, {}));
    expect(byLabel<HTMLTextAreaElement>('Tip').value).toBe('Connect to the VPN.');
    await click([...container!.querySelectorAll('button')].find((b) => b.textContent === 'Add a tip')!);
    const codes = container!.querySelectorAll<HTMLInputElement>('.advice-row input');
    expect(codes).toHaveLength(2);
    expect(document.activeElement).toBe(codes[1]);
    await type(codes[1], 'AADSTS50158');
    expect(description(codes[1])).toContain('is not an error code');

    await type(codes[1], '50158');
    await type(container!.querySelectorAll<HTMLTextAreaElement>('.advice-row textarea')[1], 'Finish the security check first.');
    await click(saveButton());
    expect(save.mock.calls[0][0].extraAdvice).toEqual({ '53003': 'Connect to the VPN.', '50158': 'Finish the security check first.' });

    await click([...container!.querySelectorAll('button')].find((b) => b.textContent === 'Remove tip 1')!);
    expect(container!.querySelectorAll('.advice-row')).toHaveLength(1);
  });

  it('refuses to save a 51st tip and says the limit, saving nothing', async () => {
    const fifty = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [String(50000 + i), `Tip ${i}`]));
    const { save } = await show(mergeSettings({ extraAdvice: fifty }, {}));
    await click([...container!.querySelectorAll('button')].find((b) => b.textContent === 'Add a tip')!);
    await type(container!.querySelectorAll<HTMLInputElement>('.advice-row input')[50], '53003');
    await type(container!.querySelectorAll<HTMLTextAreaElement>('.advice-row textarea')[50], 'Connect to the VPN.');
    await click(saveButton());
    expect(status()).toMatch(/^Not saved\..*more than 50 codes\. Left out: 53003/);
    expect(save).not.toHaveBeenCalled();
  });

  it('resets the form to the defaults, keeping policy values', async () => {
    const { save } = await show(mergeSettings({ supportName: 'Desk', redactFields: ['ipAddress'] }, { supportEmail: 'servicedesk@contoso.com' }));
    await click([...container!.querySelectorAll('button')].find((b) => b.textContent === 'Reset to defaults')!);
    expect(byLabel('Helpdesk name').value).toBe('');
    expect(byLabel('Helpdesk e-mail address').value).toBe('servicedesk@contoso.com');
    expect(status()).toContain('Select Save to keep them');
    expect(save).not.toHaveBeenCalled();
    await click(saveButton());
    expect(save.mock.calls[0][0]).toMatchObject({ supportName: '', redactFields: [], showPageNotice: true });
  });
});

describe('options page: preview', () => {
  const previewText = () => $('.preview').textContent ?? '';

  it('shows the ticket for the sample block: subject, body with the Request Id, the mailto and the ticket link', async () => {
    await show(mergeSettings({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: ZENDESK }, {}));
    expect($('[data-part="to"]').textContent).toBe('servicedesk@contoso.com');
    expect($('[data-part="subject"]').textContent).toBe('Sign-in blocked: AADSTS53003 (Contoso Expenses)');
    expect($('[data-part="body"]').textContent).toContain('Request Id: 7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00');
    expect(previewText()).toContain('IP address: 203.0.113.24');

    const mailto = $<HTMLAnchorElement>('[data-part="mailto"] a');
    expect(mailto.getAttribute('href')).toMatch(/^mailto:servicedesk@contoso\.com\?subject=/);
    expect(mailto.textContent).toBe(mailto.getAttribute('href'));

    const ticket = $<HTMLAnchorElement>('[data-part="ticket"] a');
    expect(ticket.getAttribute('href')).toMatch(/^https:\/\/contoso\.zendesk\.com\/hc\/en-us\/requests\/new\?ticket_form_id=360000123456&tf_subject=/);
    expect(ticket.getAttribute('href')).toContain('7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00');
    expect(ticket.textContent).toBe(ticket.getAttribute('href'));
  });

  it('shows what the popup would send for the sample: its real advice, a step tried and the others not', async () => {
    await show(mergeSettings({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: ZENDESK }, {}));
    const advice = chooseAdvice(SAMPLE_DETECTION, english);
    const body = $('[data-part="body"]').textContent ?? '';
    expect(body).toContain(advice.title);
    expect(body).toMatch(/\nTried:\n- .+\nSuggested, not tried:\n- /);
    expect(body.match(/^- /gm)).toHaveLength(advice.steps.length);
    // The link's length is the real one: the same body, encoded.
    const mailto = $<HTMLAnchorElement>('[data-part="mailto"] a').getAttribute('href')!;
    expect(new URL(mailto).searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(body);
    const ticket = decodeURIComponent($<HTMLAnchorElement>('[data-part="ticket"] a').getAttribute('href')!);
    expect(ticket).toContain('Tried: ');
  });

  it('leaves out a redacted IP address everywhere, and follows the form before saving', async () => {
    await show(mergeSettings({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: ZENDESK, redactFields: ['ipAddress'] }, {}));
    const everything = () => previewText() + [...container!.querySelectorAll('.preview a')].map((a) => a.getAttribute('href')).join(' ');
    expect(everything()).toContain('7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00');
    expect(everything()).not.toContain('203.0.113.24');
    expect(previewText()).toContain('Left out: IP address');

    await act(() => {
      const ip = container!.querySelector<HTMLInputElement>('input[value="ipAddress"]')!;
      ip.checked = false;
      ip.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(everything()).toContain('203.0.113.24');
  });

  it('shows a redacted app and browser left out of the subject and the steps, as people will send it', async () => {
    await show(mergeSettings({ supportEmail: 'servicedesk@contoso.com', ticketUrlTemplate: ZENDESK, redactFields: ['appName', 'browser'] }, {}));
    expect($('[data-part="subject"]').textContent).toBe('Sign-in blocked: AADSTS53003');
    const body = $('[data-part="body"]').textContent ?? '';
    expect(body).toContain(chooseAdvice(SAMPLE_DETECTION, english).title);
    expect(body).not.toMatch(/Tried:|Suggested, not tried:/);
    const links = [...container!.querySelectorAll('.preview a')].map((a) => decodeURIComponent(a.getAttribute('href')!)).join(' ');
    expect(links).not.toMatch(/Contoso Expenses|Chrome|Tried:/);
    expect(links).toContain('7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00');
  });

  it('shows page text as text, never as HTML', async () => {
    await show(mergeSettings({ supportName: '<img src=x onerror=alert(1)>' }, {}));
    expect(container!.querySelector('img')).toBeNull();
    const sources = readdirSync(join(process.cwd(), 'options')).filter((f) => /\.tsx?$/.test(f));
    for (const file of sources) {
      expect(readFileSync(join(process.cwd(), 'options', file), 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/);
    }
  });
});

describe('options page: structure', () => {
  it('has one main, one h1, an h2 per section, and a visible label for every input', async () => {
    await show(mergeSettings({ extraAdvice: { '53003': 'Tip' } }, {}));
    await pick(byLabel<HTMLSelectElement>('Your ticket system'), 'servicenow-portal');
    expect(document.querySelectorAll('main')).toHaveLength(1);
    expect(container!.querySelectorAll('h1')).toHaveLength(1);
    expect([...container!.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Your helpdesk',
      'Ticket system',
      'Privacy in tickets',
      'Extra advice',
      'On the error page',
      'On other pages',
      'Preview',
    ]);
    for (const control of container!.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      const label = control.id ? container!.querySelector(`label[for="${CSS.escape(control.id)}"]`) : control.closest('label');
      expect(label?.textContent?.trim(), `label for ${control.outerHTML}`).toBeTruthy();
    }
    for (const described of container!.querySelectorAll('[aria-describedby]')) {
      expect(description(described)).not.toContain('(missing');
    }
  });

  it('shows the helpdesk fields in row order, each input of its kind, with its hint', async () => {
    await show(mergeSettings({}, {}));
    const fields = [...container!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('section[aria-labelledby="helpdesk-heading"] :is(input, textarea)')];
    const shape = (el: HTMLInputElement | HTMLTextAreaElement) => [
      el.id,
      el.tagName === 'TEXTAREA' ? 'textarea' : el.getAttribute('type'),
      el.getAttribute('autocomplete'),
      el.getAttribute('spellcheck') === 'true',
    ];
    expect(fields.map(shape)).toEqual([
      ['opt-supportName', 'text', 'off', true],
      ['opt-supportEmail', 'email', 'email', false],
      ['opt-supportPhone', 'tel', 'tel', false],
      ['opt-supportUrl', 'url', 'url', false],
      ['opt-orgMessage', 'textarea', 'off', true],
    ]);
    expect(description(byLabel('Helpdesk e-mail address'))).toBe(english('optionsSupportEmailHint'));
    expect(description(byLabel(english('optionsShowPageNoticeLabel')))).toBe(english('optionsShowPageNoticeHint'));
  });
});

describe('ticket system detection and late settings', () => {
  it('recognises a template every preset builds, and calls anything else custom', () => {
    const answers: Record<string, Record<string, string>> = {
      'servicenow-portal': { instance: 'contoso', item: '0123456789abcdef0123456789abcdef' },
      'servicenow-incident': { instance: 'contoso' },
      zendesk: { subdomain: 'contoso', form: '360000123456' },
      'jira-service-management': { site: 'contoso', portal: '3', requestType: '17' },
      'github-issues': { owner: 'contoso', repo: 'it-support' },
      'teams-chat': { users: 'a@contoso.com,b@contoso.com' },
    };
    for (const [id, values] of Object.entries(answers)) {
      const template = TICKET_PRESETS.find((p) => p.id === id)!.build(values).ticketUrlTemplate!;
      expect(detectTicketSystem(template), id).toEqual({ system: id, presetValues: values });
    }
    expect(detectTicketSystem('').system).toBe('none');
    expect(detectTicketSystem('https://contoso.zendesk.com/hc/en-us/requests/new?ticket_form_id=1&tf_subject={code}').system).toBe('custom');
  });

  it('keeps unsaved edits when settings change underneath, and takes everything else', () => {
    const before: Settings = { ...DEFAULT_SETTINGS, supportName: 'Desk', supportPhone: '+1 555 0100' };
    const draft = { ...formFromSettings(before), supportName: 'Edited' };
    const after: Settings = { ...before, supportName: 'Other', supportPhone: '+1 555 0199', supportEmail: 'servicedesk@contoso.com' };
    const next = formToSettings(rebaseForm(draft, before, after, new Set(['supportEmail'])));
    expect(next).toMatchObject({ supportName: 'Edited', supportPhone: '+1 555 0199', supportEmail: 'servicedesk@contoso.com' });
  });

  it('maps every setting into the form and back unchanged, without sharing lists with the settings', () => {
    const examples = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_DOCS[key].example])) as unknown as Settings;
    const form = formFromSettings(examples);
    expect(formToSettings(form)).toEqual(examples);
    expect(formToSettings(formFromSettings(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
    expect(form.redactFields).not.toBe(examples.redactFields);
  });

  it('has a sample detection with the demo page’s Contoso values, none of a real organisation’s', () => {
    const { message: _message, ...demo } = fixture('53003-contoso-signed-in').expected!;
    expect(SAMPLE_DETECTION).toMatchObject(demo);
    const sample = JSON.stringify(SAMPLE_DETECTION);
    for (const real of ['167.29.0.4', 'Memphis', '901-636-6100', 'e289bbe9-276a-4154-ba5e-08a32afa0200']) expect(sample).not.toContain(real);
  });
});
