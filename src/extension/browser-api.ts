/**
 * The parts of the WebExtension API that the background and the popup use, as plain structural
 * types. Their logic takes these as parameters: the entry files pass the real `browser` (the
 * polyfill), the unit tests an in-memory one (@webext-core/fake-browser). Types only: nothing here
 * runs.
 */

export interface BrowserEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome only, and for local only in newer versions (SECURITY.md): which contexts may use the area. */
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

/** Only the keys and area name are read: what changed is read again from the area itself. */
export type StorageChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface StorageApi {
  local: StorageArea;
  session: StorageArea;
  /** Read-only: the organisation's policy. */
  managed: Pick<StorageArea, 'get'>;
  onChanged: BrowserEvent<StorageChangeListener>;
}

/** The toolbar button, per tab. */
export interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
  /** Rejects where the browser does not allow it (Firefox, without a direct user gesture). */
  openPopup(options?: { windowId: number }): Promise<void>;
}

export interface WindowsApi {
  create(details: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown>;
  update(windowId: number, details: { focused: true }): Promise<unknown>;
}

/** Which of the extension's own pages are open, and where: no permission needed. */
export interface RuntimeContextsApi {
  getContexts(filter: { contextTypes: ['TAB']; documentUrls: string[] }): Promise<{ windowId: number; tabId: number }[]>;
}

/** Opening and showing a tab of the extension's own page: no permission needed. */
export interface TabsOpenApi {
  create(details: { url: string }): Promise<unknown>;
  update(tabId: number, details: { active: true }): Promise<unknown>;
}
