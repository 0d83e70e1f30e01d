// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The signed-in account and the organisation's note: the account comes from Microsoft's identity
 * banner, the note from Microsoft's container for the "Sign-in page text", and the one is never
 * taken for the other. Real page structure (the fixtures), then hostile pages, through the same
 * pipeline the extension runs (collectEvidence in the page, then validateEvidence and
 * parseErrorPage in the background).
 */
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';
import { TEXT_CAPS } from '../../src/page/detail-formats';
import type { ErrorDetails } from '../../src/page/error-details';
import { EVIDENCE_LIMITS } from '../../src/page/page-evidence';
import { parseErrorPage } from '../../src/page/parse-error-page';
import { signedInAccount } from '../../src/page/signed-in-account';
import { validateEvidence } from '../../src/page/validate-evidence';
import { fixture } from '../fixtures/index.mjs';

const ACCOUNT = 'alice.wong@contoso.com';
const BANNER = `<div class="identityBanner"><div id="displayName" class="identity" title="${ACCOUNT}">${ACCOUNT}</div></div>`;
const REAL_NOTE = 'Need help! Contact City Of Memphis Servicedesk at 901-636-6100';
const CONTAINER = /<div id="idBoilerPlateText"[^>]*>.*?<\/div>/;

function parse(html: string): ErrorDetails | null {
  const evidence = collectEvidence(new DOMParser().parseFromString(html, 'text/html'));
  // Through the message boundary, as the background receives it.
  const received = evidence && validateEvidence(JSON.parse(JSON.stringify(evidence)));
  return received ? parseErrorPage(received) : null;
}

/** The real registered-Windows page with Microsoft's identity banner above the title, as real pages show it. */
const realPage = fixture('53003-registered-windows').html;
const withBanner = (html: string, banner = BANNER) => html.replace('<div id="loginHeader"', `${banner}\n<div id="loginHeader"`);
const withNote = (html: string, note: string) => html.replace(CONTAINER, `<div id="idBoilerPlateText" class="wrap-content boilerplate-text ext-boilerplate-text">${note}</div>`);
const withoutContainer = (html: string) => html.replace(CONTAINER, '');
/** A page of another layout: the panel and a line of text, none of Microsoft's ids or classes. */
const plainPage = (lines: string[], head = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body><h1>Sign in</h1><div>Error Code: 53003</div><div>Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200</div>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`;

describe('the identity banner on a real error page', () => {
  it('gives the account as its own field and keeps the organisation’s real note', () => {
    expect(withBanner(realPage)).not.toBe(realPage);
    const details = parse(withBanner(realPage));
    expect(details).toMatchObject({ errorCode: '53003', account: ACCOUNT, branding: REAL_NOTE });
  });

  it('the Contoso demo fixture: account from the banner, note from its container', () => {
    const details = parse(fixture('53003-contoso-signed-in').html);
    expect(details?.account).toBe(ACCOUNT);
    expect(details?.branding).toBe('Need help? Call the Contoso Service Desk at +1 555 0100');
  });

  it('never takes the account for the note, even when the organisation added none', () => {
    for (const html of [withBanner(withNote(realPage, '')), withBanner(withoutContainer(realPage))]) {
      const details = parse(html);
      expect(details?.account).toBe(ACCOUNT);
      expect(details?.branding).toBeUndefined();
    }
  });

  it('a display name or a phone number in the banner is the account too', () => {
    expect(parse(withBanner(realPage, '<div class="identityBanner"><div id="displayName" class="identity">Alice Wong</div></div>'))?.account).toBe('Alice Wong');
    const phone = parse(withBanner(withoutContainer(realPage), '<div class="identityBanner"><div id="displayName" class="identity">+1 555 0100</div></div>'));
    expect(phone?.account).toBe('+1 555 0100');
    expect(phone?.branding).toBeUndefined();
  });

  it('a page without a banner has no account', () => {
    expect(parse(realPage)?.account).toBeUndefined();
  });
});

describe('the organisation’s note from its container', () => {
  it('joins its paragraphs and links into one line', () => {
    const details = parse(withNote(realPage, '<p>Need help?</p><p>Call the <a href="tel:+15550100">Contoso Service Desk</a> at +1 555 0100</p>'));
    expect(details?.branding).toBe('Need help? Call the Contoso Service Desk at +1 555 0100');
  });

  it('takes it as the organisation wrote it, even without a phone number', () => {
    expect(parse(withNote(realPage, '<p>Authorized use only.</p>'))?.branding).toBe('Authorized use only.');
  });

  it('a long note (Microsoft allows 1,024 characters) keeps the paragraph with the help line', () => {
    const legal = 'This system is for authorized use only and activity may be monitored. '.repeat(12);
    const details = parse(withNote(realPage, `<p>${legal}</p><p>Service desk: +1 555 0100</p>`));
    expect(details?.branding).toBe('Service desk: +1 555 0100');
  });

  it('a huge note is capped and never fails the page', () => {
    const details = parse(withNote(realPage, `<p>${'Call 555 0100 '.repeat(100_000)}</p>`));
    expect(details?.errorCode).toBe('53003');
    expect(details?.branding?.length).toBeLessThanOrEqual(TEXT_CAPS.branding);
  });

  it('HTML-looking text stays text; the container’s own scripts and styles are not read', () => {
    const details = parse(withNote(realPage, '<p>Need help? &lt;img src=x onerror=alert(1)&gt; Call 555-0100</p><script>var leaked = "script text";</script><style>p{}</style>'));
    expect(details?.branding).toBe('Need help? <img src=x onerror=alert(1)> Call 555-0100');
  });

  it('a container that shows the account gives no note', () => {
    const details = parse(withBanner(withNote(realPage, `<p>${ACCOUNT}</p>`)));
    expect(details?.account).toBe(ACCOUNT);
    expect(details?.branding).toBeUndefined();
  });

  it('never reads form inputs inside the elements (hidden inputs carry flow tokens)', () => {
    const token = 'AQABIQEAAABVrSpeuWamRam2jAF1XRQE-secret-flow-token';
    const html = withBanner(withNote(realPage, `<p>Call 555 0100 for help now</p><input type="hidden" name="flowToken" value="${token}">`), `<div class="identityBanner"><div id="displayName" class="identity">${ACCOUNT}<input type="hidden" name="ctx" value="${token}"></div></div>`);
    const evidence = collectEvidence(new DOMParser().parseFromString(html, 'text/html'));
    expect(JSON.stringify(evidence)).not.toContain(token);
  });
});

describe('the fallback, for pages without Microsoft’s container', () => {
  it('takes a line with words and a phone number', () => {
    expect(parse(plainPage(['Need help? Call the Contoso Service Desk at +1 555 0100']))?.branding).toBe('Need help? Call the Contoso Service Desk at +1 555 0100');
  });

  it('skips an e-mail-only footer and a line that is just an address', () => {
    const details = parse(plainPage(['Questions? privacy-office@microsoft.com', ACCOUNT, 'Contact: +1 555 0100']));
    expect(details?.branding).toBeUndefined();
  });

  it('skips the banner’s account and any line that contains it, and keeps looking', () => {
    const html = plainPage([`Signed in as ${ACCOUNT} today`, 'Need help? Call the Contoso Service Desk at +1 555 0100']).replace('<h1>', `${BANNER}<h1>`);
    expect(parse(html)).toMatchObject({ account: ACCOUNT, branding: 'Need help? Call the Contoso Service Desk at +1 555 0100' });
  });

  it('skips the panel’s own lines', () => {
    expect(parse(plainPage(['Timestamp: 2026-01-20T21:33:18.342Z call 555 0100 for the team']))?.branding).toBeUndefined();
  });
});

describe('signedInAccount: only an account’s shape', () => {
  it.each([
    ['alice.wong@contoso.com', 'alice.wong@contoso.com'],
    ['  ALICE@contoso.onmicrosoft.com ', 'ALICE@contoso.onmicrosoft.com'],
    ['Alice Wong', 'Alice Wong'],
    ['Zoë O’Brien-Ng (Contoso)', 'Zoë O’Brien-Ng (Contoso)'],
    ['王小明', '王小明'],
    ['+1 555 0100', '+1 555 0100'],
  ])('%s is an account', (banner, account) => {
    expect(signedInAccount(banner)).toBe(account);
  });

  it.each([
    ['HTML-looking', '<img src=x onerror=alert(1)>'],
    ['a link', 'javascript:alert(1)'],
    ['two addresses', 'a@contoso.com b@contoso.com'],
    ['an address with markup', 'a<b>@contoso.com'],
    ['a label and value', 'Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200'],
    ['huge', `${'a'.repeat(EVIDENCE_LIMITS.elementText)}@contoso.com`],
    ['too long for a name', 'A'.repeat(TEXT_CAPS.account + 1)],
    ['empty', '   '],
  ])('%s is not', (_what, banner) => {
    expect(signedInAccount(banner)).toBeUndefined();
  });
});
