// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptFileLoading":true,"disableCSSFileLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Every HTML fixture in test/fixtures goes through the real pipeline: collectEvidence (content
 * script) then parseErrorPage (background), and must give exactly the listed fields of its
 * `<name>.expected.json`, or nothing for the negatives. The content script only runs on the
 * sign-in hosts, so a fixture whose URL is not one (look-alike host, blog) must give nothing
 * through that gate. On top, no flow secret of a fixture (canary, apiCanary, sFT, sCtx, flowToken,
 * any ctx=) may reach the evidence or the result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';
import { parseErrorPage } from '../../src/page/parse-error-page';
import type { ErrorDetails } from '../../src/page/error-details';
import { EVIDENCE_LIMITS, type PageEvidence } from '../../src/page/page-evidence';
import { isSignInUrl } from '../../src/page/signin-hosts';

// happy-dom replaces the global URL: build paths from the working directory, not import.meta.url.
const FIXTURES = path.join(process.cwd(), 'test/fixtures');

interface ExpectedFile {
  url: string;
  source: string;
  variant: string;
  needsScript: boolean;
  expected: null | (Partial<Record<keyof ErrorDetails, string>> & { messageStartsWith?: string });
}

interface Fixture {
  name: string;
  html: string;
  spec: ExpectedFile;
}

const names = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

function load(name: string): Fixture {
  const html = readFileSync(path.join(FIXTURES, `${name}.html`), 'utf8');
  const spec = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as ExpectedFile;
  return { name, html, spec };
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The fixture's own `$Config`, sliced independently of the code under test (it ends at the script's last `}`). */
function fixtureConfig(doc: Document): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    const mark = text.indexOf('$Config=');
    if (mark < 0) continue;
    return JSON.parse(text.slice(text.indexOf('{', mark), text.lastIndexOf('}') + 1)) as Record<string, unknown>;
  }
  return undefined;
}

/** Every flow secret the fixture carries: $Config canaries and tokens, hidden inputs, and every ctx= value. */
function flowSecrets(fixture: Fixture, doc: Document): string[] {
  const secrets = new Set<string>();
  const config = fixtureConfig(doc);
  for (const key of ['canary', 'apiCanary', 'sFT', 'sCtx']) {
    const value = config?.[key];
    if (typeof value === 'string') secrets.add(value);
  }
  const ctxPattern = /[?&]ctx=([^&"'#\s<]+)/g;
  const sources = [fixture.html.replace(/&amp;/g, '&'), fixture.spec.url, String(config?.urlPost ?? '')];
  for (const source of sources) for (const match of source.matchAll(ctxPattern)) secrets.add(match[1]);
  for (const input of Array.from(doc.querySelectorAll<HTMLInputElement>('input[type="hidden"]'))) {
    if (['flowToken', 'ctx', 'canary'].includes(input.name)) secrets.add(input.getAttribute('value') ?? '');
  }
  // Only long opaque values count (the fixtures' secrets are hundreds of characters).
  return [...secrets].filter((secret) => secret.length >= 20);
}

function expectNoSecrets(fixture: Fixture, doc: Document, evidence: PageEvidence | null, result: ErrorDetails | null): void {
  const secrets = flowSecrets(fixture, doc);
  if (fixtureConfig(doc)) expect(secrets.length, 'a fixture with $Config carries flow secrets').toBeGreaterThan(0);
  const evidenceJson = JSON.stringify(evidence);
  const resultJson = JSON.stringify(result);
  for (const secret of secrets) {
    expect(evidenceJson.includes(secret), `evidence leaks ${secret.slice(0, 24)}…`).toBe(false);
    expect(resultJson.includes(secret), `result leaks ${secret.slice(0, 24)}…`).toBe(false);
  }
}

/** The content-script pipeline: it runs on sign-in hosts only, then collects, then the background parses. */
function run(fixture: Fixture, doc: Document): { evidence: PageEvidence | null; result: ErrorDetails | null } {
  const evidence = collectEvidence(doc);
  const result = isSignInUrl(fixture.spec.url) && evidence ? parseErrorPage(evidence) : null;
  return { evidence, result };
}

function expectMatches(result: ErrorDetails | null, expected: NonNullable<ExpectedFile['expected']>): void {
  const { messageStartsWith, ...fields } = expected;
  expect(result).not.toBeNull();
  expect(result).toMatchObject(fields);
  if (messageStartsWith !== undefined) {
    expect(result?.message?.startsWith(messageStartsWith), `message starts with ${messageStartsWith}`).toBe(true);
  }
}

describe('fixture files', () => {
  it('come in pairs: every .html has an .expected.json and the other way round', () => {
    const jsons = readdirSync(FIXTURES)
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => file.slice(0, -'.expected.json'.length))
      .sort();
    expect(jsons).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(27);
  });

  it.each(names)('%s: is well formed (https URL, $Config is JSON with < escaped)', (name) => {
    const fixture = load(name);
    expect(fixture.spec.url.startsWith('https://')).toBe(true);
    expect(typeof fixture.spec.source).toBe('string');
    expect(typeof fixture.spec.needsScript).toBe('boolean');
    const doc = parseHtml(fixture.html);
    const config = fixtureConfig(doc);
    if (config) {
      const script = Array.from(doc.querySelectorAll('script:not([src])')).find((s) => s.textContent?.includes('$Config='));
      const json = script?.textContent?.slice(script.textContent.indexOf('$Config=')) ?? '';
      expect(json.slice(0, json.lastIndexOf('}')).includes('<'), 'the page writes < as \\u003c').toBe(false);
    }
    if (fixture.spec.expected !== null && !name.includes('negative')) {
      expect(isSignInUrl(fixture.spec.url), 'positives are served on a sign-in host').toBe(true);
    }
  });
});

describe.each(names.filter((name) => !load(name).spec.needsScript))('fixture %s', (name) => {
  const fixture = load(name);

  it(fixture.spec.expected === null ? 'gives nothing' : 'gives the expected details', () => {
    const doc = parseHtml(fixture.html);
    const { result } = run(fixture, doc);
    if (process.env.DEBUG_FIXTURES) console.log(name, JSON.stringify(result, null, 1));
    if (fixture.spec.expected === null) expect(result).toBeNull();
    else expectMatches(result, fixture.spec.expected);
  });

  it('lets no flow secret into the evidence or the result', () => {
    const doc = parseHtml(fixture.html);
    const { evidence, result } = run(fixture, doc);
    // Also the ungated result: a look-alike page must not leak either if it were ever parsed.
    const ungated = evidence ? parseErrorPage(evidence) : null;
    expectNoSecrets(fixture, doc, evidence, result);
    expectNoSecrets(fixture, doc, evidence, ungated);
  });
});

describe('page language', () => {
  it.each(names)('%s: the evidence carries $Config.locale.mkt', (name) => {
    const fixture = load(name);
    const doc = parseHtml(fixture.html);
    const mkt = (fixtureConfig(doc)?.locale as { mkt?: string } | undefined)?.mkt;
    const evidence = collectEvidence(doc);
    if (evidence && mkt) expect(evidence.locale).toBe(mkt);
  });
});

describe('negatives', () => {
  it('the normal sign-in and "Stay signed in?" pages show no error even on a sign-in host', () => {
    for (const name of ['negative-converged-signin', 'negative-kmsi']) {
      const fixture = load(name);
      expect(isSignInUrl(fixture.spec.url)).toBe(true);
      const evidence = collectEvidence(parseHtml(fixture.html));
      // The content script stays idle: nothing is even sent to the background.
      expect(evidence, name).toBeNull();
    }
  });

  it('the look-alike host and the blog are kept out by the host gate', () => {
    for (const name of ['negative-look-alike-host', 'negative-blog-mention']) {
      expect(isSignInUrl(load(name).spec.url), name).toBe(false);
    }
  });
});

describe('53003-late-render (needsScript)', () => {
  const fixture = load('53003-late-render');

  it('before the script runs, gives at least the code from $Config', () => {
    const doc = parseHtml(fixture.html);
    expect(doc.getElementById('debugDetailsBanner')).toBeNull();
    const { evidence, result } = run(fixture, doc);
    expect(result).toMatchObject({ errorCode: '53003' });
    expectNoSecrets(fixture, doc, evidence, result);
  });

  it('after the panel is inserted the way the inline script does, gives everything', () => {
    const doc = parseHtml(fixture.html);
    const script = Array.from(doc.querySelectorAll('script:not([src])'))
      .map((s) => s.textContent ?? '')
      .find((text) => text.includes('panelHtml'));
    const panelHtml = JSON.parse(/var panelHtml = ("(?:[^"\\]|\\.)*");/.exec(script ?? '')?.[1] ?? '""') as string;
    const hostId = /getElementById\('([^']+)'\)/.exec(script ?? '')?.[1] ?? '';
    expect(panelHtml).toContain('debugDetailsBanner');
    doc.getElementById(hostId)?.insertAdjacentHTML('beforeend', panelHtml);
    expect(doc.getElementById('debugDetailsBanner')).not.toBeNull();
    const { evidence, result } = run(fixture, doc);
    expectMatches(result, fixture.spec.expected!);
    expectNoSecrets(fixture, doc, evidence, result);
  });
});

describe('53003-huge-message', () => {
  it('keeps the evidence within its caps and still reaches the panel after the 1 MiB message', () => {
    const fixture = load('53003-huge-message');
    expect(fixture.html.length).toBeGreaterThan(1024 * 1024);
    const evidence = collectEvidence(parseHtml(fixture.html));
    expect(evidence).not.toBeNull();
    expect(evidence!.text.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text + EVIDENCE_LIMITS.textLine + 1);
    expect(evidence!.text.split('\n').every((line) => line.length <= EVIDENCE_LIMITS.textLine)).toBe(true);
  });
});

describe('53003-hostile', () => {
  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('pollutes no prototype and runs none of its scripts', () => {
    const fixture = load('53003-hostile');
    const doc = parseHtml(fixture.html);
    const { evidence, result } = run(fixture, doc);
    if (evidence) parseErrorPage(evidence);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
    // The "__proto__" key's decoy code must not win.
    expect(result?.errorCode).toBe('53003');
  });
});
