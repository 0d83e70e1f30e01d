// The detection store against in-memory session storage.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LATEST_KEY, tabKey } from '../../src/detection/detection-keys';
import { createDetectionStore, type DetectionStore } from '../../src/detection/detection-store';
import type { Detection } from '../../src/detection/detection';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';
import { REGISTERED_WINDOWS_53003 } from './helpers/sample-detections';

const inTab = (tabId: number, over: Partial<Detection> = {}): Detection => ({ ...REGISTERED_WINDOWS_53003, tabId, ...over });

let browser: FakeBrowser;
let store: DetectionStore;
beforeEach(() => {
  browser = freshFakeBrowser();
  store = createDetectionStore(browser.storage);
});

describe('detection store', () => {
  it('keeps a detection for its tab and as the session’s latest', async () => {
    await store.save(inTab(4));
    expect(await browser.storage.session.get(null)).toEqual({ [tabKey(4)]: inTab(4), [LATEST_KEY]: inTab(4) });
    expect(await store.read(4)).toEqual({ own: inTab(4), latest: inTab(4) });
    expect(await store.read(5)).toEqual({ own: undefined, latest: inTab(4) });
    expect(await store.read(undefined)).toEqual({ own: undefined, latest: inTab(4) });
  });

  it('never makes a private window’s detection the latest', async () => {
    await store.save(inTab(4));
    await store.save(inTab(9, { privateWindow: true, requestId: 'private' }));
    expect(await store.read(9)).toEqual({ own: inTab(9, { privateWindow: true, requestId: 'private' }), latest: inTab(4) });
    expect(await store.read(5)).toEqual({ own: undefined, latest: inTab(4) });
  });

  it('forgets a tab and says whether it had anything; the latest stays', async () => {
    await store.save(inTab(4));
    expect(await store.forget(4)).toBe(true);
    expect(await store.forget(4)).toBe(false);
    expect(await store.forget(5)).toBe(false);
    expect(await store.read(4)).toEqual({ own: undefined, latest: inTab(4) });
  });

  it('calls a watcher for its own tab and the latest only, and stops when told', async () => {
    const onChange = vi.fn();
    const stop = store.watch(4, onChange);
    await browser.storage.session.set({ [tabKey(5)]: inTab(5) });
    await browser.storage.local.set({ [tabKey(4)]: inTab(4) }); // another area
    await settled();
    expect(onChange).not.toHaveBeenCalled();
    await browser.storage.session.set({ [tabKey(4)]: inTab(4) });
    expect(onChange).toHaveBeenCalledTimes(1);
    await browser.storage.session.set({ [LATEST_KEY]: inTab(5) });
    expect(onChange).toHaveBeenCalledTimes(2);
    await store.forget(4);
    expect(onChange).toHaveBeenCalledTimes(3);
    stop();
    await store.save(inTab(4));
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('a watcher with no tab (no active tab) follows the latest only', async () => {
    const onChange = vi.fn();
    store.watch(undefined, onChange);
    await browser.storage.session.set({ [tabKey(5)]: inTab(5) });
    expect(onChange).not.toHaveBeenCalled();
    await store.save(inTab(5));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
