/**
 * How the build splits the popup's code into files. Each file is one more request the browser
 * must answer, and one more response the popup's page must handle, before the popup can run:
 * the browser answers each request for an extension file tens of milliseconds later, and the
 * popup's first frame waits for the last (BENCHMARKS.md, "Popup's own share"). Left to itself the
 * bundler makes one chunk for each set of pages that share code, so the popup loaded four files:
 * its own, the settings (shared by all three pages), the detection store (shared with the
 * background) and Preact with the ticket code (shared with the options page). This puts all the
 * popup's code, its own included, in one chunk, which the background and the options page load
 * too: the popup's page loads one script file, and no code is in the package twice. The price:
 * the background and the options page load the popup's code (and the options page the small
 * detection store) and never run it: popup/main.tsx starts the popup only on the popup's page,
 * and nothing else in it does anything when loaded. Each file is compressed on its own
 * (scripts/build/budgets.ts): one file of what were two compresses about 700 bytes smaller.
 */

/** The part of the bundler's module graph this needs (rolldown's ModuleInfo). */
export interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

export type Page = 'popup' | 'background' | 'options';

/** Which page an entry module belongs to, by its path (the HTML page, or the background script). */
export function pageOfEntry(id: string): Page | undefined {
  const path = id.replaceAll('\\', '/');
  if (/\/popup\/[^/]+$/.test(path)) return 'popup';
  if (/\/options\/[^/]+$/.test(path)) return 'options';
  if (/\/src\/background\/[^/]+$/.test(path)) return 'background';
  return undefined;
}

/** The pages whose entries import `id`, directly or through other modules. */
export function pagesReaching(id: string, graph: ModuleGraph): Set<Page> {
  const pages = new Set<Page>();
  const seen = new Set<string>([id]);
  // A walk up the importers, each module once: import cycles end there. The graph is small (about a hundred modules).
  const queue = [id];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    const info = graph.getModuleInfo(current);
    if (!info) continue;
    const page = info.isEntry ? pageOfEntry(current) : undefined;
    if (page) pages.add(page);
    for (const importer of [...info.importers, ...info.dynamicImporters]) {
      if (!seen.has(importer)) {
        seen.add(importer);
        queue.push(importer);
      }
    }
  }
  return pages;
}

/**
 * The chunk name for the popup's code and what it shares; null leaves a module to the bundler.
 * Every script module the popup reaches goes into the one chunk, its own too: the popup's page
 * then loads one script file, which the build names in its HTML (the page's entry chunk is left
 * empty and dropped). A stylesheet goes there only when another page shares it, as theme.css:
 * the popup's own stylesheet must not reach the options page. The HTML page module stays with
 * its page, so each page keeps its own stylesheet, after the shared one.
 */
export function sharedByPopup(id: string, graph: ModuleGraph): string | null {
  if (/\.html(?:$|\?)/.test(id)) return null;
  const pages = pagesReaching(id, graph);
  if (!pages.has('popup')) return null;
  const stylesheet = /\.css(?:$|\?)/.test(id);
  return !stylesheet || pages.size > 1 ? 'shared' : null;
}

/** The code-splitting groups for vite.config.ts (rolldown's output.codeSplitting.groups). */
export const POPUP_CHUNK_GROUPS = [{ name: sharedByPopup }];
