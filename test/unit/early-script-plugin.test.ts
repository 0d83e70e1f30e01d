// The popup's first-reads script goes into the build minified, and its tag first in the page's head
// (scripts/build/early-script-plugin.ts), so that the browser asks for it before the module script.
import { describe, expect, it } from 'vitest';
import { earlyScriptPlugin, withEarlyScript } from '../../scripts/build/early-script-plugin';
import { FIRST_READS_GLOBAL } from '../../popup/first-reads';
import { freshFakeBrowser } from './helpers/fake-browser';

describe('withEarlyScript', () => {
  it('puts the async classic script before the first script or stylesheet Vite wrote', () => {
    const html = '<head><title>x</title><script blocking="render" async type="module" src="/assets/a.js"></script><link rel="stylesheet" href="/assets/a.css"></head>';
    expect(withEarlyScript(html, './read-early.js')).toBe(
      '<head><title>x</title><script async src="./read-early.js"></script><script blocking="render" async type="module" src="/assets/a.js"></script><link rel="stylesheet" href="/assets/a.css"></head>',
    );
    expect(withEarlyScript('<head><link rel="stylesheet" href="a.css"><script src="b.js"></script></head>', './e.js')).toBe('<head><script async src="./e.js"></script><link rel="stylesheet" href="a.css"><script src="b.js"></script></head>');
  });

  it('refuses a page with nothing to come before', () => {
    expect(() => withEarlyScript('<head><title>x</title></head>', './e.js')).toThrow(/no script or stylesheet/);
  });
});

describe('earlyScriptPlugin', () => {
  it('writes read-early.js minified, without its comments, and it still leaves the first reads', async () => {
    const plugin = earlyScriptPlugin(process.cwd(), 'popup/index.html', 'popup/read-early.js');
    const emitted: { fileName: string; source: string }[] = [];
    const generateBundle = plugin.generateBundle as (this: unknown) => Promise<void>;
    await generateBundle.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) });
    expect(emitted.map((file) => file.fileName)).toEqual(['popup/read-early.js']);
    const code = emitted[0].source;
    expect(code).not.toMatch(/\/\/|\/\*/);
    expect(code.length).toBeLessThan(600);
    const browser = freshFakeBrowser();
    await browser.storage.session.set({ a: 1 });
    const scope: Record<string, unknown> = { browser };
    new Function('globalThis', 'location', code)(scope, { search: '?tab=1' });
    expect(await (scope[FIRST_READS_GLOBAL] as { session: Promise<unknown> }).session).toEqual({ a: 1 });
  });
});
