// Architecture rules that must stay true. Each failure message says how to fix it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './helpers/source-files';
import { OPTIONS_PAGE, POPUP_PAGE } from '../../scripts/browsers/extension-pages.mjs';
import { HELP_PAGE } from '../../src/background/open-help';
import { SIGN_IN_HOSTS } from '../../src/page/signin-hosts';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const permissionsDoc = readFileSync(join(root, 'PERMISSIONS.md'), 'utf8');


describe('manifest', () => {
  it('runs the content script on exactly the sign-in hosts of src/page/signin-hosts.ts, over https, top frame only', () => {
    const [script, ...others] = manifest.content_scripts;
    expect(others, 'one content script only').toEqual([]);
    expect(script.matches.sort(), 'update manifest.json content_scripts.matches to match SIGN_IN_HOSTS').toEqual(
      Object.keys(SIGN_IN_HOSTS).map((host) => `https://${host}/*`).sort(),
    );
    expect(script.all_frames).toBe(false);
  });

  it('asks for no broad or dangerous permission, and no way in for pages', () => {
    const everything = JSON.stringify(manifest);
    for (const forbidden of ['<all_urls>', '"tabs"', '"scripting"', '"webRequest"', 'externally_connectable', 'web_accessible_resources', 'host_permissions']) {
      expect(everything, `manifest.json must not contain ${forbidden}: see PERMISSIONS.md`).not.toContain(forbidden);
    }
  });

  it('runs extension pages under a strict CSP: own scripts only, no network, no eval, no HTML sinks', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages:
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    });
  });

  it('names its pages once: the help view and options page the code opens are the manifest\'s', () => {
    expect(HELP_PAGE, 'src/background/open-help.ts HELP_PAGE must be manifest.json action.default_popup').toBe(manifest.action.default_popup);
    expect(POPUP_PAGE, 'scripts/browsers/extension-pages.mjs POPUP_PAGE must be manifest.json action.default_popup').toBe(manifest.action.default_popup);
    expect(OPTIONS_PAGE, 'scripts/browsers/extension-pages.mjs OPTIONS_PAGE must be the manifest\'s options page').toBe(manifest.options_ui?.page ?? manifest.options_page);
  });

  it('explains every permission in PERMISSIONS.md', () => {
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
      expect(permissionsDoc, `add a row for "${permission}" to PERMISSIONS.md saying why it is needed`).toContain(`\`${permission}\``);
    }
  });
});

describe('code', () => {
  const sources = [...filesUnder('src', /\.tsx?$/), ...filesUnder('content', /\.tsx?$/), ...filesUnder('popup', /\.tsx?$/)];

  it('never inserts page data as HTML', () => {
    for (const file of sources) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, `${file}: render page text as text (textContent / JSX children), never dangerouslySetInnerHTML`).not.toContain('dangerouslySetInnerHTML');
      expect(text, `${file}: no eval or Function constructor`).not.toMatch(/\beval\(|new Function\(/);
      if (file !== 'content/in-page-notice.ts') {
        expect(text, `${file}: innerHTML/outerHTML/insertAdjacentHTML only in the notice's fixed template`).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
      }
    }
  });

  it('keeps the notice template free of page data', () => {
    const notice = readFileSync(join(root, 'content/in-page-notice.ts'), 'utf8');
    const assignments = notice.match(/innerHTML\s*=\s*`[^`]*`/g) ?? [];
    expect(assignments.length).toBe(1);
    expect(assignments[0], 'the notice template may only interpolate the constant STYLE').not.toMatch(/\$\{(?!STYLE\})/);
  });

  it('keeps the content script free of the polyfill and of anything big', () => {
    for (const file of filesUnder('content', /\.ts$/)) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, `${file}: the content script uses chrome.* directly (the polyfill is 10 KB)`).not.toContain('webextension-polyfill');
      expect(text, `${file}: the content script must not import the parser (it runs in the background)`).not.toMatch(/parse-error-page|panel-labels|knowledge\//);
    }
  });

  it('never names a flow token field outside the list that keeps them out', () => {
    for (const file of sources) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text, `${file}: don't read flow secrets; use CONFIG_FIELDS`).not.toMatch(/['"](?:canary|apiCanary|sFT|sCtx|flowToken|urlPost)['"]/);
    }
  });

  it('cites facts where anyone can check them: never a file outside the repository', () => {
    // Spelled in pieces, so that this file does not match itself.
    const outside = [
      new RegExp(['\\.\\.', 'shared\\b'].join('/')),
      new RegExp(['\\bshared', '(?:reference|fixtures|peers|tools|hooks)\\b'].join('/')),
      new RegExp(['\\bshared', '(?:reference|fixtures)\\b'].join(' '), 'i'),
    ];
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    const texts = tracked.filter((file) => !/\.(?:png|jpe?g|ico|zip|xpi)$/i.test(file));
    expect(texts.length, 'git ls-files lists the sources').toBeGreaterThan(100);
    for (const file of texts) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const pattern of outside) {
        expect(text.match(pattern)?.[0], `${file}: cite a public source (learn.microsoft.com, …) or a file in the repository (docs/reference/, test/fixtures/real/), not a path outside it`).toBeUndefined();
      }
      // Markdown links are checked by where they lead: a relative link must stay inside the repository.
      if (!file.endsWith('.md')) continue;
      for (const [, target] of text.matchAll(/\]\(((?!https?:|mailto:|#)[^)\s]+)\)/g)) {
        const resolved = relative(root, resolve(root, dirname(file), target.split('#')[0]));
        expect(resolved.startsWith('..') || isAbsolute(resolved), `${file}: the link ${target} leads outside the repository`).toBe(false);
      }
    }
  });
});

describe('layout', () => {
  const product = ['src', 'content', 'popup', 'options'].flatMap((dir) => filesUnder(dir, /\.tsx?$/)).filter((file) => !file.endsWith('.d.ts'));

  /** Files allowed past 250 lines, each with its reason. */
  const LONG_FILES: Record<string, string> = {
    'src/knowledge/sign-in-blocks.ts': 'the knowledge base: one row per code, data rather than logic',
    'src/knowledge/choose-advice.ts': 'the situation rules: one table read top to bottom',
  };

  it('keeps product files short: 250 lines at most, unless the file says why it is data', () => {
    for (const file of product) {
      const lines = readFileSync(join(root, file), 'utf8').split('\n').length;
      if (lines > 250) expect(LONG_FILES[file], `${file} has ${lines} lines: split it by concept, or list it in LONG_FILES with the reason`).toBeDefined();
    }
  });

  /** Product files that no entry point imports, each with its reason. */
  const NOT_SHIPPED: Record<string, string> = {
    // Titles, descriptions and examples of each setting, for admins: the Group Policy templates are
    // written from it (scripts/build/admin-templates.ts); the extension itself ships none of it.
    'src/settings/setting-docs.ts': 'read by scripts/build/admin-templates.ts and the tests, not shipped',
  };

  it('ships every product file: each is reached from an entry point (or listed with its reason)', () => {
    // The four pages and scripts the manifest names, and the build config (the extension's fixed ids).
    const entries = ['content/main.ts', 'src/background/index.ts', 'popup/main.tsx', 'options/main.tsx', 'vite.config.ts'];
    const importsOf = (file: string): string[] => {
      const text = readFileSync(join(root, file), 'utf8');
      return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(([, spec]) => {
        const base = join(dirname(file), spec);
        return ['', '.ts', '.tsx', '.mjs', '/index.ts'].map((ext) => base + ext).find((candidate) => /\.(?:tsx?|mjs)$/.test(candidate) && existsSync(join(root, candidate))) ?? base;
      });
    };
    const reached = new Set<string>();
    const queue = [...entries];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      // Followed through the build plugins too: they ship what they generate (the managed schema).
      queue.push(...importsOf(file).filter((next) => existsSync(join(root, next))));
    }
    for (const file of product) {
      if (NOT_SHIPPED[file]) continue;
      expect(reached.has(file), `${file} is imported by no entry point: delete it, move it under test/ if only tests use it, or list it in NOT_SHIPPED`).toBe(true);
    }
  });
});
