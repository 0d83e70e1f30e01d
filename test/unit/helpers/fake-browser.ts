// An in-memory browser for unit tests: @webext-core/fake-browser (storage areas with change
// events, tabs, runtime, badge text and title), plus recorders for what it leaves unmocked
// (the toolbar icon, opening the popup, opening a window).
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

export type FakeBrowser = ReturnType<typeof freshFakeBrowser>;

/** A reset fake browser: empty storage, no listeners. Call in beforeEach. */
export function freshFakeBrowser() {
  fakeBrowser.reset();
  const extras = {
    action: Object.assign(fakeBrowser.action, {
      setIcon: vi.fn(async (_details: { tabId: number; path: Record<number, string> }) => {}),
      openPopup: vi.fn(async (_options?: { windowId: number }) => {}),
    }),
    windows: Object.assign(fakeBrowser.windows, {
      create: vi.fn(async (_details: { url: string; type: 'popup'; width: number; height: number }) => ({})),
    }),
    i18n: { getUILanguage: () => 'en-US' },
  };
  return Object.assign(fakeBrowser, extras);
}

/** Lets listeners that the browser does not await (fire-and-forget storage work) finish. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
