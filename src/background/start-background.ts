import type { Runtime } from 'webextension-polyfill';
import { createDetectionStore } from '../detection/detection-store';
import { createDeviceCodeMarks } from '../detection/device-code-marks';
import { createFlaggingMarks } from '../detection/flagging-window';
import type { ActionApi, BrowserEvent, RuntimeContextsApi, StorageApi, TabsOpenApi, WindowsApi } from '../extension/browser-api';
import type { Translate } from '../extension/i18n';
import { listenForMessages, type MessageEvent } from '../extension/messages';
import { createSettingsStore } from '../settings/settings-store';
import { clearBadge, showBlockedBadge } from './badge';
import { type ExplainDeps, fromHelpView, listenForExplainRequests } from './explain-pasted';
import { type ContextMenusApi, offerSelectionMenu } from './explain-selection';
import { messageHandlers } from './handle-message';
import { createHelpOpener } from './open-help';
import { fromOptionsPage, listenForSettingsSaves } from './save-settings';
import { trustedSender } from './trusted-sender';

/** The parts of the browser the background uses: the polyfill's `browser` in index.ts, an in-memory one in the tests. */
export interface BackgroundBrowser {
  runtime: RuntimeContextsApi & { id: string; getURL(path: string): string; onMessage: MessageEvent<Runtime.MessageSender> };
  storage: StorageApi;
  action: ActionApi;
  contextMenus: ContextMenusApi;
  /** Absent in Firefox for Android. */
  windows?: WindowsApi;
  tabs: TabsOpenApi & {
    onUpdated: BrowserEvent<(tabId: number, changeInfo: { status?: string }) => void>;
    onRemoved: BrowserEvent<(tabId: number) => void>;
  };
}

/**
 * The background: receives detections from the content script, keeps them per tab in session
 * storage, and marks the tab's toolbar button. Registers every listener synchronously, so a
 * service worker woken by an event finds them (Chrome stops idle workers; all state lives in
 * storage, none in memory).
 */
export function startBackground(browser: BackgroundBrowser, t: Translate): void {
  const detections = createDetectionStore(browser.storage);
  const deviceCodeMarks = createDeviceCodeMarks(browser.storage);
  const settings = createSettingsStore(browser.storage);
  const openHelp = createHelpOpener({ action: browser.action, windows: browser.windows, tabs: browser.tabs, runtime: browser.runtime, pageUrl: (path) => browser.runtime.getURL(path), now: () => Date.now() });
  const handlers = messageHandlers({
    detections,
    deviceCodeMarks,
    flaggingMarks: createFlaggingMarks(browser.storage),
    // The in-page notice must not wait the 2-3 s Chromium takes to load policy at start: the
    // person's own settings stand in until then (settings-store.ts, MANAGED_WAIT_MS).
    loadSettings: async () => (await settings.loadQuickly()).now,
    showBlockedBadge: (tabId) => showBlockedBadge(browser.action, t, tabId),
    openHelp,
    now: () => new Date(),
  });
  listenForMessages(browser.runtime.onMessage, (sender) => trustedSender(sender, browser.runtime.id), handlers);
  const popupUrl = browser.runtime.getURL('popup/index.html');
  const explainDeps: ExplainDeps = {
    detections,
    // With policy: an organisation that turned this off is never overruled by a quick read.
    otherPagesAllowed: async () => (await settings.load()).settings.explainOtherPages,
    now: () => new Date(),
    // Read when needed: the service worker has it; the unit tests' Node may not.
    userAgent: () => globalThis.navigator?.userAgent ?? '',
  };
  listenForExplainRequests(browser.runtime.onMessage, (sender) => fromHelpView(sender, browser.runtime.id, popupUrl), explainDeps);
  const syncMenu = offerSelectionMenu(browser.contextMenus, t('contextMenuExplain'), explainDeps, openHelp);
  void syncMenu();
  settings.watch(() => void syncMenu());
  const optionsUrl = browser.runtime.getURL('options/index.html');
  listenForSettingsSaves(browser.runtime.onMessage, (sender) => fromOptionsPage(sender, browser.runtime.id, optionsUrl), settings.save);
  // Chrome lets content scripts use storage.local unless told otherwise (storage.session is closed
  // to them by default); Firefox has no such switch, and older Chrome refuses it for local.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  // A tab that starts loading a new document has left the error it showed. The device-code mark
  // lives on through the sign-in pages between the entry page and the error, and goes with the
  // error it explained; one made since this navigation began belongs to a newer entry page.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status !== 'loading') return;
    const leftAt = new Date();
    void detections.forget(tabId).then((had) => (had ? Promise.all([clearBadge(browser.action, tabId), deviceCodeMarks.forget(tabId, leftAt)]) : undefined));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void detections.forget(tabId);
    void deviceCodeMarks.forget(tabId);
  });
}
