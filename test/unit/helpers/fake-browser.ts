// An in-memory browser for unit tests: @webext-core/fake-browser (storage areas with change
// events, tabs, runtime, badge text and title), plus recorders for what it leaves unmocked
// (the toolbar icon, opening the popup, opening a window).
import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';

export type FakeBrowser = ReturnType<typeof freshFakeBrowser>;

const createWindow = fakeBrowser.windows.create;

/** A reset fake browser: empty storage, no listeners, no windows but the first. Call in beforeEach. */
export function freshFakeBrowser() {
  fakeBrowser.reset();
  const extras = {
    action: Object.assign(fakeBrowser.action, {
      setIcon: vi.fn(async (_details: { tabId: number; path: Record<number, string> }) => {}),
      openPopup: vi.fn(async (_options?: { windowId: number }) => {}),
    }),
    windows: Object.assign(fakeBrowser.windows, {
      // Recorded, and still creates the window (the fake's tabs.query needs a focused one for currentWindow).
      create: vi.fn(createWindow),
    }),
    i18n: { getUILanguage: () => 'en-US' },
  };
  return Object.assign(fakeBrowser, extras);
}

/** Lets listeners that the browser does not await (fire-and-forget storage work) finish. */
export const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
