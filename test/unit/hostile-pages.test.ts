// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptEvaluation":true,"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Generated hostile sign-in pages through the real pipeline: collectEvidence (content script),
 * the message boundary (JSON, validateEvidence) and parseErrorPage (background). A page may lie
 * about its own details, but whatever it does, the extension never throws, never hangs, treats
 * markup as inert text, respects every cap, and never reads the flow token.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';
import { TEXT_CAPS, cleanText } from '../../src/page/detail-formats';
import type { ErrorDetails } from '../../src/page/error-details';
import { EVIDENCE_LIMITS, type PageEvidence } from '../../src/page/page-evidence';
import { parseErrorPage } from '../../src/page/parse-error-page';
import { validateEvidence } from '../../src/page/validate-evidence';
import { withinDeadline } from './helpers/deadline';

const FLOW_TOKEN = 'AQABAAEAAAD--DLA3VO7QrddgJg7WevrFLOWTOKEN0123456789abcdefghijklmnopqrstuvwxyz';
const IDS = {
  requestId: '5e7c3a1b-9d4f-4b26-8a0e-c1f5d7b3e900',
  correlationId: 'a8d2f6b4-1e3c-4a75-9b08-e6c4a2d0f1b3',
  appId: '2d4f6a8c-0e1b-4c3d-9f5e-7a1b3c5d7e9f',
  timestamp: '2026-10-05T19:02:27.733Z',
};

// ---------------------------------------------------------------------------------------------
// Helpers

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** `$Config` JSON the way Microsoft writes it into a script: `<` as \u003c. */
const configScript = (config: unknown) => `<script type="text/javascript">//<![CDATA[\n$Config=${JSON.stringify(config).replace(/</g, '\\u003c')};\n//]]></script>`;

/** A panel row as Microsoft renders it: label and value in separate elements. `valueHtml` is raw HTML. */
const row = (label: string, valueHtml: string) => `<div class="row"><span class="bold">${label}: </span><span>${valueHtml}</span></div>`;
const panel = (rows: [string, string][]) => `<div id="debugDetailsBanner">${rows.map(([l, v]) => row(l, v)).join('')}</div>`;

function page({ head = '', body }: { head?: string; body: string }): Document {
  const html = `<!DOCTYPE html><html dir="ltr" lang="en"><head><title>Sign in to your account</title>${head}</head><body>
<form method="post"><input type="hidden" name="flowToken" value="${FLOW_TOKEN}"><input type="hidden" name="ctx" value="${FLOW_TOKEN}"></form>
<h1>You don't have access to this</h1>${body}</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

interface Run {
  evidence: PageEvidence | null;
  details: ErrorDetails | null;
}

/** The whole pipeline, as in the browser: collect, cross the message boundary (JSON), validate, parse. */
function run(doc: Document): Run {
  const evidence = withinDeadline(() => collectEvidence(doc));
  if (!evidence) return { evidence, details: null };
  const validated = validateEvidence(JSON.parse(JSON.stringify(evidence)));
  expect(validated).not.toBeNull();
  const details = withinDeadline(() => parseErrorPage(validated!));
  expectCaps(evidence, details);
  return { evidence, details };
}

function expectCaps(evidence: PageEvidence, details: ErrorDetails | null): void {
  expect(evidence.text.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text + EVIDENCE_LIMITS.textLine + 1);
  for (const line of evidence.text.split('\n')) expect(line.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.textLine);
  for (const value of Object.values(evidence.config)) expect(value.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.configValue);
  expect(JSON.stringify(evidence)).not.toContain(FLOW_TOKEN);
  if (!details) return;
  expect(JSON.stringify(details)).not.toContain(FLOW_TOKEN);
  expect(details.errorCode).toMatch(/^\d{4,7}$/);
  for (const key of ['requestId', 'correlationId', 'appId'] as const) {
    if (details[key] !== undefined) expect(details[key]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  }
  for (const [key, cap] of Object.entries(TEXT_CAPS)) {
    const value = details[key as keyof typeof TEXT_CAPS];
    if (value !== undefined) expect(value.length, key).toBeLessThanOrEqual(cap);
  }
}

/** Text rendered the way the popup renders it (JSX children are text nodes) makes no element. */
function expectInert(value: string): void {
  const holder = document.createElement('div');
  holder.textContent = value;
  document.body.append(holder);
  expect(holder.children.length).toBe(0);
  expect(holder.textContent).toBe(value);
  holder.remove();
}

const elementCount = (doc: Document) => doc.getElementsByTagName('*').length;
const flags = () => globalThis as unknown as Record<string, unknown>;

// ---------------------------------------------------------------------------------------------

describe('markup and scripts in every panel field', () => {
  /** Real elements beside each value: the page's own, and never part of a value. */
  const TRAPS = `<img src="x" onerror="window.__hostileRan='img'"><svg onload="window.__hostileRan='svg'"><title>svg title</title></svg><script>window.__hostileRan='script'</script><style>span{}</style><noscript>noscript text</noscript><template>template text</template>`;
  const MARKUP_PIECES = [
    '<script>window.__hostileRan=1</script>',
    '<img src=x onerror="window.__hostileRan=1">',
    '"><svg onload=window.__hostileRan=1>',
    "'><iframe srcdoc='<script>parent.__hostileRan=1</script>'>",
    'javascript:window.__hostileRan=1',
    '<a href="javascript:alert(1)">click</a>',
    '{{constructor.constructor("window.__hostileRan=1")()}}',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, meant literally
    '${window.__hostileRan=1}',
    '&lt;b&gt;',
    '<!--',
    ']]>',
    '</span></div>',
    'Contoso',
    'Portal',
  ];
  const markup = fc.array(fc.constantFrom(...MARKUP_PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

  it('comes back as the literal text, capped, never run, and creates no element', () => {
    fc.assert(
      fc.property(markup, markup, markup, markup, markup, markup, (appName, platform, state, deviceId, message, branding) => {
        delete flags().__hostileRan;
        const cell = (text: string) => `${escapeHtml(text)}${TRAPS}`;
        const brandingLine = `Need help? ${branding} Call 555-0100`;
        const doc = page({
          head: configScript({ sErrorCode: '53003', canary: FLOW_TOKEN, sFT: FLOW_TOKEN }),
          body: `${panel([
            ['Error Code', `53003 ${cell(appName)}`],
            ['Request Id', `${IDS.requestId}${cell(appName)}`],
            ['Correlation Id', `${IDS.correlationId} ${cell(platform)}`],
            ['Timestamp', `${IDS.timestamp}${cell(state)}`],
            ['App name', cell(appName)],
            ['App id', `${IDS.appId}${TRAPS}`],
            ['IP address', `203.0.113.7${TRAPS}`],
            ['Device identifier', cell(deviceId)],
            ['Device platform', cell(platform)],
            ['Device state', cell(state)],
            ['Message', cell(`AADSTS53003: ${message}`)],
          ])}<p>${escapeHtml(brandingLine)}${TRAPS}</p>`,
        });
        const before = elementCount(doc);
        const { details } = run(doc);
        expect(elementCount(doc), 'reading the page adds no element').toBe(before);
        expect(details).toMatchObject({
          errorCode: '53003',
          ...IDS,
          ipAddress: '203.0.113.7',
          appName: cleanText(appName, TEXT_CAPS.appName),
          devicePlatform: cleanText(platform, TEXT_CAPS.devicePlatform),
          deviceState: cleanText(state, TEXT_CAPS.deviceState),
          deviceId: cleanText(deviceId, TEXT_CAPS.deviceId),
          message: cleanText(`AADSTS53003: ${message}`, TEXT_CAPS.message),
          branding: cleanText(brandingLine, TEXT_CAPS.branding),
        });
        // The page's own script, style, noscript, template and svg text never become a value.
        expect(JSON.stringify(details)).not.toMatch(/svg title|noscript text|template text|span\{\}|__hostileRan='/);
        for (const value of Object.values(details!)) expectInert(value);
        expect(flags().__hostileRan, 'no handler or script ran').toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('markup in $Config values stays text too, and JSON tricks in $Config change nothing', () => {
    const hostileApp = '"><svg onload=window.__hostileRan=1>Contoso</script><script>window.__hostileRan=2</script>';
    // The string values carry `;`, a fake `$Config=`, `//]]>` and a closing script tag (written \u003c/script> as Microsoft does).
    const config = {
      sErrorCode: '53003',
      sAppName: hostileApp,
      strServiceExceptionMessage: 'AADSTS53003: blocked; $Config={"sErrorCode":"99999"}; //]]> </script><img src=x onerror=alert(1)>',
      correlationId: IDS.correlationId,
      sessionId: IDS.requestId,
      __proto__: { sErrorCode: '12345' },
      constructor: { prototype: { polluted: 'yes' } },
      canary: FLOW_TOKEN,
    };
    delete flags().__hostileRan;
    const { evidence, details } = run(page({ head: configScript(config), body: '<div>We could not sign you in.</div>' }));
    expect(evidence?.config.sAppName).toBe(hostileApp);
    expect(details).toMatchObject({ errorCode: '53003', requestId: IDS.requestId, correlationId: IDS.correlationId, appName: cleanText(hostileApp, TEXT_CAPS.appName) });
    expect(details?.message).toContain('$Config={"sErrorCode":"99999"}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const value of Object.values(details!)) expectInert(value);
    expect(flags().__hostileRan).toBeUndefined();
  });
});

describe('huge and deep pages', () => {
  const realPanel = panel([
    ['Error Code', '53003'],
    ['Request Id', IDS.requestId],
    ['Correlation Id', IDS.correlationId],
    ['Timestamp', IDS.timestamp],
  ]);
  const { appId: _appId, ...PANEL_IDS } = IDS;

  it('a 5 MB page, panel first: read in bounded time, text capped', () => {
    const paragraph = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(30)}</p>`;
    const junk = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const { evidence, details } = run(page({ head: configScript({ sErrorCode: '53003' }), body: realPanel + junk }));
    expect(evidence!.text.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text + EVIDENCE_LIMITS.textLine + 1);
    expect(details).toMatchObject({ errorCode: '53003', ...PANEL_IDS });
  });

  it('a 5 MB page, panel last (beyond the text cap): $Config still carries the detection', () => {
    const junk = `<div>${'x'.repeat(5_000_000)}</div>`; // one 5 MB text node
    const more = '<p>Error Code: 12</p>'.repeat(10_000);
    const { evidence, details } = run(page({ head: configScript({ sErrorCode: '53003', sessionId: IDS.requestId, correlationId: IDS.correlationId }), body: junk + more + realPanel }));
    expect(evidence!.text).not.toContain(IDS.timestamp);
    expect(details).toMatchObject({ errorCode: '53003', requestId: IDS.requestId, correlationId: IDS.correlationId });
    expect(details?.timestamp).toBeUndefined();
  });

  it('a page with a 1 MB line of word characters (no spaces) is cut to one 2,000-character line and parsed in bounded time', () => {
    const { evidence, details } = run(page({ head: configScript({ sErrorCode: '53003' }), body: `<p>${'AADSTS'.repeat(170_000)}</p><p>${'1-'.repeat(500_000)}</p>${realPanel}` }));
    expect(evidence!.text.split('\n')[1].length).toBe(EVIDENCE_LIMITS.textLine);
    expect(details).toMatchObject({ errorCode: '53003', ...PANEL_IDS });
  });

  it('a page nested 5,000 elements deep', () => {
    const doc = page({ head: configScript({ sErrorCode: '53003' }), body: `${'<div>'.repeat(5000)}${realPanel}${'</div>'.repeat(5000)}` });
    let depth = 0;
    for (let node = doc.getElementById('debugDetailsBanner')?.parentElement; node && node !== doc.body; node = node.parentElement) depth++;
    expect(depth).toBe(5000);
    // happy-dom's getElementsByTagName and querySelector recurse once per level and overflow their
    // stack near 4,000 levels (Chromium's do not). readPageText uses the first for textareas and
    // readBrandingElements the second: give this document iterative ones, so the test is about
    // our code, not happy-dom's.
    const elements = (match: (el: Element) => boolean): Element[] => {
      const found: Element[] = [];
      const walker = doc.createTreeWalker(doc.documentElement, 1 /* SHOW_ELEMENT */);
      for (let el = walker.currentNode as Element | null; el; el = walker.nextNode() as Element | null) if (match(el)) found.push(el);
      return found;
    };
    Object.defineProperty(doc, 'getElementsByTagName', { value: (tag: string) => elements((el) => el.tagName === tag.toUpperCase()) });
    Object.defineProperty(doc, 'querySelector', { value: (selector: string) => elements((el) => el.matches(selector))[0] ?? null });
    const { details } = run(doc);
    expect(details).toMatchObject({ errorCode: '53003', ...PANEL_IDS });
  });

  it('a page with 10,000 GUIDs after colons and no known labels: the first two are taken, in page order', () => {
    const guid = (i: number) => `${i.toString(16).padStart(8, '0')}-1111-4222-8333-${i.toString(16).padStart(12, '0')}`;
    const lines = Array.from({ length: 10_000 }, (_, i) => `<p>Ref ${i}: ${guid(i)}</p>`).join('');
    const { details } = run(page({ head: configScript({ sErrorCode: '53003' }), body: lines }));
    expect(details).toMatchObject({ errorCode: '53003', requestId: guid(0), correlationId: guid(1) });
  });
});

describe('fake labels and conflicting panels', () => {
  it('values of the wrong shape are refused, never passed on', () => {
    const cases: { body: string; config?: Record<string, string>; expected: Partial<ErrorDetails> | null }[] = [
      // Nothing real: no detection at all.
      { body: panel([['Error Code', '12'], ['Request Id', 'not-a-guid'], ['Timestamp', '2026-13-45']]), expected: null },
      { body: panel([['Error Code', '99999999'], ['Correlation Id', 'not-a-guid']]), expected: null },
      { body: panel([['Error Code', 'AADSTS'], ['Request Id', '']]), expected: null },
      // A fake code in the panel: $Config's code stands in.
      { body: panel([['Error Code', '12'], ['Request Id', IDS.requestId]]), config: { sErrorCode: '53003' }, expected: { errorCode: '53003', requestId: IDS.requestId } },
      { body: panel([['Error Code', '99999999'], ['Request Id', IDS.requestId], ['Message', 'AADSTS53004: blocked']]), expected: { errorCode: '53004', requestId: IDS.requestId } },
      // A fake Request Id beside a real Correlation Id: the Request Id is left out, not guessed.
      { body: panel([['Error Code', '53003'], ['Request Id', 'not-a-guid'], ['Correlation Id', IDS.correlationId], ['App id', IDS.appId]]), expected: { errorCode: '53003', correlationId: IDS.correlationId, appId: IDS.appId } },
      // Both IDs fake: the first GUIDs after colons stand in (an app id is never one of them).
      { body: `${panel([['Error Code', '53003'], ['Request Id', 'not-a-guid'], ['Correlation Id', 'not-a-guid'], ['App id', IDS.appId]])}<p>Ref: ${IDS.requestId}</p>`, expected: { errorCode: '53003', requestId: IDS.requestId, appId: IDS.appId } },
      { body: panel([['Error Code', '53003'], ['IP address', '999.1.1.1'], ['Timestamp', '2026-10-05 19:02']]), config: { sErrorCode: '53003' }, expected: { errorCode: '53003' } },
    ];
    for (const { body, config, expected } of cases) {
      const head = configScript({ ...config, pgid: 'ConvergedError' });
      const { details } = run(page({ head, body: `<p>AADSTS</p>${body}` }));
      if (expected === null) {
        expect(details, body).toBeNull();
        continue;
      }
      expect(details, body).toMatchObject(expected);
      for (const key of ['requestId', 'correlationId', 'timestamp', 'ipAddress'] as const) {
        if (!(key in expected)) expect(details?.[key], `${key} from ${body}`).toBeUndefined();
      }
      expect(JSON.stringify(details)).not.toMatch(/not-a-guid|"12"|99999999|999\.1\.1\.1/);
    }
  });

  it('two conflicting panels: field by field, the first in page order wins; fields only the second has are taken from it', () => {
    const first = panel([
      ['Error Code', '53003'],
      ['Request Id', IDS.requestId],
      ['Correlation Id', IDS.correlationId],
    ]);
    const second = panel([
      ['Error Code', '53004'],
      ['Request Id', 'ffffffff-ffff-4fff-8fff-ffffffffffff'],
      ['Correlation Id', 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee'],
      ['Timestamp', IDS.timestamp],
      ['App name', 'Second panel app'],
    ]);
    const { details } = run(page({ head: configScript({ sErrorCode: '50011' }), body: first + second }));
    expect(details).toMatchObject({
      errorCode: '53003',
      requestId: IDS.requestId,
      correlationId: IDS.correlationId,
      timestamp: IDS.timestamp,
      appName: 'Second panel app',
    });
    // Swapped, the other panel wins: order is all that decides.
    expect(run(page({ body: second + first })).details).toMatchObject({ errorCode: '53004', requestId: 'ffffffff-ffff-4fff-8fff-ffffffffffff' });
  });

  it('panel against $Config: the panel wins for IDs, app and code; $Config wins for the device state', () => {
    const body = panel([
      ['Error Code', '53003'],
      ['Request Id', IDS.requestId],
      ['App name', 'Panel app'],
      ['Device state', 'Registriert'],
    ]);
    const config = { sErrorCode: '53004', sessionId: 'ffffffff-ffff-4fff-8fff-ffffffffffff', correlationId: IDS.correlationId, sAppName: 'Config app', sDeviceState: 'Unregistered' };
    const { details } = run(page({ head: configScript(config), body }));
    expect(details).toMatchObject({ errorCode: '53003', requestId: IDS.requestId, correlationId: IDS.correlationId, appName: 'Panel app', deviceState: 'Unregistered' });
  });
});

describe('huge $Config', () => {
  it('1 MB string values: read in bounded time and capped', () => {
    const big = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const config = {
      sErrorCode: big('5'),
      strServiceExceptionMessage: `AADSTS53003: ${big('blocked ')}`,
      sAppName: big('<img src=x onerror=alert(1)>'),
      correlationId: IDS.correlationId + big('-'),
      sessionId: big('{'),
      sDeviceId: big('"\\'),
      sDeviceState: big('\u202e'),
      canary: big('c'),
    };
    const { evidence, details } = run(page({ head: configScript(config), body: '<div>Sign-in failed</div>' }));
    for (const value of Object.values(evidence!.config)) expect(value.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.configValue);
    // A 4,000-digit "code" is no code: the message's AADSTS code stands in.
    expect(details).toMatchObject({ errorCode: '53003', correlationId: IDS.correlationId });
    expect(details?.requestId).toBeUndefined();
    expect(details?.deviceState).toBeUndefined();
    expect(details?.message?.length).toBe(TEXT_CAPS.message);
  });

  it('50,000 keys: read in bounded time, only the whitelisted ones kept', () => {
    const config: Record<string, string> = {};
    for (let i = 0; i < 50_000; i++) config[`key${i}`] = `value ${i}`;
    Object.assign(config, { sErrorCode: '53003', sessionId: IDS.requestId, sFT: FLOW_TOKEN, canary: FLOW_TOKEN });
    const { evidence, details } = run(page({ head: configScript(config), body: '<div>Sign-in failed</div>' }));
    expect(Object.keys(evidence!.config).sort()).toEqual(['sErrorCode', 'sessionId']);
    expect(details).toMatchObject({ errorCode: '53003', requestId: IDS.requestId });
  });

  it('many scripts, many fake $Config marks: bounded, and the first parsable $Config is the one read', () => {
    const fakes = Array.from({ length: 2000 }, (_, i) => `<script>var a${i}="$Config=";$Config={"sErrorCode":"${i % 2 ? '{' : '"'}</script>`).join('');
    const { details } = run(page({ head: fakes + configScript({ sErrorCode: '53003', sessionId: IDS.requestId }) + configScript({ sErrorCode: '53004' }), body: '<div>Sign-in failed</div>' }));
    expect(details).toMatchObject({ errorCode: '53003', requestId: IDS.requestId });
  });
});

describe('empty labels', () => {
  it('an empty "Request Id:" does not hide a later one with a value', async () => {
    const { parseErrorPage } = await import('../../src/page/parse-error-page');
    const text = ['Error Code: 53003', 'Request Id:', ...Array(5000).fill('Request Id: '), 'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00'].join('\n');
    expect(parseErrorPage({ config: {}, text, userAgent: '' })?.requestId).toBe('790d21d9-68fb-457f-b1a4-674c11e3bf00');
  });
});
