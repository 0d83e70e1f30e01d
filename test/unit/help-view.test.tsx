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

  it('with redaction: the redacted values are not shown', async () => {
    const redacted = (['ipAddress', 'deviceId'] as const).filter((field) => detection[field]);
    const view = await showHelp(detection, { redactFields: ['ipAddress', 'deviceId'] });
    for (const field of redacted) expect(textOf(view.querySelector('.details'))).not.toContain(detection[field]!);
  });

  it('in a private window: says so', async () => {
    const view = await showHelp({ ...detection, privateWindow: true });
    expect(textOf(view.querySelector('.note'))).toBe(english('privateWindowNote'));
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
