import { describe, expect, it } from 'vitest';
import { MAILTO_MAX_LENGTH, buildMailto, ticketText } from '../../src/ticket/build-ticket';
import { english } from './helpers/english';
import { REGISTERED_WINDOWS_53003 as sample } from './helpers/sample-detections';

const decode = (link: string) => {
  const url = new URL(link);
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
};

describe('ticket e-mail', () => {
  it('has a subject naming the code and app, and a body with the IDs and the plain-words summary', () => {
    const { subject, body } = ticketText({ detection: sample, adviceSummary: 'Blocked by sign-in rules. Suggested: open a normal window.' }, english);
    expect(subject).toBe('Sign-in blocked: AADSTS53003 (Microsoft App Access Panel)');
    expect(body).toContain('Blocked by sign-in rules. Suggested: open a normal window.');
    for (const line of ['Error Code: 53003', 'Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200', 'Correlation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886', 'Timestamp: 2026-01-20T21:33:18.342Z', 'Device state: Registered', 'Browser: Chrome 142', 'Sign-in host: login.microsoftonline.com (global)']) {
      expect(body).toContain(line);
    }
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

  it('stays under 2,000 characters, dropping the message before any ID', () => {
    const long = { ...sample, message: `AADSTS53003: ${'x'.repeat(600)}`, branding: 'y'.repeat(300), appName: 'z'.repeat(120) };
    const link = buildMailto('it@contoso.com', { detection: long, adviceSummary: 'w '.repeat(200) }, english);
    expect(link.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { body } = decode(link);
    expect(body).toContain('Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200');
    expect(body).toContain('Correlation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886');
    expect(body).not.toContain('xxxxxxxx');
  });

  it('leaves redacted fields out of the e-mail', () => {
    const { body } = decode(buildMailto('', { detection: sample, redact: new Set(['ipAddress']) }, english));
    expect(body).not.toContain('167.29.0.4');
  });
});
