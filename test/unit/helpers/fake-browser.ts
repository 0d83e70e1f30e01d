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
      setIcon: vi.fn(async (_details: { tabId: number; path: Record<number, string> }) => {}),
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
  };
  return Object.assign(fakeBrowser, extras);
}

/** Lets listeners that the browser does not await (fire-and-forget storage work) finish. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
