import type { Plugin } from 'vite';

/**
 * Marks the popup's module script `blocking="render"`: the browser then runs it before it paints
 * anything. Without it the popup's page paints an empty frame as soon as its stylesheets arrive
 * and runs the script after that frame, so the reads from storage leave a frame later; with it
 * they leave first and the empty frame is drawn while the popup waits for their answers. The
 * script stays async: it still runs as soon as it has loaded, before the stylesheets if it is
 * first. Browsers without the attribute (Firefox) ignore it.
 * https://html.spec.whatwg.org/multipage/urls-and-fetching.html#blocking-attributes
 * Vite writes the script tag itself and drops attributes it does not know, so this runs after it.
 */
export function renderBlockingPlugin(page: string): Plugin {
  return {
    name: 'signin-block-helper:render-blocking-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => (context.path.replace(/^\//, '') === page ? renderBlockingScripts(html) : html),
    },
  };
}

/** `html` with `blocking="render"` on each module script that loads a file. */
export function renderBlockingScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*\bblocking=)([^>]*\btype="module"[^>]*\bsrc=[^>]*)>/g, '<script blocking="render"$1>');
}
