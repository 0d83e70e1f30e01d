/**
 * How the build splits the popup's code into files. Each file is one more request the browser
 * must answer, and one more response the popup's page must handle, before the popup can run: on a
 * busy two-CPU machine each costs it about 2 ms of main-thread time (see BENCHMARKS.md). Left to
 * itself the bundler makes one chunk for each set of pages that share code, so the popup loaded
 * four: its own, the settings (shared by all three pages), the detection store (shared with the
 * background) and Preact with the ticket code (shared with the options page). This puts everything
 * the popup shares with another page in one chunk: two files. Each file is compressed on its own
 * (scripts/build/budgets.ts), and one file of what was two compresses about 700 bytes smaller
 * than the two (README, "Size and speed"). The price: the options page loads the small detection
 * store it does not use, and the background loads Preact and the advice and ticket code, which it
 * never runs (none of it does anything when loaded; it touches no page). One single file for the
 * popup would duplicate about 10 KiB of shared code and break the package budget.
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

/** The chunk name for modules the popup and another page import; null leaves a module to the bundler. */
export function sharedByPopup(id: string, graph: ModuleGraph): string | null {
  const pages = pagesReaching(id, graph);
  return pages.has('popup') && pages.size > 1 ? 'shared' : null;
}

/** The code-splitting groups for vite.config.ts (rolldown's output.codeSplitting.groups). */
export const POPUP_CHUNK_GROUPS = [{ name: sharedByPopup }];
