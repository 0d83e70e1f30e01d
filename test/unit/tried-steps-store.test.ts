// The steps ticked as tried, against in-memory session storage: kept per tab for one error, read
// back only as the popup wrote them, and forgotten with the tab's detection.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Detection } from '../../src/detection/detection';
import { tabKey, triedKey } from '../../src/detection/detection-keys';
import { createDetectionStore } from '../../src/detection/detection-store';
import { createTriedStepsStore, errorIdentity, type TriedStepsStore } from '../../src/detection/tried-steps-store';
import { STEP_IDS } from '../../src/knowledge/steps';
import { freshFakeBrowser, type FakeBrowser } from './helpers/fake-browser';
import { REGISTERED_WINDOWS_53003 } from './helpers/sample-detections';

const inTab = (tabId: number, over: Partial<Detection> = {}): Detection => ({ ...REGISTERED_WINDOWS_53003, tabId, ...over });
const NEXT_ATTEMPT = { requestId: 'aaaaaaaa-0000-4000-8000-000000000001', capturedAt: '2026-01-20T21:40:00.000Z' };

let browser: FakeBrowser;
let store: TriedStepsStore;
beforeEach(() => {
  browser = freshFakeBrowser();
  store = createTriedStepsStore(browser.storage);
});
const ticksOf = async (detection: Detection) => (await store.readTab(detection.tabId)).of(detection);

describe('tried steps store', () => {
  it('keeps the ticks for the tab’s error in session storage, never in local storage', async () => {
    await store.write(inTab(4), ['chrome_sso_extension', 'office_network']);
    expect(await ticksOf(inTab(4))).toEqual(['chrome_sso_extension', 'office_network']);
    expect(Object.keys(await browser.storage.session.get(null))).toEqual([triedKey(4)]);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('keeps each tab’s ticks apart', async () => {
    await store.write(inTab(4), ['chrome_sso_extension']);
    await store.write(inTab(5), ['office_network']);
    expect(await ticksOf(inTab(4))).toEqual(['chrome_sso_extension']);
    expect(await ticksOf(inTab(5))).toEqual(['office_network']);
    expect(await ticksOf(inTab(6))).toEqual([]);
    // Read for one tab, the ticks never apply to another tab's detection.
    expect((await store.readTab(4)).of(inTab(5))).toEqual([]);
  });

  it('a new error in the tab starts with no ticks; the same error read again keeps them', async () => {
    await store.write(inTab(4), ['chrome_sso_extension']);
    expect(await ticksOf(inTab(4, NEXT_ATTEMPT))).toEqual([]);
    expect(await ticksOf(inTab(4, { errorCode: '53000' }))).toEqual([]);
    // More of the panel showed: same Request Id, later capture, more fields.
    expect(await ticksOf(inTab(4, { capturedAt: '2026-01-20T21:35:00.000Z', message: 'AADSTS53003: Access has been blocked.' }))).toEqual(['chrome_sso_extension']);
  });

  it('knows an error without a Request Id by its Correlation Id, and without either by when it was seen', () => {
    const noRequest = inTab(4, { requestId: undefined });
    expect(errorIdentity(noRequest)).toBe(errorIdentity({ ...noRequest, capturedAt: '2026-01-20T22:00:00.000Z' }));
    expect(errorIdentity(noRequest)).not.toBe(errorIdentity({ ...noRequest, correlationId: NEXT_ATTEMPT.requestId }));
    const noIds = inTab(4, { requestId: undefined, correlationId: undefined });
    expect(errorIdentity(noIds)).not.toBe(errorIdentity({ ...noIds, capturedAt: NEXT_ATTEMPT.capturedAt }));
  });

  it('unticking everything removes the tab’s ticks', async () => {
    await store.write(inTab(4), ['chrome_sso_extension']);
    await store.write(inTab(4), []);
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(await ticksOf(inTab(4))).toEqual([]);
  });

  it.each([
    ['not an object', 'chrome_sso_extension'],
    ['null', null],
    ['no error', { steps: ['chrome_sso_extension'] }],
    ['steps not a list', { error: errorIdentity(inTab(4)), steps: 'chrome_sso_extension' }],
  ])('reads nothing from what the popup never writes: %s', async (_name, stored) => {
    await browser.storage.session.set({ [triedKey(4)]: stored });
    expect(await ticksOf(inTab(4))).toEqual([]);
  });

  it('reads only known step ids, once each, from a list of bounded length', async () => {
    const error = errorIdentity(inTab(4));
    await browser.storage.session.set({ [triedKey(4)]: { error, steps: ['office_network', 'rm -rf', 42, { id: 'x' }, 'office_network', '__proto__', 'toString', 'chrome_sso_extension'] } });
    expect(await ticksOf(inTab(4))).toEqual(['office_network', 'chrome_sso_extension']);
    const long = [...Array.from({ length: 16 }, () => 'office_network'), 'chrome_sso_extension'];
    await browser.storage.session.set({ [triedKey(4)]: { error, steps: long } });
    expect(await ticksOf(inTab(4))).toEqual(['office_network']);
    await browser.storage.session.set({ [triedKey(4)]: { error, steps: [...STEP_IDS, ...STEP_IDS] } });
    expect((await ticksOf(inTab(4))).length).toBeLessThanOrEqual(16);
  });

  it('goes when the tab’s detection is forgotten', async () => {
    const detections = createDetectionStore(browser.storage);
    await detections.save(inTab(4));
    await store.write(inTab(4), ['chrome_sso_extension']);
    await store.write(inTab(5), ['office_network']);
    expect(await detections.forget(4)).toBe(true);
    const left = await browser.storage.session.get(null);
    expect(left).not.toHaveProperty(tabKey(4));
    expect(left).not.toHaveProperty(triedKey(4));
    expect(left).toHaveProperty(triedKey(5));
    // Ticks alone (the detection already gone) are forgotten too, and the tab is said to have had nothing.
    expect(await detections.forget(5)).toBe(false);
    expect(await browser.storage.session.get(null)).not.toHaveProperty(triedKey(5));
  });
});
