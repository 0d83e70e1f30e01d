// The popup's module script is marked blocking="render" after Vite has written the page
// (scripts/build/render-blocking-plugin.ts): its storage reads then leave before the first frame.
import { describe, expect, it } from 'vitest';
import { renderBlockingScripts } from '../../scripts/build/render-blocking-plugin';

describe('renderBlockingScripts', () => {
  it('marks the module script that loads a file, and keeps its other attributes', () => {
    const html = '<head><script async type="module" crossorigin src="/assets/index.html-x.js"></script><link rel="modulepreload" href="/assets/a.js"></head>';
    expect(renderBlockingScripts(html)).toBe('<head><script blocking="render" async type="module" crossorigin src="/assets/index.html-x.js"></script><link rel="modulepreload" href="/assets/a.js"></head>');
  });

  it('leaves other scripts, and scripts already marked, as they are', () => {
    const classic = '<script src="/a.js"></script>';
    const marked = '<script blocking="render" type="module" src="/a.js"></script>';
    const inline = '<script type="module">1</script>';
    expect(renderBlockingScripts(classic + marked + inline)).toBe(classic + marked + inline);
  });
});
