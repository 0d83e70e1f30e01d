// The build steps that keep the package small without changing what it does: the polyfill's API
// table cut to the APIs the manifest can reach (scripts/build/polyfill-plugin.ts), the front-coded
// list of message names (src/extension/front-coding.ts), and JSON written without indentation
// (scripts/build/compact-json-plugin.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import baseManifest from '../../manifest.json' with { type: 'json' };
import { compactJsonPlugin } from '../../scripts/build/compact-json-plugin';
import { assertIdsAreNotNames, namesAskedOnlyByLiteral, withMessageIds } from '../../scripts/build/message-ids-in-code-plugin';
import { NAMESPACES_KEPT, polyfillAsModule, prunePolyfill } from '../../scripts/build/polyfill-plugin';
import { DEFAULT_LOCALE, messageIds, readLocale } from '../../scripts/build/locales-plugin';
import { frontCode, frontDecode } from '../../src/extension/front-coding';
import { filesUnder } from './helpers/source-files';

const root = process.cwd();
const polyfillSource = readFileSync(join(root, 'node_modules/webextension-polyfill/dist/browser-polyfill.js'), 'utf8');

/** The API table of a polyfill source, as the polyfill itself reads it. */
function apiTable(source: string): Record<string, unknown> {
  const literal = /const apiMetadata = (\{[\s\S]*?\});\n/.exec(source)?.[1];
  if (!literal) throw new Error('no apiMetadata');
  return JSON.parse(literal) as Record<string, unknown>;
}

describe('the polyfill API table', () => {
  const full = apiTable(polyfillSource);
  const pruned = apiTable(prunePolyfill(polyfillSource));

  it('keeps only runtime, unchanged: every other method goes to chrome as it is, which answers with a promise in Manifest V3', () => {
    expect(Object.keys(full).length, 'the full table has many namespaces').toBeGreaterThan(10);
    expect(pruned).toEqual({ runtime: full.runtime });
    expect([...NAMESPACES_KEPT]).toEqual(['runtime']);
  });

  it('leaves out the privacy entries the polyfill adds in code', () => {
    expect(polyfillSource).toContain('apiMetadata.privacy = {');
    expect(prunePolyfill(polyfillSource)).not.toContain('apiMetadata.privacy');
    expect(prunePolyfill(polyfillSource)).not.toContain('settingMetadata');
  });

  it('changes nothing but the table and the privacy entries, and refuses a polyfill whose table is not where 0.12 has it', () => {
    const outside = (source: string) => source.replace(/const apiMetadata = \{[\s\S]*?\};\n/, '').replace(/\n {6}const settingMetadata = \{\n[\s\S]*?\n {6}\};\n {6}apiMetadata\.privacy = \{\n[\s\S]*?\n {6}\};\n/, '\n');
    expect(outside(prunePolyfill(polyfillSource))).toBe(outside(polyfillSource));
    expect(() => prunePolyfill('const apiMetadata = {};')).toThrow(/apiMetadata not found/);
  });
});

describe('the polyfill as an ES module', () => {
  /** Runs the module's code as the browser would, with `chrome` (and `browser`) as given, and returns its default export. */
  function evaluate(code: string, globals: { chrome: unknown; browser?: unknown }): unknown {
    expect(code.match(/export default module\.exports;\n$/), 'one default export, at the end').not.toBeNull();
    const run = new Function('globalThis', 'chrome', code.replace(/export default module\.exports;\n$/, 'return module.exports;'));
    return run(globals, globals.chrome);
  }

  it('exports what the polyfill exports: the browser namespace where there is one (Firefox)', () => {
    const browser = { runtime: { id: 'firefox-id' } };
    expect(evaluate(polyfillAsModule(polyfillSource), { chrome: { runtime: { id: 'x' } }, browser })).toBe(browser);
  });

  it('and otherwise chrome (Chrome), pruned table included: its own promises come through, and messaging keeps the polyfill\'s wrapper', async () => {
    const PORT_CLOSED = 'The message port closed before a response was received.';
    const chrome = {
      runtime: {
        id: 'chrome-id',
        lastError: undefined as { message: string } | undefined,
        // Callback-style, as the polyfill calls it: no answer, and Chrome's "port closed" error.
        sendMessage(_message: unknown, callback: (answer: unknown) => void) {
          chrome.runtime.lastError = { message: PORT_CLOSED };
          callback(undefined);
          chrome.runtime.lastError = undefined;
        },
      },
      // Manifest V3's own promise, which the pruned polyfill hands back as it is.
      storage: { local: { get: async (_keys: unknown) => ({ a: 1 }) } },
    };
    const wrapped = evaluate(polyfillAsModule(prunePolyfill(polyfillSource)), { chrome }) as {
      runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
      storage: { local: { get: (keys: unknown) => Promise<unknown> } };
    };
    expect(wrapped.runtime.id).toBe('chrome-id');
    await expect(wrapped.storage.local.get('a')).resolves.toEqual({ a: 1 });
    await expect(wrapped.runtime.sendMessage({ type: 'x' }), 'no answer is no error').resolves.toBeUndefined();
  });

  it('refuses a polyfill whose wrapper is not the one 0.12 has', () => {
    expect(() => polyfillAsModule('module.exports = {};')).toThrow(/UMD wrapper/);
  });
});

describe('front-coded message names', () => {
  it('gives back the exact list of the build (the sorted long names in id order)', () => {
    const names = [...messageIds(Object.keys(Object.fromEntries(readLocale(join(root, 'src/locales'), DEFAULT_LOCALE))), new Set()).keys()];
    const coded = frontCode(names);
    expect(frontDecode(coded)).toEqual(names);
    expect(coded.length).toBeLessThan(names.join('.').length * 0.6);
  });

  it('gives back any list of message names, shared beginnings longer than fifteen characters included', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_@]{1,40}$/);
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), (names) => {
        expect(frontDecode(frontCode([...names].sort()))).toEqual([...names].sort());
      }),
    );
    expect(frontDecode(frontCode(['block_53003_tell_it_more', 'block_53003_tell_it_most']))).toEqual(['block_53003_tell_it_more', 'block_53003_tell_it_most']);
  });
});

describe('compact JSON files', () => {
  const run = (bundle: Record<string, { type: string; source: string }>, fileNames: string[]) => {
    const hook = compactJsonPlugin(fileNames).generateBundle as unknown as { handler: (options: unknown, bundle: unknown) => void };
    hook.handler({}, bundle);
    return bundle;
  };

  it('writes the named files without indentation, with the same content', () => {
    const manifest = `${JSON.stringify(baseManifest, null, 2)}\n`;
    const bundle = run({ 'manifest.json': { type: 'asset', source: manifest }, 'other.json': { type: 'asset', source: '{ "a": 1 }' } }, ['manifest.json']);
    expect(bundle['manifest.json'].source).toBe(JSON.stringify(baseManifest));
    expect(bundle['other.json'].source, 'files not named are left alone').toBe('{ "a": 1 }');
  });

  it('fails the build when a named file was not written', () => {
    expect(() => run({}, ['schema.json'])).toThrow(/no schema\.json/);
  });
});


describe('short message ids in the code', () => {
  /** Source text with `%{` for a template literal's `${` (kept out of this file's own strings). */
  const js = (text: string) => text.replaceAll('%{', '${');
  const ids = new Map([
    ['copyDetails', '1k'],
    ['tryThisHeading', '2a'],
    ['step_use_company_device', '3b'],
    ['block_53003_title', '4c'],
  ]);

  it("writes t('name') as t('id') for listed names, and leaves every other call as it is", () => {
    const code = js("t('copyDetails'); t( 'tryThisHeading', org); t('notAMessage'); t(`field_%{f}`); x.t('copyDetails'); at('copyDetails');");
    expect(withMessageIds(code, ids)).toBe(js("t('1k'); t('2a', org); t('notAMessage'); t(`field_%{f}`); x.t('1k'); at('copyDetails');"));
  });

  it('refuses a message named like an id', () => {
    expect(() => assertIdsAreNotNames(new Map([['ok', '0'], ['0', '1']]))).toThrow(/"0" is also a short id/);
    expect(() => assertIdsAreNotNames(ids)).not.toThrow();
  });

  it('leaves out of the list only names asked for by a literal t() call, nowhere else mentioned, and never built', () => {
    const own = [
      "t('copyDetails'); t('tryThisHeading');",
      "const s = { messageKey: 'tryThisHeading' };", // mentioned as data: must stay listed
      js("t('step_use_company_device'); const k = `step_%{id}`;"), // asked literally, but step_ names are also built
      js("t('block_53003_title'); const title = `%{prefix}_title`;"), // built from its end
    ];
    expect([...namesAskedOnlyByLiteral(ids.keys(), own, [])]).toEqual(['copyDetails']);
    expect([...namesAskedOnlyByLiteral(ids.keys(), own, ["getMessage('copyDetails')"])], 'the content script asks by name').toEqual([]);
    expect([...namesAskedOnlyByLiteral(ids.keys(), ["t('copy' + 'Details')", "t('copyDetails')"], [])], 'a concatenation begins with it').toEqual([]);
  });

  it('keeps every name the real code builds or mentions as data (the block, step, field and preset families)', () => {
    const sources = (dirs: string[]) => dirs.flatMap((dir) => filesUnder(dir, /\.tsx?$/)).map((file) => readFileSync(join(root, file), 'utf8'));
    const names = [...messageIds(readLocale(join(root, 'src/locales'), DEFAULT_LOCALE).keys(), new Set()).keys()];
    const unlisted = namesAskedOnlyByLiteral(names, sources(['src', 'popup', 'options']), sources(['content']));
    expect(unlisted.size, 'some names leave the list').toBeGreaterThan(20);
    for (const name of unlisted) expect(name, name).not.toMatch(/^(block|step|field|preset|presetField|settingProblem)_|_(title|what|tell_it|note|name)$/);
    // Each one really is asked for only literally: rewriting the calls leaves no mention of it.
    const rewritten = sources(['src', 'popup', 'options']).map((code) => withMessageIds(code, new Map([...unlisted].map((name) => [name, '~']))));
    for (const name of unlisted) expect(rewritten.some((code) => code.includes(`'${name}'`) || code.includes(`"${name}"`) || code.includes(`\`${name}\``)), name).toBe(false);
  });

  it('gives back empty places for left-out names, so ids stay positions', () => {
    expect(frontDecode(frontCode(['advice_a', '', 'advice_c']))).toEqual(['advice_a', '', 'advice_c']);
  });
});
