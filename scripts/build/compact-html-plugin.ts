import type { Plugin } from 'vite';

/**
 * Writes the built pages without the indentation of their sources and without Vite's
 * `crossorigin` on their scripts and stylesheets: the pages load only files of their own origin,
 * where `crossorigin` changes nothing (https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes:
 * a same-origin request is made the same way in either mode), and the spaces and attributes cost
 * about 65 bytes of the package budget (scripts/build/budgets.ts). Runs after Vite writes its tags.
 */
export function compactHtmlPlugin(): Plugin {
  return {
    name: 'signin-block-helper:compact-html',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: compactHtml },
  };
}

/** `html` without line breaks and indentation between tags, the optional ` /` of void elements, and `crossorigin` attributes. */
export function compactHtml(html: string): string {
  return html.replace(/ crossorigin(?=[\s>])/g, '').replace(/\s*\/>/g, '>').replace(/>\s+</g, '><').trim();
}
