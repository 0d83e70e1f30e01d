// The build puts the popup's code and what it shares with another page into one chunk
// (scripts/build/popup-chunks.ts): which pages reach a module, through its importers, decides it.
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { POPUP_PAGE } from '../../popup/popup-page';
import { type ModuleGraph, pageOfEntry, pagesReaching, sharedByPopup } from '../../scripts/build/popup-chunks';

/** A module graph from `importers`: module → the modules that import it. Entries are the pages' files. */
function graphOf(importers: Record<string, string[]>, entries: string[]): ModuleGraph {
  return {
    getModuleInfo: (id) => (id in importers || entries.includes(id) ? { isEntry: entries.includes(id), importers: importers[id] ?? [], dynamicImporters: [] } : null),
  };
}

const POPUP = '/repo/popup/index.html';
const OPTIONS = '/repo/options/index.html';
const BACKGROUND = '/repo/src/background/index.ts';
const graph = graphOf(
  {
    '/repo/popup/main.tsx': [POPUP],
    '/repo/options/main.tsx': [OPTIONS],
    '/repo/src/settings/settings-store.ts': ['/repo/popup/connector.ts', '/repo/options/main.tsx', BACKGROUND],
    '/repo/popup/connector.ts': ['/repo/popup/main.tsx'],
    '/repo/src/detection/detection-store.ts': ['/repo/popup/connector.ts', '/repo/src/background/start-background.ts'],
    '/repo/src/background/start-background.ts': [BACKGROUND],
    '/repo/node_modules/preact/dist/preact.mjs': ['/repo/popup/main.tsx', '/repo/options/main.tsx'],
    // An import cycle the walk must get out of.
    '/repo/src/a.ts': ['/repo/src/b.ts'],
    '/repo/src/b.ts': ['/repo/src/a.ts', '/repo/popup/main.tsx'],
    '/repo/popup/popup.css': [POPUP],
    '/repo/src/ui/theme.css': [POPUP, OPTIONS],
    '/repo/options/options.css': [OPTIONS],
  },
  [POPUP, OPTIONS, BACKGROUND],
);

describe('popup chunks', () => {
  it('knows each page by its entry file', () => {
    expect(pageOfEntry(POPUP)).toBe('popup');
    expect(pageOfEntry('C:\\repo\\popup\\index.html')).toBe('popup');
    expect(pageOfEntry(OPTIONS)).toBe('options');
    expect(pageOfEntry(BACKGROUND)).toBe('background');
    expect(pageOfEntry('/repo/content/main.ts')).toBeUndefined();
  });

  it('finds the pages that reach a module through its importers, cycles included', () => {
    expect([...pagesReaching('/repo/src/settings/settings-store.ts', graph)].sort()).toEqual(['background', 'options', 'popup']);
    expect([...pagesReaching('/repo/src/detection/detection-store.ts', graph)].sort()).toEqual(['background', 'popup']);
    expect([...pagesReaching('/repo/src/a.ts', graph)]).toEqual(['popup']);
    expect(pagesReaching('/repo/unknown.ts', graph).size).toBe(0);
  });

  it("groups all the popup's code, its own and what it shares, and leaves the rest to the bundler", () => {
    expect(sharedByPopup('/repo/src/settings/settings-store.ts', graph)).toBe('shared');
    expect(sharedByPopup('/repo/src/detection/detection-store.ts', graph)).toBe('shared');
    // Preact is the popup's and the options page's: in the same file, which the background loads too.
    expect(sharedByPopup('/repo/node_modules/preact/dist/preact.mjs', graph)).toBe('shared');
    // The popup's own code too, its entry included: the popup's page loads one script file.
    expect(sharedByPopup('/repo/popup/connector.ts', graph)).toBe('shared');
    expect(sharedByPopup('/repo/popup/main.tsx', graph)).toBe('shared');
    expect(sharedByPopup('/repo/src/a.ts', graph)).toBe('shared');
    // What only the options page or the background use stays out of it.
    expect(sharedByPopup('/repo/options/main.tsx', graph)).toBeNull();
    expect(sharedByPopup('/repo/src/background/start-background.ts', graph)).toBeNull();
  });

  it("shares a stylesheet only when another page uses it, and leaves each page's HTML to its page", () => {
    expect(sharedByPopup('/repo/src/ui/theme.css', graph)).toBe('shared');
    // The popup's own styles must never reach the options page, which loads the shared chunk's stylesheet.
    expect(sharedByPopup('/repo/popup/popup.css', graph)).toBeNull();
    expect(sharedByPopup('/repo/options/options.css', graph)).toBeNull();
    expect(sharedByPopup(POPUP, graph)).toBeNull();
    expect(sharedByPopup(`${POPUP}?html-proxy&index=0.css`, graph)).toBeNull();
  });

  it('starts the popup on the page the manifest names as the popup', () => {
    // popup/main.tsx starts only where location.pathname is POPUP_PAGE.
    expect(POPUP_PAGE).toBe(`/${manifest.action.default_popup}`);
  });
});
