// An in-memory browser for unit tests: @webext-core/fake-browser (storage areas with change
// events, tabs, runtime, badge text and title), plus recorders for what it leaves unmocked
// (the toolbar icon, opening the popup, opening a window, which extension pages are open, and
// who may use storage.local).
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

export type FakeBrowser = ReturnType<typeof freshFakeBrowser>;

const createWindow = fakeBrowser.windows.create;
const updateWindow = fakeBrowser.windows.update;

/** A reset fake browser: empty storage, no listeners, no windows but the first. Call in beforeEach. */
export function freshFakeBrowser() {
  fakeBrowser.reset();
  // The extension pages opened in windows, as runtime.getContexts reports them while their window is open.
  const pages: { windowId: number; documentUrl: string }[] = [];
  const extras = {
    action: Object.assign(fakeBrowser.action, {
      openPopup: vi.fn(async (_options?: { windowId: number }) => {}),
    }),
    windows: Object.assign(fakeBrowser.windows, {
      // Recorded, and still creates the window (the fake's tabs.query needs a focused one for currentWindow).
      create: vi.fn(async (details: { url: string; type: 'popup'; width: number; height: number }) => {
        const created = await createWindow(details);
        if (created?.id !== undefined) pages.push({ windowId: created.id, documentUrl: details.url });
        return created;
      }),
      update: vi.fn(updateWindow),
    }),
    runtime: Object.assign(fakeBrowser.runtime, {
      getContexts: vi.fn(async ({ documentUrls }: { contextTypes: ['TAB']; documentUrls: string[] }) => {
        const open = new Set((await fakeBrowser.windows.getAll()).map((w) => w.id));
        return pages.filter((p) => open.has(p.windowId) && documentUrls.includes(p.documentUrl)).map((p) => ({ contextType: 'TAB', ...p }));
      }),
    }),
    storage: Object.assign(fakeBrowser.storage, {
      local: Object.assign(fakeBrowser.storage.local, { setAccessLevel: vi.fn(async (_options: { accessLevel: string }) => {}) }),
    }),
    i18n: { getUILanguage: () => 'en-US' },
    contextMenus: fakeContextMenus(),
  };
  return Object.assign(fakeBrowser, extras);
}

/** Lets listeners that the browser does not await (fire-and-forget storage work) finish. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type MenuClick = (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }) => void;

/** The menu items the extension made (the fake browser has no context menus), and a way to click one. */
function fakeContextMenus() {
  const listeners = new Set<MenuClick>();
  const items = new Map<string, { id: string; title: string; contexts: string[] }>();
  return {
    items,
    create: vi.fn((properties: { id: string; title: string; contexts: ['selection'] }) => {
      if (items.has(properties.id)) throw new Error(`duplicate id ${properties.id}`);
      items.set(properties.id, properties);
      return properties.id;
    }),
    removeAll: vi.fn(async () => items.clear()),
    onClicked: { addListener: (listener: MenuClick) => listeners.add(listener), removeListener: (listener: MenuClick) => listeners.delete(listener) },
    /** As the browser does when the person chooses an item on their selection. */
    click(...args: Parameters<MenuClick>) {
      for (const listener of listeners) listener(...args);
    },
  };
}
