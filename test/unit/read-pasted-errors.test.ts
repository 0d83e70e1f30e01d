/**
 * The paste parser over every real capture in test/fixtures/real (pasted whole, as a person would
 * copy them), the shapes apps and tools print, and the negatives: text that only mentions a code.
 * Values are the captures' own. Invented text is marked where it is used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_BLOCKS } from '../../src/knowledge/sign-in-blocks';
import { oauthErrorInAddress } from '../../src/paste/oauth-error-params';
import { PASTE_LIMIT } from '../../src/paste/explain-message';
import { type PastedError, readPastedErrors } from '../../src/paste/read-pasted-errors';

const real = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/real', name), 'utf8');
const ids = (error: PastedError | undefined) => error && [error.errorCode, error.requestId, error.correlationId, error.timestamp];

describe('readPastedErrors: every real capture gives its code and IDs', () => {
  it.each([
    ['53003-azure-cli-unregistered-page-text.txt', ['53003', '790d21d9-68fb-457f-b1a4-674c11e3bf00', '62e76ee1-52af-46d3-ba8f-3f0be6aea289', '2026-09-03T13:32:53.761Z']],
    ['50011-old-generic-2021-page-text.txt', ['50011', '55b61f64-7894-4f06-990b-03cd86a50401', 'd5860fee-7020-484d-810d-988e160db2a7', '2021-05-03T16:51:43Z']],
    ['530001-browser-not-supported-page-text.txt', ['530001', '40c27552-19b0-44b3-8802-7c20b372e300', '6e1abb61-1442-4f28-b3a4-a523c3c7fb72', '2026-07-18T05:16:17.577Z']],
    ['53004-troubleshooting-block.txt', ['53004', '7d4a8d29-7da4-44a1-a78c-cd09d38f6400', '1835d1a9-1d57-4f30-b8d3-2197ac852167', '2026-07-16T19:13:18.503Z']],
    ['900023-new-ui-accessibility-tree.yaml', ['900023', '75dbe23f-5489-4c97-bc6c-8a4bd3371500', '019ecfc0-6477-7d44-8c67-f5406841ca70', '2026-06-16T09:25:54Z']],
    // The CLI's timestamp has a space where ISO has a `T`: the lookups need ISO.
    ['53003-token-endpoint.json', ['53003', '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', '85b60f58-62ff-4d26-b249-6a0229ba280e', '2023-05-29T05:46:34Z']],
    ['53003-wstrust-soap-fault.xml', ['53003', undefined, undefined, undefined]],
  ])('%s', (name, expected) => {
    const { errors, cut } = readPastedErrors(real(name));
    expect(errors).toHaveLength(1);
    expect(ids(errors[0])).toEqual(expected);
    expect(errors[0].message ?? '').not.toMatch(/Trace ID|Request Id|<|"$/);
    expect(cut).toBe(false);
  });

  it('a page with its app and device details keeps them', () => {
    expect(readPastedErrors(real('53003-azure-cli-unregistered-page-text.txt')).errors[0]).toMatchObject({ appName: 'Microsoft Azure CLI', deviceState: 'Unregistered', ipAddress: '155.93.134.86' });
  });

  it('three pages copied in a row: each error, the Conditional Access block first, with its organisation note', () => {
    const { errors } = readPastedErrors(real('53003-registered-windows-page-text.md'));
    expect(errors.map(ids)).toEqual([
      ['53003', 'e289bbe9-276a-4154-ba5e-08a32afa0200', '1e2775c3-f8be-45c3-8d8e-3c6cc9a73886', '2026-01-20T21:33:18.342Z'],
      ['700016', undefined, undefined, undefined],
      ['50011', '1af1a022-7076-4d1b-80e0-34a7ab12a700', '1144f429-250b-4462-bbf0-bb356c2fd2c0', '2026-01-20T21:31:48Z'],
    ]);
    expect(errors[0].branding).toBe('Need help! Contact City Of Memphis Servicedesk at 901-636-6100');
    expect(errors[1].tenant).toBe('City of Memphis');
  });

  it('apps and CLIs: the MSAL.NET exception, az login and MSAL4J each give an error', () => {
    const { errors } = readPastedErrors(real('53003-client-error-strings.txt'));
    expect(errors.map(ids)).toEqual([
      ['53003', '64908389-2527-4188-8ba4-29b9e76e3c00', 'a400dd29-ad31-4de1-933e-3e3995a7c6cc', '2023-08-03T18:11:29Z'],
      ['53003', '2f8ccb7a-459e-44fb-b615-232475945800', '824fc737-3721-428a-adb8-e51aec8c4cce', '2026-02-17T18:39:09Z'],
      ['53005', undefined, undefined, undefined],
    ]);
    expect(errors[1].message).toBe('AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.');
  });

  it('every OAuth error redirect: query, fragment and form post, with the cloud from error_uri', () => {
    const { errors } = readPastedErrors(real('oauth-error-redirects.txt'));
    expect(errors.map(ids)).toEqual([
      ['50105', '320db82b-71a0-4520-a16f-f962e19a9000', 'ba8b945c-1cd8-4344-b355-b40c63174248', '2020-07-14T11:00:34Z'],
      ['500011', '712f08aa-0375-46de-9c23-bfa11f462600', '57946413-c07c-4507-a9cc-399ebfd01bd9', '2026-02-19T02:42:55Z'],
      ['700051', '500ad936-7f89-40a5-836f-aa7374991101', 'e658abe4-a3bb-4603-8129-1942d95659c5', '2024-07-10T12:19:49Z'],
      ['65004', 'afeacfc3-bc28-4f52-8224-b29021045e00', '80d20882-eba5-4828-b8f8-1f12d8309051', '2020-01-20T04:52:24Z'],
      ['50097', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', '2026-10-01T14:03:11Z'],
    ]);
    expect(errors.every((e) => e.host === 'login.microsoftonline.com')).toBe(true);
    expect(errors.find((e) => e.errorCode === '500011')?.tenant).toBe('Contoso');
    // `state` is the app's, not the error's.
    expect(JSON.stringify(errors)).not.toContain('8MuwmgykQzr1FCT2');
  });

  it('partial pages: the code with whatever lines were copied', () => {
    expect(readPastedErrors(real('partial-53000-530035-530003.txt')).errors).toEqual([
      { errorCode: '53000', appName: 'Microsoft Teams', devicePlatform: 'Windows 10', deviceState: 'Managed' },
      { errorCode: '530035', appName: 'Microsoft Azure CLI', devicePlatform: 'Windows 10', deviceState: 'Unregistered' },
    ]);
  });
});

describe('readPastedErrors: shapes the tools print', () => {
  // Invented IDs, in the shape azure-cli's `az login` prints per tenant ("Authentication failed against tenant <id> '<name>': <error>").
  const cli = [
    "Authentication failed against tenant 278d6598-3ab5-43c9-87d7-523f6eda4704 'Default Directory': AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'. Trace ID: 11111111-2222-4333-8444-555555555555 Correlation ID: 66666666-7777-4888-9999-000000000000 Timestamp: 2026-02-09 14:52:39Z",
    "Authentication failed against tenant 0c9a4b2e-1f3d-4e5a-9b6c-7d8e9f0a1b2c 'Contoso': AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee Correlation ID: ffffffff-0000-4111-8222-333333333333 Timestamp: 2026-02-09 14:52:40Z",
    "Authentication failed against tenant 9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a 'Fabrikam': AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: 12121212-3434-4565-8787-909090909090 Correlation ID: 13131313-2424-4353-8646-575757575757 Timestamp: 2026-02-09 14:52:41Z",
  ].join('\n');

  it('az login over several tenants: each tenant, blocks first, each with its own IDs and tenant', () => {
    const { errors } = readPastedErrors(cli);
    expect(errors.map((e) => [e.errorCode, e.requestId, e.tenant])).toEqual([
      ['53003', 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', '0c9a4b2e-1f3d-4e5a-9b6c-7d8e9f0a1b2c (Contoso)'],
      ['53003', '12121212-3434-4565-8787-909090909090', '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a (Fabrikam)'],
      ['50076', '11111111-2222-4333-8444-555555555555', '278d6598-3ab5-43c9-87d7-523f6eda4704 (Default Directory)'],
    ]);
    expect(errors[2].timestamp).toBe('2026-02-09T14:52:39Z');
  });

  it("PowerShell's 'for tenant' names the tenant; 'organizations' is no tenant", () => {
    const line = (tenant: string) => `WARNING: Unable to acquire token for tenant '${tenant}' with error 'AADSTS53003: Access has been blocked by Conditional Access policies. Trace ID: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'`;
    expect(readPastedErrors(line('contoso.onmicrosoft.com')).errors[0].tenant).toBe('contoso.onmicrosoft.com');
    expect(readPastedErrors(line('organizations')).errors[0].tenant).toBeUndefined();
  });

  // The claims challenge shape of MSAL's claims request (MSALClaimsRequest.h); ids invented.
  const claims = '{"access_token":{"capolids":{"essential":true,"values":["7a3b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E"]}}}';
  const policies = ['7a3b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'];
  const tokenJson = (claimsValue: string) => `{"error":"interaction_required","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies.\\r\\nTrace ID: 36a9bfd2-0233-4b3b-b947-5ed41fa7a600","error_codes":[53003],"claims":${claimsValue}}`;

  it.each([
    ['as a JSON string in a token response', tokenJson(JSON.stringify(claims))],
    ['URL-encoded in a redirect', `https://app.example/cb?error=interaction_required&error_description=AADSTS53003%3a+Blocked.+Trace+ID%3a+36a9bfd2-0233-4b3b-b947-5ed41fa7a600&claims=${encodeURIComponent(claims)}`],
    ['base64 in a WWW-Authenticate header', `AADSTS53003: Access has been blocked by Conditional Access policies. Trace ID: 36a9bfd2-0233-4b3b-b947-5ed41fa7a600\nwww-authenticate: Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`],
  ])('capolids %s: the policy ids', (_how, text) => {
    expect(readPastedErrors(text).errors[0]).toMatchObject({ errorCode: '53003', requestId: '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', policyIds: policies });
  });

  it('an MSAL.js error object: camelCase keys', () => {
    const msal = 'InteractionRequiredAuthError: AADSTS53003: Access has been blocked by Conditional Access policies. {errorCode: "interaction_required", subError: "message_only", correlationId: "85b60f58-62ff-4d26-b249-6a0229ba280e", traceId: "36a9bfd2-0233-4b3b-b947-5ed41fa7a600", timestamp: "2023-05-29 05:46:34Z"}';
    expect(ids(readPastedErrors(msal).errors[0])).toEqual(['53003', '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', '85b60f58-62ff-4d26-b249-6a0229ba280e', '2023-05-29T05:46:34Z']);
  });

  it("a page copied in German: the page's own labels", () => {
    const german = 'Sie haben keinen Zugriff darauf\nFehlercode: 53003\nAnforderungs-ID: 790d21d9-68fb-457f-b1a4-674c11e3bf00\nKorrelations-ID: 62e76ee1-52af-46d3-ba8f-3f0be6aea289\nZeitstempel: 2026-09-03T13:32:53.761Z';
    expect(ids(readPastedErrors(german).errors[0])).toEqual(['53003', '790d21d9-68fb-457f-b1a4-674c11e3bf00', '62e76ee1-52af-46d3-ba8f-3f0be6aea289', '2026-09-03T13:32:53.761Z']);
  });

  it('a help article quoting a whole error still gives it: the person pasted it to ask about it', () => {
    const article = 'Fix: when you see\n\n> AADSTS53003: Access has been blocked by Conditional Access policies. Trace ID: 64908389-2527-4188-8ba4-29b9e76e3c00 Correlation ID: a400dd29-ad31-4de1-933e-3e3995a7c6cc Timestamp: 2023-08-03 18:11:29Z\n\nask your admin to check the sign-in logs.';
    expect(ids(readPastedErrors(article).errors[0])).toEqual(['53003', '64908389-2527-4188-8ba4-29b9e76e3c00', 'a400dd29-ad31-4de1-933e-3e3995a7c6cc', '2023-08-03T18:11:29Z']);
  });
});

describe('readPastedErrors: negatives and limits', () => {
  it.each([
    ['a mention of a code', 'Since Monday I get AADSTS53003 every time I open Outlook, any idea?'],
    ['a question about a code in quotes', 'What does "AADSTS53003" mean and who can fix it?'],
    ['a list of codes', 'Codes we see: AADSTS50076, AADSTS53003 and AADSTS50097.'],
    ['IDs without any error', 'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00\nCorrelation Id: 62e76ee1-52af-46d3-ba8f-3f0be6aea289'],
    ['a user-cancel redirect (no AADSTS error)', 'msauth://com.msft.identity.client.sample.local/1wIqXSqBj7w%2Bh11ZifsnqwgyKrY%3D?error=access_denied&error_subcode=cancel&state=1254'],
    ['empty text', ''],
    ['the README of the captures', real('README.md')],
  ])('%s: nothing', (_what, text) => {
    expect(readPastedErrors(text).errors).toEqual([]);
  });

  it('flow tokens never come out, whatever field they sit near', () => {
    const text = `AADSTS53003: Access has been blocked ctx=rQQIARAAhZE9aBNhGMfvmrbWorXtIIIgGQ flowToken=AQABAAEAAABVrSpeuWamRam2 sFT=s3cr3tsFTvalue\nTrace ID: 36a9bfd2-0233-4b3b-b947-5ed41fa7a600\n"canary":"Wfx9VFnl8ax" "sCtx":"sCtxSecret99"`;
    const out = JSON.stringify(readPastedErrors(text));
    for (const secret of ['rQQIARAAhZE9aBNhGMfvmrbWorXtIIIgGQ', 'AQABAAEAAABVrSpeuWamRam2', 's3cr3tsFTvalue', 'Wfx9VFnl8ax', 'sCtxSecret99']) expect(out).not.toContain(secret);
    expect(readPastedErrors(text).errors[0].requestId).toBe('36a9bfd2-0233-4b3b-b947-5ed41fa7a600');
  });

  it('a real page copied with its links: the ctx of the links is not in the result', () => {
    expect(JSON.stringify(readPastedErrors(real('53003-registered-windows-page-text.md')))).not.toMatch(/rQQIARAA/);
  });

  it('text past the limit is cut, said, and not read', () => {
    const error = 'AADSTS53003: Access has been blocked. Trace ID: 36a9bfd2-0233-4b3b-b947-5ed41fa7a600';
    expect(readPastedErrors(`${error}\n${'x'.repeat(PASTE_LIMIT)}`)).toMatchObject({ cut: true, errors: [{ errorCode: '53003' }] });
    expect(readPastedErrors(`${'x '.repeat(PASTE_LIMIT / 2)}${error}`)).toEqual({ cut: true, errors: [] });
    expect(readPastedErrors(error).cut).toBe(false);
  });

  it('hostile text at the limit finishes: long runs, many codes, many labels', () => {
    for (const text of ['a'.repeat(PASTE_LIMIT), 'error='.repeat(PASTE_LIMIT / 6), 'AADSTS53003: x Trace ID: '.repeat(8000), `capolids:{${'"values":['.repeat(20000)}`, 'tenant '.repeat(30000), '<'.repeat(PASTE_LIMIT)]) {
      const { errors } = readPastedErrors(text);
      expect(errors.length).toBeLessThanOrEqual(10);
    }
  });
});

describe('oauthErrorInAddress', () => {
  it('reads the query or the fragment, and nothing else', () => {
    const query = oauthErrorInAddress('https://app.example/cb?error=interaction_required&error_description=AADSTS53003%3a+Blocked.&trace_id=36a9bfd2-0233-4b3b-b947-5ed41fa7a600&state=abc');
    expect(query).toBe('AADSTS53003: Blocked.\nTrace ID: 36a9bfd2-0233-4b3b-b947-5ed41fa7a600');
    expect(oauthErrorInAddress('https://app.example/#error=access_denied&error_description=AADSTS65004%3A+User+declined.')).toBe('AADSTS65004: User declined.');
    expect(oauthErrorInAddress('https://app.example/cb?code=abc&state=1')).toBeUndefined();
    expect(oauthErrorInAddress('not a url')).toBeUndefined();
  });
});

describe('readPastedErrors: block first', () => {
  it("puts every code the knowledge treats as Conditional Access (its page has flagging) before the others", () => {
    const blocks = Object.entries(SIGN_IN_BLOCKS).filter(([, block]) => block.pageHasFlagging).map(([code]) => code);
    for (const code of blocks) {
      const text = `AADSTS50076: MFA needed. Trace ID: 11111111-2222-4333-8444-555555555555\nAADSTS${code}: Blocked. Trace ID: aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee`;
      expect(readPastedErrors(text).errors.map((e) => e.errorCode)).toEqual([code, '50076']);
    }
  });
});

describe('readPastedErrors: text run together on one line (a selection, a chat)', () => {
  it.each(['53003-client-error-strings.txt', '53003-registered-windows-page-text.md', 'oauth-error-redirects.txt'])('%s gives the same errors', (name) => {
    const ids = (text: string) => readPastedErrors(text).errors.map((e) => [e.errorCode, e.requestId]);
    expect(ids(real(name).replace(/\s+/g, ' '))).toEqual(ids(real(name)));
  });
});
