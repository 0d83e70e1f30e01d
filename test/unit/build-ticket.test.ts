import { describe, expect, it } from 'vitest';
import { chooseAdvice } from '../../src/knowledge/choose-advice';
import { type TicketAdvice, adviceSummaryForTicket, ticketAdvice, triedStepsLines } from '../../src/ticket/advice-summary';
import { TICKET_URL_MAX_LENGTH, fillTicketTemplate } from '../../src/ticket/fill-ticket-template';
import { formatDetails } from '../../src/ticket/format-details';
import { MAILTO_MAX_LENGTH, buildMailto, ticketText } from '../../src/ticket/build-ticket';
import { english, translation } from './helpers/english';
import { REGISTERED_WINDOWS_53003 as sample } from './helpers/sample-detections';

const HEADLINE = "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess)";
const ADVICE: TicketAdvice = {
  headline: HEADLINE,
  tried: ['Add the Microsoft Single Sign On extension to Chrome.'],
  notTried: ['Try Microsoft Edge instead.', 'Use a computer or phone that your organization gave you, and sign in there.'],
};
const IDS = ['Error Code: 53003', 'Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200', 'Correlation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886', 'Timestamp: 2026-01-20T21:33:18.342Z'];

const decode = (link: string) => {
  const url = new URL(link);
  // Line breaks travel as CRLF (RFC 6068); the tests compare lines.
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body')?.replace(/\r\n/g, '\n') };
};

describe('ticket e-mail', () => {
  it('has a subject naming the code and app, and a body with the block in plain words and the IDs', () => {
    const { subject, body } = ticketText({ detection: sample, advice: ADVICE }, english);
    expect(subject).toBe('Sign-in blocked: AADSTS53003 (Microsoft App Access Panel)');
    expect(body.split('\n').slice(0, 2)).toEqual([english('ticketIntro'), HEADLINE]);
    for (const line of [...IDS, 'Device state: Registered', 'Browser: Chrome 142', 'Sign-in host: login.microsoftonline.com (global)']) {
      expect(body).toContain(line);
    }
  });

  it('says which steps were tried and which not, after the details and before the person’s own words', () => {
    const { body } = ticketText({ detection: sample, advice: ADVICE }, english);
    const steps = [
      'Tried:',
      '- Add the Microsoft Single Sign On extension to Chrome.',
      'Suggested, not tried:',
      '- Try Microsoft Edge instead.',
      '- Use a computer or phone that your organization gave you, and sign in there.',
    ].join('\n');
    expect(body).toContain(`\n\n${steps}\n\nWhat I was trying to do:\n`);
    expect(body.indexOf('Tried:')).toBeGreaterThan(body.indexOf('Sign-in host:'));
    expect(body.endsWith('What I was trying to do:\n')).toBe(true);
  });

  it('leaves out a step list with nothing in it, and says who can fix it when no step was suggested', () => {
    const none = ticketText({ detection: sample, advice: { ...ADVICE, tried: [] } }, english).body;
    expect(none).not.toContain('Tried:');
    expect(none).toContain('Suggested, not tried:\n- Try Microsoft Edge instead.');
    const all = ticketText({ detection: sample, advice: { ...ADVICE, notTried: [] } }, english).body;
    expect(all).toContain('Tried:\n- Add the Microsoft Single Sign On extension to Chrome.\n\nWhat I was trying to do:');
    expect(all).not.toContain('not tried');
    const noSteps = ticketText({ detection: sample, advice: { headline: 'IT must check the account first (AADSTS53004)', tried: [], notTried: [], whoCanFix: 'Only your IT team can fix this.' } }, english).body;
    expect(noSteps.split('\n')[1]).toBe('IT must check the account first (AADSTS53004): Only your IT team can fix this.');
    expect(noSteps).not.toMatch(/Tried:|not tried/);
  });

  it('has a subject without a trailing space when the page named no app', () => {
    const { subject } = ticketText({ detection: { ...sample, appName: undefined } }, english);
    expect(subject).toBe('Sign-in blocked: AADSTS53003');
  });

  it('is a mailto: link with CRLF line breaks, percent-encoded, to the given address', () => {
    const link = buildMailto('servicedesk@contoso.com', { detection: sample }, english);
    expect(link.startsWith('mailto:servicedesk@contoso.com?subject=')).toBe(true);
    expect(link).toContain('%0D%0A');
    expect(link).not.toMatch(/[\s<>"]/);
    const { to, body } = decode(link);
    expect(to).toBe('servicedesk@contoso.com');
    expect(body).toContain('Correlation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886');
  });

  it('stays under 2,000 characters, dropping the message before any ID or step', () => {
    const long = { ...sample, message: `AADSTS53003: ${'x'.repeat(600)}` };
    const link = buildMailto('it@contoso.com', { detection: long, advice: ADVICE }, english);
    expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { body } = decode(link);
    for (const line of IDS) expect(body).toContain(line);
    expect(body).not.toContain('xxxxxxxx');
    expect(body).toContain(triedStepsLines(ADVICE, english, new Set()).join('\n'));
  });

  it('when too long, drops the steps not tried first, then the details the sign-in log has, then what was tried; never an ID', () => {
    const seen = new Set<string>();
    for (let length = 20; length < 1000; length += 15) {
      const step = (name: string) => `${name} ${'w'.repeat(length)}.`;
      const advice: TicketAdvice = { headline: HEADLINE, tried: [step('tried-1'), step('tried-2')], notTried: [step('untried-1'), step('untried-2')] };
      const link = buildMailto('it@contoso.com', { detection: sample, advice }, english);
      expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const { body } = decode(link);
      const has = (text: string) => body!.includes(text);
      for (const line of [english('ticketIntro'), HEADLINE, ...IDS]) expect(has(line), `${line} at ${length}`).toBe(true);
      const allDetails = ['App name:', 'Device state:', 'Sign-in host:', 'Note on sign-in page:'].every(has);
      const allTried = has('tried-1') && has('tried-2');
      if (has('untried-1')) expect(allDetails && allTried, `details and tried steps before untried ones, at ${length}`).toBe(true);
      if (!allTried) expect(has('App name:') || has('untried'), `no detail nor untried step before a tried one, at ${length}`).toBe(false);
      seen.add(has('untried-2') ? 'all' : has('untried-1') ? 'some untried' : allDetails ? 'no untried' : allTried ? 'fewer details' : 'fewer tried');
    }
    // Every stage of shortening happened at some length: the checks above were not vacuous.
    expect([...seen].sort()).toEqual(['all', 'fewer details', 'fewer tried', 'no untried', 'some untried']);
  });

  it("carries the error's own cloud's lookup after the IDs, and keeps it longer than the other details, never over 2,000 characters", () => {
    for (const [cloud, host] of [['global', 'graph.microsoft.com'], ['usgov', 'graph.microsoft.us'], ['china', 'microsoftgraph.chinacloudapi.cn']] as const) {
      const lookup = `GET https://${host}/v1.0/auditLogs/signIns?$filter=correlationId eq '${sample.correlationId}'`;
      const link = buildMailto('it@contoso.com', { detection: { ...sample, cloud }, advice: ADVICE }, english);
      expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const lines = decode(link).body!.split('\n');
      expect(lines.indexOf(lookup), cloud).toBeGreaterThan(Math.max(...IDS.map((id) => lines.indexOf(id))));
    }
    const stages = new Set<string>();
    for (let length = 20; length < 1400; length += 20) {
      const advice: TicketAdvice = { headline: HEADLINE, tried: [`tried ${'w'.repeat(length)}.`], notTried: [] };
      const link = buildMailto('it@contoso.com', { detection: sample, advice }, english);
      expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const { body } = decode(link);
      for (const line of IDS) expect(body).toContain(line);
      const hasLookup = body!.includes('GET https://graph.microsoft.com/');
      if (!hasLookup) expect(body, `a detail outlasted the lookup at ${length}`).not.toMatch(/App name:|Device state:|Sign-in host:/);
      stages.add(body!.includes('App name:') ? 'details' : hasLookup ? 'lookup only' : 'neither');
    }
    expect([...stages].sort()).toEqual(['details', 'lookup only', 'neither']);
  });

  it('once the person enabled flagging, keeps "Flagged for review" with the IDs and adds the flagged lookup, under 2,000 characters', () => {
    const flagged = { ...sample, flaggedForReviewAt: '2026-11-30T14:06:00.000Z' };
    for (let length = 20; length < 1400; length += 20) {
      const advice: TicketAdvice = { headline: HEADLINE, tried: [`tried ${'w'.repeat(length)}.`], notTried: [] };
      const link = buildMailto('it@contoso.com', { detection: flagged, advice }, english);
      expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
      const body = decode(link).body!;
      for (const line of IDS) expect(body).toContain(line);
      expect(body).toContain('Flagged for review: yes, at 14:06 UTC');
    }
    const roomy = decode(buildMailto('it@contoso.com', { detection: flagged, advice: ADVICE }, english)).body!;
    expect(roomy).toContain("GET https://graph.microsoft.com/beta/auditLogs/signIns?$filter=flaggedForReview eq true");
  });

  it('never leaves a step heading without its steps', () => {
    // Long enough that only part of the steps fit, at every length of the last one.
    for (let extra = 0; extra < 400; extra += 7) {
      const advice: TicketAdvice = { headline: HEADLINE, tried: [`a${'t'.repeat(extra)}.`], notTried: [`b${'n'.repeat(400)}.`, `c${'n'.repeat(extra)}.`] };
      const lines = decode(buildMailto('it@contoso.com', { detection: sample, advice }, english)).body!.split('\n');
      for (const heading of ['Tried:', 'Suggested, not tried:']) {
        const at = lines.indexOf(heading);
        if (at !== -1) expect(lines[at + 1], `${heading} at ${extra}`).toMatch(/^- /);
      }
    }
  });

  it('keeps the IDs and what was tried in Japanese, where each character takes nine in the link', () => {
    const ja = translation('ja');
    const detection = { ...sample, deviceState: 'Unregistered', deviceId: undefined };
    const shown = chooseAdvice(detection, ja);
    expect(shown.steps.length).toBeGreaterThan(2);
    const advice = ticketAdvice(shown, new Set([shown.steps[1].id]));
    const link = buildMailto('it@contoso.com', { detection, advice }, ja);
    expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { body } = decode(link);
    for (const id of [sample.requestId!, sample.correlationId!, sample.timestamp!]) expect(body).toContain(id);
    expect(body).toContain(`${ja('ticketTried')}\n- ${advice.tried[0]}`);
  });

  it('leaves redacted fields out of the e-mail', () => {
    const { body } = decode(buildMailto('', { detection: sample, redact: new Set(['ipAddress']) }, english));
    expect(body).not.toContain('167.29.0.4');
  });
});

describe('ticket link', () => {
  const TEMPLATE = 'https://help.contoso.example/new?s={summary}&d={details}';
  const filled = (advice: TicketAdvice) => new URL(fillTicketTemplate(TEMPLATE, sample, adviceSummaryForTicket(advice, english, new Set()), new Set(), english, advice)!).searchParams;

  it('says what was tried in the summary and, after the details, in the description', () => {
    const link = filled(ADVICE);
    expect(link.get('s')).toBe(`${HEADLINE}: Tried: ${ADVICE.tried[0]} Suggested, not tried: ${ADVICE.notTried.join(' ')}`);
    expect(link.get('d')).toBe(`${formatDetails(sample, english)}\n\n${triedStepsLines(ADVICE, english, new Set()).join('\n')}`);
  });

  it('when too long, loses the steps in the description before any ID', () => {
    const long: TicketAdvice = { headline: HEADLINE, tried: [], notTried: Array.from({ length: 40 }, (_, i) => `step-${i} ${'w'.repeat(120)}.`) };
    const link = fillTicketTemplate(TEMPLATE.replace('s={summary}&', ''), sample, '', new Set(), english, long)!;
    expect(link.length).toBeLessThanOrEqual(TICKET_URL_MAX_LENGTH);
    const details = new URL(link).searchParams.get('d')!;
    for (const line of IDS) expect(details).toContain(line);
    expect(details).toContain('step-0');
    expect(details).not.toContain('step-39');
  });
});
