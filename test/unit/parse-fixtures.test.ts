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
import { afterAll, describe, expect, it } from 'vitest';
import { collectEvidence } from '../../content/collect-evidence';
import { parseErrorPage } from '../../src/page/parse-error-page';
import type { ErrorDetails } from '../../src/page/error-details';
import { EVIDENCE_LIMITS, type PageEvidence } from '../../src/page/page-evidence';
import { isSignInUrl } from '../../src/page/signin-hosts';
import { type ExpectedDetails, type Fixture, fixture as load, fixtureConfig, fixtureNames, flowSecrets } from '../fixtures/index.mjs';

const names = fixtureNames();

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function expectNoSecrets(fixture: Fixture, evidence: PageEvidence | null, result: ErrorDetails | null): void {
  const secrets = flowSecrets(fixture);
  if (fixtureConfig(fixture.html)) expect(secrets.length, 'a fixture with $Config carries flow secrets').toBeGreaterThan(0);
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
  const result = isSignInUrl(fixture.url) && evidence ? parseErrorPage(evidence) : null;
  return { evidence, result };
}

function expectMatches(result: ErrorDetails | null, expected: ExpectedDetails): void {
  const { messageStartsWith, ...fields } = expected;
  expect(result).not.toBeNull();
  expect(result).toMatchObject(fields);
  if (messageStartsWith !== undefined) {
    expect(result?.message?.startsWith(messageStartsWith), `message starts with ${messageStartsWith}`).toBe(true);
  }
}

describe('fixture files', () => {
  it('come in pairs: every .html has an .expected.json and the other way round', () => {
    expect(fixtureNames('.expected.json')).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(27);
  });

  it.each(names)('%s: is well formed (https URL, $Config is JSON with < escaped)', (name) => {
    const fixture = load(name);
    expect(fixture.url.startsWith('https://')).toBe(true);
    expect(typeof fixture.source).toBe('string');
    expect(typeof fixture.needsScript).toBe('boolean');
    const doc = parseHtml(fixture.html);
    const config = fixtureConfig(fixture.html);
    if (config) {
      const script = Array.from(doc.querySelectorAll('script:not([src])')).find((s) => s.textContent?.includes('$Config='));
      const json = script?.textContent?.slice(script.textContent.indexOf('$Config=')) ?? '';
      expect(json.slice(0, json.lastIndexOf('}')).includes('<'), 'the page writes < as \\u003c').toBe(false);
    }
    if (fixture.expected !== null && !name.includes('negative')) {
      expect(isSignInUrl(fixture.url), 'positives are served on a sign-in host').toBe(true);
    }
  });
});

describe.each(names.filter((name) => !load(name).needsScript))('fixture %s', (name) => {
  const fixture = load(name);

  it(fixture.expected === null ? 'gives nothing' : 'gives the expected details', () => {
    const doc = parseHtml(fixture.html);
    const { result } = run(fixture, doc);
    if (process.env.DEBUG_FIXTURES) console.log(name, JSON.stringify(result, null, 1));
    if (fixture.expected === null) expect(result).toBeNull();
    else expectMatches(result, fixture.expected);
  });

  it('never gives the signed-in account as the organisation’s note', () => {
    const { evidence, result } = run(fixture, parseHtml(fixture.html));
    const banner = evidence?.identityBanner?.trim();
    if (banner && result?.branding) expect(result.branding.includes(banner), `the note is not the account ${banner}`).toBe(false);
    if (fixture.expected?.account) expect(result?.account).toBe(fixture.expected.account);
  });

  it('lets no flow secret into the evidence or the result', () => {
    const doc = parseHtml(fixture.html);
    const { evidence, result } = run(fixture, doc);
    // Also the ungated result: a look-alike page must not leak either if it were ever parsed.
    const ungated = evidence ? parseErrorPage(evidence) : null;
    expectNoSecrets(fixture, evidence, result);
    expectNoSecrets(fixture, evidence, ungated);
  });
});

describe('page language', () => {
  it.each(names)('%s: the evidence carries $Config.locale.mkt', (name) => {
    const fixture = load(name);
    const doc = parseHtml(fixture.html);
    const mkt = (fixtureConfig(fixture.html)?.locale as { mkt?: string } | undefined)?.mkt;
    const evidence = collectEvidence(doc);
    if (evidence && mkt) expect(evidence.locale).toBe(mkt);
  });
});

describe('negatives', () => {
  it('the normal sign-in, "Stay signed in?" and device-code entry pages show no error even on a sign-in host', () => {
    for (const name of ['negative-converged-signin', 'negative-kmsi', 'negative-device-code-entry']) {
      const fixture = load(name);
      expect(isSignInUrl(fixture.url)).toBe(true);
      const evidence = collectEvidence(parseHtml(fixture.html));
      // The content script stays idle: nothing is even sent to the background.
      expect(evidence, name).toBeNull();
    }
  });

  it('the look-alike host and the blog are kept out by the host gate', () => {
    for (const name of ['negative-look-alike-host', 'negative-blog-mention']) {
      expect(isSignInUrl(load(name).url), name).toBe(false);
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
    expectNoSecrets(fixture, evidence, result);
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
    expectMatches(result, fixture.expected!);
    expectNoSecrets(fixture, evidence, result);
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
