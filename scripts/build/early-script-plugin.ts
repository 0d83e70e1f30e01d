import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * Gives a page a classic script of its own that runs before the page's module script:
 * popup/read-early.js, which asks for the popup's first reads. It is a file of its own on purpose,
 * small, with no imports, so that the browser asks for it first and runs it as soon as it
 * arrives, while the module script is still on its way (BENCHMARKS.md, "Popup's own share").
 * The build puts it beside the page, minified, and writes its tag first in the page's head, before
 * the tags Vite writes. (Written in the source page, the tag would make Vite warn on every build
 * that it cannot bundle a classic script.)
 */
export function earlyScriptPlugin(root: string, page: string, script: string): Plugin {
  return {
    name: 'signin-block-helper:early-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => (context.path.replace(/^\//, '') === page ? withEarlyScript(html, `./${posix.relative(posix.dirname(page), script)}`) : html),
    },
    async generateBundle() {
      const { code } = await minify(readFileSync(join(root, script), 'utf8'), { ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
      if (!code) throw new Error(`${script}: terser gave no code`);
      this.emitFile({ type: 'asset', fileName: script, source: code });
    },
  };
}

/** `html` with an async classic script `src` before its first script or stylesheet tag, so that it is asked for first. */
export function withEarlyScript(html: string, src: string): string {
  const first = html.search(/<(?:script|link)\b/);
  if (first < 0) throw new Error('the page has no script or stylesheet to come before');
  return `${html.slice(0, first)}<script async src="${src}"></script>${html.slice(first)}`;
}
