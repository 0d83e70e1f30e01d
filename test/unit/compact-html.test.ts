// The built pages are written compact: no indentation between tags, no ` /` on void elements, no
// `crossorigin` (the pages load only their own origin's files), and nothing else changed.
import { describe, expect, it } from 'vitest';
import { compactHtml } from '../../scripts/build/compact-html-plugin';

describe('compactHtml', () => {
  it('drops the spaces between tags, the optional slash and crossorigin, and keeps every attribute that matters', () => {
    const built = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Sign-in Block Helper</title>
    <script blocking="render" async type="module" crossorigin src="/assets/index.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
    expect(compactHtml(built)).toBe(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in Block Helper</title><script blocking="render" async type="module" src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css"></head><body><div id="app"></div></body></html>',
    );
  });

  it('keeps text inside elements as it is, spaces included', () => {
    expect(compactHtml('<title>Sign-in  Block Helper options</title>')).toBe('<title>Sign-in  Block Helper options</title>');
  });
});
