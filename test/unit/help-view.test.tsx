// @vitest-environment happy-dom
// The help view for every fixture's detection, rendered through the popup container and the mock
// connector, under the settings an organisation may set: none, a full helpdesk policy, redaction,
// and a private window.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectorMock } from './helpers/popup-connector-mock';
import { Popup } from '../../popup/Popup';
import { buildDetection } from '../../src/detection/build-detection';
import { chooseAdvice } from '../../src/knowledge/choose-advice';
import type { StepId } from '../../src/knowledge/steps';
import type { ErrorDetails } from '../../src/page/error-details';
import type { Detection } from '../../src/detection/detection';
import { isSignInUrl, type SignInHost } from '../../src/page/signin-hosts';
import { mergeSettings } from '../../src/settings/merge-settings';
import { loadFixtures } from '../fixtures/index.mjs';
import { english } from './helpers/english';

const USER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

/** Each positive fixture's expected details, as the background would store them. */
const detections: Array<[string, Detection]> = loadFixtures().flatMap(({ name, url, expected }) => {
  if (!expected || !isSignInUrl(url)) return [];
  const { messageStartsWith: _, ...details } = expected;
  const host = new URL(url).hostname as SignInHost;
  const detection = buildDetection(details as ErrorDetails, { config: {}, text: '', userAgent: USER_AGENT, locale: 'en-US' }, { tabId: 3, host, privateWindow: false, now: new Date('2026-01-20T21:40:00Z') });
  return [[name, detection] as [string, Detection]];
});

const POLICY = { supportName: 'Contoso IT', supportEmail: 'help@contoso.example', supportPhone: '+1 555 0100', supportUrl: 'https://help.contoso.example/', orgMessage: 'Call us before you try anything else.' };

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function showHelp(detection: Detection, policy: Record<string, unknown> = {}, connector = createConnectorMock({ detection, settings: mergeSettings(undefined, policy) })): Promise<HTMLElement> {
  const first = await connector.readFirst();
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<Popup connector={connector} first={first} t={english} />, container!));
  return container;
}

const textOf = (element: Element | null | undefined) => element?.textContent ?? '';

it('has fixtures to show', () => {
  expect(detections.length).toBeGreaterThan(10);
});

describe.each(detections)('help view for %s', (_name, detection) => {
  it('with no settings: the advice, the details and a way to copy them', async () => {
    const view = await showHelp(detection);
    expect(textOf(view.querySelector('h1'))).toBe(chooseAdvice(detection, english).title);
    if (detection.requestId) expect(textOf(view.querySelector('.details'))).toContain(detection.requestId);
    if (detection.errorCode) expect(textOf(view)).toContain(detection.errorCode);
    expect(view.querySelector('button.primary')).not.toBeNull();
    expect(textOf(view)).not.toMatch(/undefined|\$\d|\bnull\b/);
    expect(view.querySelector('.note')).toBeNull();
  });

  it('with a full helpdesk policy: its name, message and every channel', async () => {
    const view = await showHelp(detection, POLICY);
    expect(textOf(view.querySelector('#contact-heading'))).toContain('Contoso IT');
    expect(textOf(view.querySelector('.org-message'))).toContain(POLICY.orgMessage);
    const links = [...view.querySelectorAll('.channels a')].map((a) => a.getAttribute('href') ?? '');
    expect(links.some((href) => href.startsWith('mailto:help@contoso.example'))).toBe(true);
    expect(links.some((href) => href.startsWith('tel:'))).toBe(true);
    expect(links).toContain(POLICY.supportUrl);
  });

  it('says the helpdesk is managed by the organization only when policy set it', async () => {
    expect(textOf((await showHelp(detection, POLICY)).querySelector('.managed'))).toBe('Set by your IT team');
    render(null, container!);
    expect((await showHelp(detection, { redactFields: ['ipAddress'] })).querySelector('.managed'), 'policy that sets no contact detail').toBeNull();
    render(null, container!);
    const own = createConnectorMock({ detection, settings: mergeSettings({ supportEmail: 'me@contoso.example' }, {}) });
    expect((await showHelp(detection, {}, own)).querySelector('.managed'), 'the person’s own helpdesk').toBeNull();
  });

  it('with redaction: the redacted values are not shown', async () => {
    const redacted = (['ipAddress', 'deviceId'] as const).filter((field) => detection[field]);
    const view = await showHelp(detection, { redactFields: ['ipAddress', 'deviceId'] });
    for (const field of redacted) expect(textOf(view.querySelector('.details'))).not.toContain(detection[field]!);
  });

  it('in a private window: says so once, by the step to leave it where that step is shown, else by a note', async () => {
    const inPrivate = { ...detection, privateWindow: true };
    const view = await showHelp(inPrivate);
    const leaveStep = chooseAdvice(inPrivate, english).steps.some((step) => step.id === 'normal_window');
    expect(view.querySelector('[data-step="normal_window"]') !== null).toBe(leaveStep);
    expect([...view.querySelectorAll('.note')].map(textOf)).toEqual(leaveStep ? [] : [english('privateWindowNote')]);
  });

  it('the first screen in the order the person needs it: headline, cause, copy, contact; then the steps and the details', async () => {
    const view = await showHelp(detection, POLICY);
    const inOrder = ['h1', '.cause', 'button.primary', '[data-channel="phone"]', '[data-channel="email"]', '#try-heading', '.tell-it', '.all-details'].map((selector) => {
      const found = view.querySelector(selector);
      expect(found, selector).not.toBeNull();
      return found!;
    });
    for (let i = 1; i < inOrder.length; i++) {
      expect(inOrder[i - 1].compareDocumentPosition(inOrder[i]) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).toBeTruthy();
    }
    // The cause is one sentence; the rest of "what happened" comes with the steps, nothing lost.
    const advice = chooseAdvice(detection, english);
    expect(`${textOf(view.querySelector('.cause'))} ${textOf(view.querySelector('.more-cause'))}`.trim()).toBe(advice.whatHappened);
  });

  it('the IDs in view beside the contact, each with its copy button; the full list one tap away', async () => {
    const view = await showHelp(detection);
    const keyIds = view.querySelector('.contact .key-ids');
    for (const field of ['requestId', 'correlationId'] as const) {
      if (!detection[field]) continue;
      expect(textOf(keyIds?.querySelector(`[data-field="${field}"] .id`))).toBe(detection[field]);
      expect(keyIds?.querySelector(`[data-field="${field}"] button`)).not.toBeNull();
    }
    const all = view.querySelector<HTMLDetailsElement>('details.all-details')!;
    expect(all.open).toBe(false);
    expect(all.querySelector('.details')).not.toBeNull();
  });

  it('“who can fix it” only where it says something the steps and the contact do not', async () => {
    const view = await showHelp(detection);
    const advice = chooseAdvice(detection, english);
    const who = view.querySelector('.who');
    if (advice.nothingYouCanDo || advice.whoCanFix === 'both' || advice.whoCanFix === 'unknown') expect(who).toBeNull();
    else expect(textOf(who)).toBe(advice.whoCanFixText);
  });
});

describe('the contact, phone first', () => {
  const [, sample] = detections.find(([name]) => name === '53003-registered-windows')!;
  const withNote = { ...sample, branding: 'Need help! Contact Contoso Service Desk at +1 555 0100' };
  const kinds = (view: HTMLElement) => [...view.querySelectorAll('.channels li')].map((li) => li.getAttribute('data-channel'));

  it('with no settings: the page’s help line as a call, with the note it came from, then an e-mail the person addresses', async () => {
    const view = await showHelp(withNote);
    expect(kinds(view)).toEqual(['phone', 'email']);
    const call = view.querySelector('[data-channel="phone"] a')!;
    expect(call.getAttribute('href')).toBe('tel:+15550100');
    expect(textOf(call)).toBe('Call \u2068+1 555 0100\u2069');
    expect(textOf(view.querySelector('[data-channel="phone"] .channel-detail'))).toContain(withNote.branding);
    expect(textOf(view.querySelector('[data-channel="email"] a'))).toBe(english('emailDraft'));
    expect(textOf(view.querySelector('[data-channel="email"]'))).toContain(english('emailDraftNoRecipient'));
  });

  it('with a policy: the organisation’s own number, then its ticket link and e-mail', async () => {
    const view = await showHelp(withNote, { ...POLICY, ticketUrlTemplate: 'https://t.contoso.example/new?r={requestId}' });
    expect(kinds(view)).toEqual(['phone', 'ticket', 'email', 'portal']);
    expect(view.querySelector('[data-channel="phone"] a')?.getAttribute('href')).toBe('tel:+15550100');
    expect(textOf(view.querySelector('[data-channel="phone"]'))).not.toContain(withNote.branding);
    expect(textOf(view.querySelector('[data-channel="email"] a'))).toBe(english('emailTicket'));
  });

  it('a hostile note gives only its number, as text and a plain tel: link', async () => {
    const [, hostile] = detections.find(([name]) => name === '53003-hostile')!;
    const view = await showHelp(hostile);
    expect(view.querySelector('[data-channel="phone"] a')?.getAttribute('href')).toBe('tel:5550100');
    expect([...view.querySelectorAll('script, img')].filter((element) => !element.closest('.brand'))).toEqual([]);
    expect(textOf(view.querySelector('[data-channel="phone"] .channel-detail'))).toContain('<script>');
    expect(view.querySelectorAll('a[href^="javascript:"]')).toHaveLength(0);
  });

  it('shows the error’s time in UTC and the person’s clock beside the IDs', async () => {
    const view = await showHelp(sample);
    expect(textOf(view.querySelector('.key-ids [data-field="timestamp"]'))).toContain('2026-01-20 21:33 UTC');
  });
});

describe('help view: the steps tried', () => {
  const [, detection] = detections.find(([name]) => name.startsWith('53003-registered-windows'))!;
  const steps = chooseAdvice(detection, english).steps;
  const boxes = (view: HTMLElement) => [...view.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]')];
  const mailBody = (view: HTMLElement) => new URL(view.querySelector('[data-channel="email"] a')!.getAttribute('href')!).searchParams.get('body')!.replace(/\r\n/g, '\n');

  it('has steps to tick', () => {
    expect(steps.length).toBeGreaterThan(1);
  });

  it('shows the kept ticks from the first paint, each box labelled by its step', async () => {
    const view = await showHelp(detection, {}, createConnectorMock({ detection, tried: [steps[1].id as StepId] }));
    expect(boxes(view).map((box) => box.checked)).toEqual(steps.map((_, i) => i === 1));
    for (const [i, box] of boxes(view).entries()) {
      expect(box.closest('label')?.textContent).toBe(steps[i].text);
      expect(box.closest('li')?.dataset.step).toBe(steps[i].id);
    }
    expect(textOf(view.querySelector('.checklist-hint'))).toBe(english('checklistHint'));
  });

  it('a tick is saved with the detection, stays, and reaches the e-mail, the copy and the ticket link', async () => {
    const connector = createConnectorMock({ detection, settings: mergeSettings(undefined, { ticketUrlTemplate: 'https://help.contoso.example/new?s={summary}&d={details}' }) });
    const view = await showHelp(detection, {}, connector);
    expect(mailBody(view)).not.toContain(english('ticketTried'));
    await act(() => boxes(view)[0].click());
    expect(boxes(view).map((box) => box.checked)).toEqual(steps.map((_, i) => i === 0));
    expect(connector.savedTried).toEqual([{ detection, steps: [steps[0].id] }]);
    const action = (text: string) => text.slice(0, text.search(/[.!?](\s|$)/) + 1);
    expect(mailBody(view)).toContain(`${english('ticketTried')}\n- ${action(steps[0].text)}\n${english('ticketNotTried')}\n- ${action(steps[1].text)}`);
    const ticket = new URL(view.querySelector('[data-channel="ticket"] a')!.getAttribute('href')!).searchParams;
    expect(ticket.get('s')).toContain(`${english('ticketTried')} ${action(steps[0].text)} ${english('ticketNotTried')} ${action(steps[1].text)}`);
    expect(ticket.get('d')).toContain(`\n\n${english('ticketTried')}\n- ${action(steps[0].text)}\n${english('ticketNotTried')}\n- ${action(steps[1].text)}`);
    await act(() => [...view.querySelectorAll('button')].find((b) => b.textContent === english('copyDetails'))!.click());
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(connector.copied[0]).toContain(`\n\n${english('ticketTried')}\n- ${action(steps[0].text)}\n${english('ticketNotTried')}`);

    await act(() => boxes(view)[0].click());
    expect(boxes(view).every((box) => !box.checked)).toBe(true);
    expect(connector.savedTried.at(-1)).toEqual({ detection, steps: [] });
    expect(mailBody(view)).not.toContain(english('ticketTried'));
  });

  it('keeps the ticks on screen when the same error is stored again, and starts afresh for a new one', async () => {
    const connector = createConnectorMock({ detection });
    const view = await showHelp(detection, {}, connector);
    await act(() => boxes(view)[1].click());
    // A read that crossed the tick: same error, the ticks from before it.
    await act(() => connector.change({ shown: { detection: { ...detection, message: 'AADSTS53003: more of the panel' }, fromElsewhere: false, tried: [] } }));
    expect(boxes(view).map((box) => box.checked)).toEqual(steps.map((_, i) => i === 1));
    await act(() => connector.change({ shown: { detection: { ...detection, requestId: 'aaaaaaaa-0000-4000-8000-000000000001' }, fromElsewhere: false, tried: [] } }));
    expect(boxes(view).some((box) => box.checked)).toBe(false);
  });
});

describe('help view: for IT', () => {
  const [, detection] = detections.find(([name]) => name === '53003-contoso-signed-in') ?? detections[0];

  it('copies the lookups and the What If inputs, with the organisation’s redaction applied', async () => {
    const connector = createConnectorMock({ detection, settings: mergeSettings(undefined, { redactFields: ['account'] }) });
    const view = await showHelp(detection, {}, connector);
    const buttons = [...view.querySelectorAll('.for-it button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Copy lookups for IT', 'Copy What If inputs']);
    for (const button of buttons) await act(() => (button as HTMLButtonElement).click());
    // The copy answers asynchronously; let its state update land.
    await act(async () => {});
    expect(connector.copied).toHaveLength(2);
    expect(connector.copied[0]).toContain(`correlationId eq '${detection.correlationId}'`);
    expect(connector.copied[1]).toContain('Test-MgIdentityConditionalAccess');
    for (const text of connector.copied) expect(text).not.toContain(detection.account ?? '@');
    expect(buttons.map((button) => button.textContent)).toEqual(['✓ Copied', '✓ Copied']);
  });

  it('offers no lookups without an ID to look up, and still the What If inputs', async () => {
    const view = await showHelp({ ...detection, requestId: undefined, correlationId: undefined });
    expect([...view.querySelectorAll('.for-it button')].map((button) => button.textContent)).toEqual(['Copy What If inputs']);
  });
});
