// The settings store against in-memory storage: merging the person's settings with policy,
// the popup's 150 ms wait for policy (in time, late, never), saving and watching.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/settings-spec';
import { MANAGED_RETRY_MS, MANAGED_WAIT_MS, USER_SETTINGS_KEY, createSettingsStore, type QuickSettings, type SettingsStore } from '../../src/settings/settings-store';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';

const POLICY = { supportName: 'Contoso IT', showPageNotice: false };
const OWN = { supportName: 'My own helpdesk name' };

let browser: FakeBrowser;
let store: SettingsStore;
beforeEach(async () => {
  browser = freshFakeBrowser();
  store = createSettingsStore(browser.storage);
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: OWN });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Policy that the browser hands out only after `ms` (Chromium loads it about 3 s after start), or never. */
function policyAfter(ms: number | 'never', policy: Record<string, unknown> = POLICY) {
  browser.storage.managed.get = vi.fn(() => (ms === 'never' ? new Promise<never>(() => {}) : new Promise((resolve) => setTimeout(resolve, ms, policy)))) as typeof browser.storage.managed.get;
}

describe('settings store: load', () => {
  it('without policy: the person’s own settings over the defaults', async () => {
    const { settings, managedKeys, policyProblems } = await store.load();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...OWN });
    expect(managedKeys).toEqual([]);
    expect(policyProblems).toEqual([]);
  });

  it('policy wins over the person’s choice and its keys are reported as managed', async () => {
    await browser.storage.managed.set(POLICY);
    const { settings, managedKeys } = await store.load();
    expect(settings).toMatchObject(POLICY);
    expect(managedKeys.sort()).toEqual(Object.keys(POLICY).sort());
  });

  it('a browser that throws for managed storage (Firefox without policies.json) means no policy', async () => {
    browser.storage.managed.get = vi.fn(async () => {
      throw new Error('Managed storage manifest not found');
    }) as typeof browser.storage.managed.get;
    expect((await store.load()).settings).toEqual({ ...DEFAULT_SETTINGS, ...OWN });
  });

  it('saves the person’s settings where load reads them', async () => {
    await store.save({ showPageNotice: false });
    expect(await browser.storage.local.get(USER_SETTINGS_KEY)).toEqual({ [USER_SETTINGS_KEY]: { showPageNotice: false } });
    expect((await store.load()).settings.showPageNotice).toBe(false);
  });
});

describe('settings store: loadQuickly waits for policy 150 ms at most', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  async function quickly(): Promise<QuickSettings> {
    let result: QuickSettings | undefined;
    void store.loadQuickly().then((quick) => (result = quick));
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS);
    if (!result) throw new Error(`loadQuickly had not answered after ${MANAGED_WAIT_MS} ms`);
    return result;
  }

  it('policy in time: paints with it, and `complete` is the very same object', async () => {
    policyAfter(MANAGED_WAIT_MS - 50);
    const { now, complete } = await quickly();
    expect(now.settings).toMatchObject(POLICY);
    expect(await complete).toBe(now);
  });

  it('policy late: paints with the person’s own settings at 150 ms, then `complete` brings policy', async () => {
    policyAfter(3000);
    const { now, complete } = await quickly();
    expect(now.settings).toEqual({ ...DEFAULT_SETTINGS, ...OWN });
    expect(now.managedKeys).toEqual([]);
    let withPolicy: Awaited<typeof complete> | undefined;
    void complete.then((value) => (withPolicy = value));
    await vi.advanceTimersByTimeAsync(3000 - MANAGED_WAIT_MS - 1);
    expect(withPolicy).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(withPolicy?.settings).toMatchObject(POLICY);
  });

  it('policy never answers: still paints at 150 ms, with the person’s own settings', async () => {
    policyAfter('never');
    const { now, complete } = await quickly();
    expect(now.settings).toEqual({ ...DEFAULT_SETTINGS, ...OWN });
    const outcome = await Promise.race([complete.then(() => 'answered'), vi.advanceTimersByTimeAsync(60_000).then(() => 'still waiting')]);
    expect(outcome).toBe('still waiting');
  });

  it('does not answer before 150 ms when policy is slow', async () => {
    policyAfter(3000);
    let answered = false;
    void store.loadQuickly().then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(MANAGED_WAIT_MS - 1);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(answered).toBe(true);
  });
});

describe('settings store: watch', () => {
  it('calls back when the person’s settings or policy change, not for detections, and stops when told', async () => {
    const onChange = vi.fn();
    const stop = store.watch(onChange);
    await browser.storage.session.set({ 'tab:1': { errorCode: '53003' } });
    await settled();
    expect(onChange).not.toHaveBeenCalled();
    await store.save({ showPageNotice: false });
    expect(onChange).toHaveBeenCalledTimes(1);
    await browser.storage.managed.set(POLICY);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    await store.save({});
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('picks up policy that loads after the view started watching, without a change event, and only within its bounded re-reads', async () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    let policy: Record<string, unknown> = {};
    browser.storage.managed.get = vi.fn(async () => policy) as typeof browser.storage.managed.get;
    const stop = store.watch(onChange);
    await vi.advanceTimersByTimeAsync(MANAGED_RETRY_MS[0]);
    expect(onChange, 'nothing changed yet').not.toHaveBeenCalled();
    policy = POLICY;
    await vi.advanceTimersByTimeAsync(MANAGED_RETRY_MS[1] - MANAGED_RETRY_MS[0]);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(MANAGED_RETRY_MS[2] - MANAGED_RETRY_MS[1]);
    expect(onChange, 'the same policy read again is no change').toHaveBeenCalledTimes(1);
    policy = { supportName: 'Later' };
    await vi.advanceTimersByTimeAsync(60_000);
    expect(onChange, 'after the last re-read, only change events call back').toHaveBeenCalledTimes(1);
    expect(browser.storage.managed.get).toHaveBeenCalledTimes(1 + MANAGED_RETRY_MS.length);
    stop();
  });

  it('stops re-reading policy when told to stop', async () => {
    vi.useFakeTimers();
    const get = vi.fn(async () => ({}));
    browser.storage.managed.get = get as typeof browser.storage.managed.get;
    store.watch(vi.fn())();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(get).toHaveBeenCalledTimes(1);
  });
});
