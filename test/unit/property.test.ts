/**
 * Property tests for everything that reads untrusted input: the page's text and `$Config` (content
 * script), the evidence message (background), and settings and ticket templates (policy, options
 * page). Whatever arrives, these never throw, never hang (no catastrophic backtracking), never touch
 * Object.prototype, and only ever give values of the documented shapes.
 *
 * Hangs: each adversarial input runs under `withinDeadline` (helpers/deadline.ts), so a regular
 * expression that backtracks catastrophically fails the test instead of hanging the suite. How
 * fast these are is the benchmark's business (`npm run bench`), not a unit test's.
 *
 * Replaying a failure: every run's seed comes from helpers/fast-check-seed.ts; a failing property
 * prints "FC_SEED=<n>", and `FC_SEED=<n> npx vitest run test/unit/property.test.ts` runs it again.
 */
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';
import { readConfig, sliceConfigObject } from '../../content/read-config';
import { readPageText } from '../../content/read-page-text';
import { buildMailto } from '../../src/ticket/build-ticket';
import { TEXT_CAPS } from '../../src/page/detail-formats';
import type { DetailField, ErrorDetails } from '../../src/page/error-details';
import type { Detection } from '../../src/detection/detection';
import { CONFIG_FIELDS, EVIDENCE_LIMITS, type PageEvidence } from '../../src/page/page-evidence';
import { PANEL_LABELS } from '../../src/page/panel-labels';
import { parseErrorPage } from '../../src/page/parse-error-page';
import { fillTicketTemplate } from '../../src/ticket/fill-ticket-template';
import { DEFAULT_SETTINGS, PLACEHOLDER_PATTERN, REDACTABLE_FIELDS, TICKET_PLACEHOLDERS } from '../../src/settings/settings-spec';
import { ticketTemplateProblem, validateSettings } from '../../src/settings/validate-settings';
import { validateEvidence } from '../../src/page/validate-evidence';
import { withinDeadline } from './helpers/deadline';
import { english } from './helpers/english';
import { REGISTERED_WINDOWS_53003 } from './helpers/sample-detections';

const RUNS = 300;
const MB = 1_000_000;

// ---------------------------------------------------------------------------------------------
// Helpers

const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
const PROTOTYPE_KEYS = prototypeKeys();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined();
  expect(({} as Record<string, unknown>).sErrorCode, 'Object.prototype.sErrorCode').toBeUndefined();
  expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS);
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
}

const GUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CODE_SHAPE = /^\d{4,7}$/;
const TIMESTAMP_SHAPE = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,7})?Z$/;
const IPV4_SHAPE = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6_SHAPE = /^(?=.*:)[0-9a-f:.]{2,45}$/i;
/** C0/C1 controls, every Unicode bidi control (LRM/RLM/ALM, embeddings, overrides, isolates), zero-width characters, line separators. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Bidi_Control}\u200b-\u200d\ufeff\u2028\u2029]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const DETAIL_FIELDS: DetailField[] = ['errorCode', 'requestId', 'correlationId', 'timestamp', 'appName', 'appId', 'ipAddress', 'deviceId', 'devicePlatform', 'deviceState', 'message', 'account', 'branding'];
const FREE_TEXT = Object.keys(TEXT_CAPS) as (keyof typeof TEXT_CAPS)[];

/** Every field of a parse result has its documented shape and stays within its cap. */
function expectShapes(details: ErrorDetails | null): void {
  if (details === null) return;
  expect(Object.getPrototypeOf(details)).toBe(Object.prototype);
  for (const key of Object.keys(details)) expect(DETAIL_FIELDS, `unexpected key ${key}`).toContain(key);
  for (const value of Object.values(details)) expect(typeof value).toBe('string');
  expect(details.errorCode).toMatch(CODE_SHAPE);
  for (const key of ['requestId', 'correlationId', 'appId'] as const) {
    if (details[key] !== undefined) expect(details[key], key).toMatch(GUID_SHAPE);
  }
  if (details.timestamp !== undefined) expect(details.timestamp).toMatch(TIMESTAMP_SHAPE);
  if (details.ipAddress !== undefined) expect(IPV4_SHAPE.test(details.ipAddress) || IPV6_SHAPE.test(details.ipAddress), details.ipAddress).toBe(true);
  if (details.deviceId !== undefined && !GUID_SHAPE.test(details.deviceId)) {
    expect(details.deviceId.length).toBeLessThanOrEqual(TEXT_CAPS.deviceId);
    expect(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(details.deviceId), 'a device GUID is lower-cased').toBe(false);
  }
  if (details.account !== undefined && details.branding !== undefined) {
    expect(details.branding.includes(details.account), 'the signed-in account is never (part of) the organisation’s note').toBe(false);
  }
  for (const key of FREE_TEXT) {
    const value = details[key];
    if (value === undefined) continue;
    expect(value.length, `${key} within its cap`).toBeLessThanOrEqual(TEXT_CAPS[key]);
    expect(value, `${key} is trimmed and non-empty`).toBe(value.trim());
    expect(value.length).toBeGreaterThan(0);
  }
}

function invisibleIn(details: ErrorDetails | null): string | undefined {
  for (const key of FREE_TEXT) {
    const match = details?.[key]?.match(INVISIBLE_OR_CONTROL);
    if (match) return `${key} contains U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

function malformedIn(details: ErrorDetails | null): string | undefined {
  for (const key of FREE_TEXT) {
    const value = details?.[key];
    if (value !== undefined && LONE_SURROGATE.test(value)) return `${key} ends in half a surrogate pair: ${JSON.stringify(value.slice(-3))}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Generators

const ALL_LABELS = Object.values(PANEL_LABELS).flatMap((labels) => labels.split(' '));
const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n });
const guid = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-'));
const nearGuid = fc.tuple(hex(8), hex(4), hex(4), hex(3), hex(12)).map((p) => p.join('-'));
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const digits = fc.integer({ min: 0, max: 999_999_999 }).map(String);
const SPECIAL = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u200b', '\ufeff', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029', '\u00a0', '\u3000', '😀', '👩‍💻', '𝔘', '\t', '\r', '\n'];
// biome-ignore lint/suspicious/noTemplateCurlyInString: hostile text, meant literally
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '%0d%0a', '\\u003c', '&lt;b&gt;'];

/** Pieces that look like the panel, its values and its traps. */
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALL_LABELS) },
  { weight: 4, arbitrary: fc.constantFrom(':', '：', ': ', ' ', '  ', '\n', '\n\n', ' : ', '-', '.', '@', '+') },
  { weight: 3, arbitrary: guid },
  { weight: 1, arbitrary: guid.map((g) => g.toUpperCase()) },
  { weight: 1, arbitrary: nearGuid },
  { weight: 2, arbitrary: timestamp },
  { weight: 2, arbitrary: digits },
  { weight: 2, arbitrary: digits.map((d) => `AADSTS${d}`) },
  { weight: 1, arbitrary: fc.constantFrom('AADSTS53003: Access has been blocked by Conditional Access policies.', 'Need help! Contact City Of Memphis Servicedesk at 901-636-6100', 'Call +1 (555) 010-0100 or mail servicedesk@contoso.example', '167.29.0.4', '2a0b:f4c2::17', '999.1.1.1', 'Not available', 'Windows 10', 'Registered') },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('😀', 'x', '-', ' ', '1', '\u061c'), fc.integer({ min: 1, max: 700 })).map(([s, n]) => s.repeat(n)) },
);
const pageText = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));
const configValue = fc.oneof(token, pageText, digits);
const config = fc.dictionary(fc.constantFrom(...CONFIG_FIELDS), configValue, { maxKeys: CONFIG_FIELDS.length }) as fc.Arbitrary<PageEvidence['config']>;
const evidence: fc.Arbitrary<PageEvidence> = fc.record({
  config,
  locale: fc.option(fc.constantFrom('en-US', 'de-DE', 'zh-CN', 'x', '"><x', 'en-US\u202e'), { nil: undefined }),
  text: pageText,
  identityBanner: fc.option(fc.oneof(pageText, fc.constantFrom('alice.wong@contoso.com', 'Alice Wong', '+1 555 0100')), { nil: undefined }),
  signInPageText: fc.option(pageText, { nil: undefined }),
  userAgent: fc.string({ maxLength: 40 }),
});
/** Keys that could reach Object.prototype, or that the code looks up by name. */
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'hasOwnProperty', ...CONFIG_FIELDS, 'text', 'config', 'locale', 'mkt'];
const hostileKey = fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 8 }));
const anything = fc.anything({ key: hostileKey, maxDepth: 4, maxKeys: 8, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withBigInt: true, withTypedArray: true, withSparseArray: true, stringUnit: 'binary' });
/** JSON values with the dangerous keys, for `$Config` and settings (policy JSON, storage). */
const json = fc.jsonValue({ maxDepth: 4 }).chain((v) =>
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => ({ [k]: { polluted: 'yes', prototype: { polluted: 'yes' } }, inner: v })),
);

// ---------------------------------------------------------------------------------------------

describe('parseErrorPage (background, on validated evidence)', () => {
  it('never throws, and every field it gives has its shape and cap', () => {
    fc.assert(
      fc.property(evidence, (ev) => {
        expectShapes(parseErrorPage(ev));
        expectShapes(parseErrorPage(validateEvidence(ev)!));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives lower-case GUIDs and a 4-7 digit code however the page writes them', () => {
    fc.assert(
      fc.property(guid, guid, digits, (request, correlation, code) => {
        const text = `Error Code: ${code}\nRequest Id: ${request.toUpperCase()}\nCorrelation Id: ${correlation}`;
        const details = parseErrorPage({ config: {}, text, userAgent: '' });
        if (!CODE_SHAPE.test(code)) {
          expect(details).toBeNull();
          return;
        }
        expect(details).toMatchObject({ errorCode: code, requestId: request.toLowerCase(), correlationId: correlation.toLowerCase() });
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves no control, bidi or zero-width character in any free-text field', () => {
    fc.assert(
      fc.property(evidence, (ev) => {
        expect(invisibleIn(parseErrorPage(ev))).toBeUndefined();
      }),
      {
        numRuns: RUNS,
        // U+061C ARABIC LETTER MARK is a bidi control like U+200F, which is removed.
        examples: [[{ config: { sErrorCode: '53003', sAppName: 'Contoso\u061c Portal' }, text: 'App name: evil\u061cname', userAgent: '' }]],
      },
    );
  });

  it('never cuts a free-text field inside a surrogate pair (the ticket link must stay encodable)', () => {
    fc.assert(
      fc.property(evidence, (ev) => {
        expect(malformedIn(parseErrorPage(ev))).toBeUndefined();
      }),
      { numRuns: RUNS, examples: [[{ config: { sErrorCode: '53003' }, text: `App name: ${'😀'.repeat(100)}`, userAgent: '' }]] },
    );
  });

  it('does not touch Object.prototype whatever the evidence holds', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const ev = validateEvidence(raw);
        if (ev) parseErrorPage(ev);
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('validateEvidence (the message boundary)', () => {
  it('never throws on anything, and gives null or evidence of the right types within the caps', () => {
    fc.assert(
      fc.property(fc.oneof(anything, evidence, fc.record({ config: anything, text: anything, locale: anything, userAgent: anything })), (raw) => {
        const ev = validateEvidence(raw);
        if (ev === null) return;
        expect(Object.keys(ev).sort()).toEqual(['config', 'identityBanner', 'locale', 'signInPageText', 'text', 'userAgent']);
        expect(typeof ev.text).toBe('string');
        for (const element of [ev.identityBanner, ev.signInPageText]) {
          if (element !== undefined) expect(element.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.elementText);
        }
        expect(ev.text.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text);
        expect(ev.userAgent.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.userAgent);
        if (ev.locale !== undefined) expect(ev.locale).toMatch(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/);
        expect(Object.getPrototypeOf(ev.config)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(ev.config)) {
          expect(CONFIG_FIELDS as readonly string[]).toContain(key);
          expect(typeof value).toBe('string');
          expect(value.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.configValue);
        }
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
  });

  it('ignores config fields that are not the object’s own (no prototype tricks)', () => {
    const inherited = Object.create({ sErrorCode: '53003', correlationId: 'e289bbe9-276a-4154-ba5e-08a32afa0200' }) as object;
    const ev = validateEvidence({ config: inherited, text: '', userAgent: '' });
    expect(ev?.config).toEqual({});
    const parsed = validateEvidence(JSON.parse('{"config":{"__proto__":{"sErrorCode":"53003"}},"text":"","__proto__":{"text":"x"}}'));
    expect(parsed?.config).toEqual({});
    expectNoPollution();
  });
});

describe('sliceConfigObject and readConfig (content script)', () => {
  let window: Window;
  beforeAll(() => {
    window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  });
  afterAll(async () => {
    await window.happyDOM.close();
  });
  const page = (scriptText: string, body = '') =>
    new window.DOMParser().parseFromString(`<!doctype html><html><head><script>${scriptText}</script></head><body>${body}</body></html>`, 'text/html') as unknown as Document;
  /** JSON as Microsoft writes it into a script: `<` as \u003c. */
  const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

  it('never throws on any text, and gives either nothing or a balanced {...} from the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('$Config=', '{', '}', '"', '\\', '\\"', ';', '//]]>', '$Config={'), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const slice = sliceConfigObject(text);
        if (slice === undefined) return;
        expect(text).toContain(slice);
        expect(slice.startsWith('{') && slice.endsWith('}')).toBe(true);
        // The object that follows the mark: it starts at the first "{" after "$Config=". (Not
        // text.indexOf(slice), which finds an identical "{...}" written before the mark: "{}$Config={}".)
        const mark = text.indexOf('$Config=');
        expect(mark).toBeGreaterThanOrEqual(0);
        expect(text.startsWith(slice, text.indexOf('{', mark))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds exactly the object after $Config=, whatever its strings contain', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }).filter((s) => !s.includes('$Config=')),
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(fc.constantFrom(...CONFIG_FIELDS, 'x'), fc.string({ unit: 'binary', maxLength: 30 })),
        fc.string({ maxLength: 20 }),
        (before, value, fields, after) => {
          const object = JSON.stringify({ ...fields, value });
          expect(sliceConfigObject(`${before}$Config=${object};${after}`)).toBe(object);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('copies out only the whitelisted fields, as capped strings, and never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(json, fc.dictionary(fc.constantFrom(...CONFIG_FIELDS, 'sFT', 'canary', 'flowToken'), fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }))), (extra, fields) => {
        const source = { ...extra, ...fields };
        const { config, locale } = readConfig(page(`//<![CDATA[\n$Config=${scriptJson(source)};\n//]]>`));
        expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(config)) {
          expect(CONFIG_FIELDS as readonly string[]).toContain(key);
          const original = (fields as Record<string, unknown>)[key];
          expect(value).toBe(String(original).slice(0, EVIDENCE_LIMITS.configValue));
        }
        for (const key of CONFIG_FIELDS) {
          const original = (fields as Record<string, unknown>)[key];
          if (typeof original === 'string' || typeof original === 'number') expect(config[key]).toBeDefined();
          else expect(config[key]).toBeUndefined();
        }
        expect(locale).toBeUndefined();
        expectNoPollution();
      }),
      { numRuns: 200 },
    );
  });

  it('treats __proto__, constructor and prototype keys in $Config as plain data', () => {
    const hostile = '{"__proto__":{"polluted":"yes","sErrorCode":"53003"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"},"locale":{"__proto__":{"mkt":"de-DE"}},"sAppName":{"__proto__":"x"}}';
    const result = readConfig(page(`$Config=${hostile};`));
    expect(result).toEqual({ config: {}, locale: undefined });
    expectNoPollution();
    const evidence = collectEvidenceWith(page(`$Config=${hostile.replace('"sAppName"', '"sErrorCode":"53003","sAppName"')};`, '<p>AADSTS53003</p>'));
    expect(evidence?.config).toEqual({ sErrorCode: '53003' });
    expectNoPollution();
  });

  it('reads 1 MB scripts in bounded time: unclosed braces, runaway strings, repeated marks', () => {
    const cases: Record<string, string> = {
      'unclosed {': `$Config=${'{'.repeat(MB)}`,
      'runaway string': `$Config={"a":"${'\\'.repeat(MB)}`,
      'escaped quotes': `$Config={"a":"${'\\"'.repeat(MB / 2)}`,
      'repeated marks': '$Config='.repeat(MB / 8),
      'huge values': `$Config=${JSON.stringify({ sErrorCode: '5'.repeat(MB / 2), sAppName: 'A'.repeat(MB / 2) })};`,
      'deep nesting': `$Config=${'{"a":'.repeat(MB / 10)}1${'}'.repeat(MB / 10)};`,
    };
    for (const [name, text] of Object.entries(cases)) {
      withinDeadline(() => sliceConfigObject(text));
      const doc = page(text.replace(/</g, '\\u003c'));
      const { config } = withinDeadline(() => readConfig(doc));
      for (const value of Object.values(config)) expect(value.length, name).toBeLessThanOrEqual(EVIDENCE_LIMITS.configValue);
    }
  });

  /** collectEvidence reads navigator.userAgent, which Node 20 lacks. */
  function collectEvidenceWith(doc: Document): PageEvidence | null {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/142.0.0.0' });
    try {
      return collectEvidence(doc);
    } finally {
      vi.unstubAllGlobals();
    }
  }

  it('collectEvidence-style pages: never throws, evidence within the caps, and it parses to valid shapes', () => {
    const html = fc.array(fc.oneof(token, fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<textarea>', '</textarea>', '<input type="hidden" name="flowToken" value="SECRET-FLOW-TOKEN-0123456789">', '<script>var x=1;</script>', '<style>p{}</style>', '<!--', '-->', '<template>', '</template>')), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(html, fc.option(fc.dictionary(fc.constantFrom(...CONFIG_FIELDS, 'sFT'), configValue), { nil: undefined }), (body, cfg) => {
        const doc = page(cfg ? `$Config=${scriptJson(cfg)};` : '', body);
        const text = readPageText(doc);
        expect(text.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text + EVIDENCE_LIMITS.textLine + 1);
        for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.textLine);
        expect(text).not.toContain('SECRET-FLOW-TOKEN');
        const ev = collectEvidenceWith(doc);
        if (!ev) return;
        const validated = validateEvidence(JSON.parse(JSON.stringify(ev)));
        expect(validated).not.toBeNull();
        expectShapes(parseErrorPage(validated!));
        expectNoPollution();
      }),
      { numRuns: 200 },
    );
  });
});

describe('1 MB adversarial input: the background parses it in bounded time', () => {
  const guids = (n: number, sep: string) => Array.from({ length: n }, (_, i) => `${sep}${i.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`).join('');
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const cases: Record<string, string> = {
    'repeated labels and colons': fill('Error Code: Request Id: Correlation Id: Timestamp: App name: Message: Device identifier：'),
    'labels without colons': fill('Request Id Correlation Id Error Code '),
    'labels split by long space runs': `Request${' '.repeat(MB / 2)}Id${' '.repeat(MB / 2)}`,
    'AADSTS repeated': fill('AADSTS'),
    'AADSTS with digits repeated': fill('AADSTS53003 '),
    'thousands of GUIDs after colons': guids(25_000, ': ').slice(0, MB),
    'thousands of GUIDs after colons, one per line': guids(25_000, '\nRequest Id: ').slice(0, MB),
    'GUIDs run together': guids(27_000, '').slice(0, MB),
    '{ without end': fill('{'),
    'long run of spaces after a label': `Error Code:${' '.repeat(MB)}`,
    'long run of digits': fill('7'),
    'long run of dashes': fill('-'),
    'phone-like run': fill('1-'),
    'e-mail-like run': `${'a'.repeat(MB / 2)}@${'b'.repeat(MB / 2)}`,
    'almost-timestamps': fill('2026-01-20T21:33:18.3420000 '),
    'almost-IPv6': `IP address: ${fill(':a')}`,
    'full-width colons and spaces': fill('：\u3000'),
    'emoji': fill('😀'),
    'bidi and zero-width': fill('\u202e\u200b\u061c'),
    'one line per character': fill('a\n'),
  };

  it.each(Object.entries(cases))('%s', (_name, text) => {
    // As the background sees it: through validateEvidence (which caps the text at 64,000 characters) ...
    const validated = validateEvidence({ config: Object.fromEntries(CONFIG_FIELDS.map((k) => [k, text])), locale: text, text, identityBanner: text, signInPageText: text, userAgent: text })!;
    expectShapes(withinDeadline(() => parseErrorPage({ ...validated, config: { ...validated.config, sErrorCode: '53003' } })));
    // ... and the parser on its own, with the whole 1 MB as page text, identity banner and note (or none: the fallback).
    expectShapes(withinDeadline(() => parseErrorPage({ config: { ...validated.config, sErrorCode: '53003' }, text, userAgent: text })));
    expectShapes(withinDeadline(() => parseErrorPage({ config: { ...validated.config, sErrorCode: '53003' }, text, identityBanner: text, signInPageText: text, userAgent: text })));
  });

  it('a page of 2,000-character lines (the content script caps lines there) parses in bounded time', () => {
    const line = 'a'.repeat(EVIDENCE_LIMITS.textLine);
    const text = Array.from({ length: EVIDENCE_LIMITS.text / EVIDENCE_LIMITS.textLine }, () => line).join('\n');
    expectShapes(withinDeadline(() => parseErrorPage({ config: { sErrorCode: '53003' }, text, userAgent: '' })));
  });
});

// ---------------------------------------------------------------------------------------------

describe('validateSettings (policy and options page)', () => {
  /** BigInt and cycles have their own test below. */
  const anythingJsonCanDescribe = fc.anything({ key: hostileKey, maxDepth: 4, maxKeys: 8, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, stringUnit: 'binary' });
  const settingValue = fc.oneof(
    anythingJsonCanDescribe,
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('servicedesk@contoso.com', '+1 555 0100', 'https://support.contoso.com/', 'javascript:alert(1)', 'http://x.example/', 'https://user:pw@x.example/', 'https://t.example/{code}?d={details:json}', 'https://t.example/{bogus}', ' https://ok.example/ '),
    fc.array(fc.constantFrom(...REDACTABLE_FIELDS, 'requestId', '__proto__'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom('53003', '__proto__', 'constructor', '1234567', '123'), fc.string({ maxLength: 8 })), fc.oneof(fc.string({ maxLength: 20 }), fc.integer())),
  );
  const settingsObject = fc.dictionary(fc.oneof(fc.constantFrom(...(Object.keys(DEFAULT_SETTINGS) as string[]), '__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 10 })), settingValue, { maxKeys: 12 });

  it('never throws, keeps only valid values of known keys, and refuses the rest with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(anythingJsonCanDescribe, settingsObject, json), (raw) => {
        const { values, problems } = validateSettings(raw);
        expect(Array.isArray(problems)).toBe(true);
        for (const problem of problems) {
          expect(typeof problem.key).toBe('string');
          expect(problem.reason).toBeTruthy();
        }
        expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
        for (const [key, value] of Object.entries(values)) {
          expect(Object.keys(DEFAULT_SETTINGS)).toContain(key);
          expect(typeof value).toBe(typeof DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
          if (typeof value === 'string') expect(value).toBe(value.trim());
        }
        for (const key of ['supportUrl', 'ticketUrlTemplate'] as const) {
          const value = values[key];
          if (value) expect(new URL(value.replace(PLACEHOLDER_PATTERN, 'x')).protocol).toBe('https:');
        }
        for (const field of values.redactFields ?? []) expect(REDACTABLE_FIELDS as readonly string[]).toContain(field);
        if (values.extraAdvice) {
          expect(Object.getPrototypeOf(values.extraAdvice)).toBe(Object.prototype);
          for (const [code, tip] of Object.entries(values.extraAdvice)) {
            expect(code).toMatch(CODE_SHAPE);
            expect(typeof tip).toBe('string');
          }
        }
        expectNoPollution();
      }),
      { numRuns: RUNS },
    );
  });

  it('treats __proto__, constructor and prototype keys in policy JSON as unknown keys', () => {
    const raw = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":1,"extraAdvice":{"__proto__":{"polluted":"yes"}},"supportName":"Contoso IT"}');
    const { values, problems } = validateSettings(raw);
    expect(values).toEqual({ supportName: 'Contoso IT' });
    expect(problems.map((p) => p.key).sort()).toEqual(['__proto__', 'constructor', 'extraAdvice', 'prototype']);
    expectNoPollution();
  });

  it('refuses undefined or a hole in a redaction list, and then leaves out every field (Firefox keeps both in storage.local)', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the cases under test
    for (const list of [[undefined], [, 'appName'], ['ipAddress', undefined], [undefined, 'not-a-field', 42]]) {
      const { values, problems } = validateSettings({ redactFields: list });
      expect(values.redactFields, `redactFields ${JSON.stringify(list)}`).toEqual(REDACTABLE_FIELDS);
      expect(problems.map((p) => p.key)).toEqual(['redactFields']);
    }
  });

  it('never throws on values JSON can’t describe (BigInt, cycles): Firefox’s storage keeps BigInt', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    for (const raw of [{ redactFields: [1n] }, { redactFields: [cyclic] }, { extraAdvice: { '53003': 1n } }, { supportName: 1n }, { '1n': 1n }]) {
      expect(() => validateSettings(raw), `validateSettings(${String(Object.keys(raw))}: ...)`).not.toThrow();
    }
  });

  it('checks 1 MB settings values in bounded time', () => {
    const big = 'a'.repeat(MB);
    const raw = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, big]));
    withinDeadline(() => validateSettings(raw));
    withinDeadline(() => validateSettings({ supportEmail: `${'a'.repeat(250)}`, ticketUrlTemplate: `https://t.example/${'{code}'.repeat(MB / 6)}`, extraAdvice: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [String(10_000 + i), big.slice(0, 300)])) }));
    withinDeadline(() => ticketTemplateProblem(`https://t.example/${'{'.repeat(MB)}`));
    withinDeadline(() => ticketTemplateProblem(`https://t.example/?q=${'{details:json}{x}'.repeat(MB / 16)}`));
  });
});

describe('ticket templates', () => {
  const host = fc.constantFrom('contoso.service-now.com', 'tickets.contoso.example', 'xn--bcher-kva.example', '127.0.0.1', '[::1]', 'help.contoso.example:8443');
  const placeholder = fc.constantFrom(...TICKET_PLACEHOLDERS).chain((name) => fc.constantFrom(`{${name}}`, `{${name}:json}`, `{${name}:nested}`));
  const rest = fc.array(fc.oneof(placeholder, fc.constantFrom('/', '?', '&', '=', '#', 'a', 'new', 'sysparm_variable_values={"d":"', '"}', '%20', '..', '@', ':', '\\')), { maxLength: 12 }).map((p) => p.join(''));
  /** Everything the page controls, and worse: what a hostile page would put in its own details. */
  const hostileValue = fc.oneof(
    fc.constantFrom('evil.example', '@evil.example', '//evil.example/', '/../../../', '\\\\evil.example', '#', '?', '%2F%2Fevil.example', 'javascript:alert(1)', '"}&x={"', '\r\nSet-Cookie: x', 'a'.repeat(10_000)),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const detection: fc.Arbitrary<Detection> = fc
    .record({ errorCode: hostileValue, requestId: hostileValue, correlationId: hostileValue, timestamp: hostileValue, appName: hostileValue, appId: hostileValue, deviceId: hostileValue, devicePlatform: hostileValue, deviceState: hostileValue, message: hostileValue, branding: hostileValue, ipAddress: hostileValue }, { requiredKeys: [] })
    .map((values) => ({ ...REGISTERED_WINDOWS_53003, ...values }));
  const redact = fc.subarray([...REDACTABLE_FIELDS]).map((f) => new Set<string>(f));

  it('ticketTemplateProblem never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.tuple(fc.constantFrom('https://', 'http://', 'javascript:', 'data:', 'https:', ''), fc.string({ maxLength: 10 }), rest).map((p) => p.join(''))), (template) => {
        ticketTemplateProblem(template);
      }),
      { numRuns: RUNS },
    );
  });

  it('a filled link is always https on the template’s own host, whatever the detection holds', () => {
    fc.assert(
      fc.property(host, rest, detection, hostileValue, redact, (h, path, d, summary, redacted) => {
        const template = `https://${h}/${path}`;
        if (ticketTemplateProblem(template)) return;
        const expectedHost = new URL(template.replace(PLACEHOLDER_PATTERN, 'x')).host;
        const url = fillTicketTemplate(template, d, summary, redacted, english);
        if (url === undefined) return;
        const parsed = new URL(url);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.host).toBe(expectedHost);
        expect(parsed.username + parsed.password).toBe('');
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses what is not https: a filled template never gives another scheme', () => {
    fc.assert(
      fc.property(fc.constantFrom('javascript:', 'data:text/html,', 'http://', 'file:///', 'vbscript:', 'HTTPS://', 'https:', 'https:/', ' https://', 'https://\t'), rest, detection, (scheme, path, d) => {
        const url = fillTicketTemplate(`${scheme}${path}`, d, 's', new Set(), english);
        if (url !== undefined) expect(new URL(url).protocol).toBe('https:');
      }),
      { numRuns: RUNS },
    );
  });

  it('a placeholder in the host part can’t move the link to a host the page chooses', () => {
    const hostile = { ...REGISTERED_WINDOWS_53003, appName: 'evil.example', devicePlatform: 'evil.example', deviceState: 'evil.example' };
    const moved: string[] = [];
    for (const template of ['https://{appName}/new', 'https:{appName}', 'https://tickets.contoso.example{appName}/', 'https://{devicePlatform}.contoso.example/', 'https://{deviceState}/x?code={code}', 'ht\ttps://{appName}/x', 'https:/\t/{appName}/x', 'https:/\n/{appName}/x', 'h\nttps://t.example{appName}/', ' https://{appName}/x', 'https:\\\\{appName}/x']) {
      if (ticketTemplateProblem(template)) continue; // refused up front: fine
      const templateHost = new URL(template.replace(PLACEHOLDER_PATTERN, 'x')).host;
      const url = fillTicketTemplate(template, hostile, 's', new Set(), english);
      if (url !== undefined && new URL(url).host !== templateHost) moved.push(`${template} -> ${url}`);
    }
    expect(moved, 'templates accepted by ticketTemplateProblem whose filled link goes to a host the page chose').toEqual([]);
  });

  it('whatever the page’s values, tabs, newlines or backslashes in a template never let them pick the host', () => {
    const noise = fc.constantFrom('', '\t', '\n', '\r', ' ', '\\', '/', '//', '\u0000');
    fc.assert(
      fc.property(noise, noise, noise, fc.constantFrom('https', 'HTTPS', 'ht\ttps'), fc.constantFrom('{appName}', '{deviceState:json}', 'x{devicePlatform}', '{summary}.contoso.example'), hostileValue, (a, b, c, scheme, hostPart, value) => {
        const template = `${a}${scheme}:${b}/${c}/${hostPart}/new?d={details}`;
        const url = fillTicketTemplate(template, { ...REGISTERED_WINDOWS_53003, appName: value, deviceState: value, devicePlatform: value }, value, new Set(), english);
        if (url === undefined) return;
        expect(new URL(url).host).toBe(new URL(template.replace(PLACEHOLDER_PATTERN, 'x')).host);
      }),
      { numRuns: RUNS, examples: [['', '', '', 'https', '{appName}', 'evil.example']] },
    );
  });

  it('validation refuses a template whose host hides a placeholder behind a tab or newline (such a template never gives a link)', () => {
    const accepted = ['ht\ttps://{appName}/x', 'https:/\t/{appName}/x', 'https:/\n/{appName}/x', 'h\nttps://t.example{appName}/'].filter((template) => {
      const { values } = validateSettings({ ticketUrlTemplate: template });
      return values.ticketUrlTemplate !== undefined;
    });
    expect(accepted, 'accepted by validateSettings, yet fillTicketTemplate always refuses them').toEqual([]);
  });

  it('fillTicketTemplate fills 1 MB values in bounded time', () => {
    const big = { ...REGISTERED_WINDOWS_53003, appName: 'x'.repeat(MB), message: '%'.repeat(MB), branding: '😀'.repeat(MB / 2) };
    const url = withinDeadline(() => fillTicketTemplate('https://t.example/new?d={details:json}&a={appName}&s={summary}', big, 'y'.repeat(10_000), new Set(), english));
    if (url !== undefined) expect(new URL(url).host).toBe('t.example');
  });

  it('a detection from a page whose app name is 100 emoji still gives a ticket link and an e-mail link', () => {
    const details = parseErrorPage({ config: {}, text: `Error Code: 53003\nApp name: ${'😀'.repeat(100)}`, userAgent: '' })!;
    const detection: Detection = { ...REGISTERED_WINDOWS_53003, ...details };
    expect(() => fillTicketTemplate('https://t.example/new?d={details}&a={appName}', detection, 's', new Set(), english)).not.toThrow();
    expect(() => buildMailto('servicedesk@contoso.com', { detection }, english)).not.toThrow();
  });
});
