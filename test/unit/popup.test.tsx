// @vitest-environment happy-dom
// The popup container: with the mock connector (what it renders, how it follows changes, copy),
// and the browser's connector against an in-memory browser (which tab, live updates, late policy).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPopupConnector, type PopupBrowser, type PopupConnector, type PopupData } from '../../popup/connector';
import { withFirstReads } from '../../popup/first-reads';
import { createConnectorMock } from './helpers/popup-connector-mock';
import { Popup } from '../../popup/Popup';
import { COPIED_SHOWN_MS } from '../../popup/CopyButton';
import { LATEST_KEY, tabKey } from '../../src/detection/detection-keys';
import { createTriedStepsStore } from '../../src/detection/tried-steps-store';
import type { Detection } from '../../src/detection/detection';
import { SAMPLE_DETECTION } from '../../src/detection/sample-detection';
import { mergeSettings } from '../../src/settings/merge-settings';
import { USER_SETTINGS_KEY } from '../../src/settings/settings-store';
import { english } from './helpers/english';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';
import { runReadEarly } from './helpers/read-early';
import { REGISTERED_WINDOWS_53003 } from './helpers/sample-detections';

const HERE: Detection = { ...REGISTERED_WINDOWS_53003, tabId: 4 };
const ELSEWHERE: Detection = { ...REGISTERED_WINDOWS_53003, tabId: 8, requestId: '11111111-2222-4333-8444-555555555555', capturedAt: '2026-01-20T20:00:00.000Z' };

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function show(connector: PopupConnector): Promise<HTMLElement> {
  const first = await connector.readFirst();
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<Popup connector={connector} first={first} t={english} />, container!));
  return container;
}
const text = () => container!.textContent ?? '';
const button = (label: string) => {
  const found = [...container!.querySelectorAll('button')].find((b) => b.textContent?.includes(label));
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

describe('popup with the mock connector', () => {
  it('without a detection shows the empty state', async () => {
    await show(createConnectorMock());
    expect(text()).toContain(english('emptyHeading'));
  });

  it('shows the detection’s details, and says when it came from elsewhere', async () => {
    await show(createConnectorMock({ shown: { detection: ELSEWHERE, fromElsewhere: true, tried: [] } }));
    expect(container!.querySelector('.details')?.textContent).toContain(ELSEWHERE.requestId);
    expect(container!.querySelector('.where')?.textContent).toContain(ELSEWHERE.host);
  });

  it('follows changes: a new detection, and settings that arrive later', async () => {
    const mock = createConnectorMock();
    await show(mock);
    await act(() => mock.change({ shown: { detection: HERE, fromElsewhere: false, tried: [] } }));
    expect(text()).toContain(HERE.requestId);
    expect(text()).not.toContain('Contoso IT');
    await act(() => mock.change({ settings: mergeSettings(undefined, { supportName: 'Contoso IT' }) }));
    expect(text()).toContain('Contoso IT');
  });

  it('stops following when it goes away', async () => {
    const mock = createConnectorMock({ detection: HERE });
    const stop = vi.fn();
    const watch = vi.spyOn(mock, 'watch').mockReturnValue(stop);
    await show(mock);
    expect(watch).toHaveBeenCalledTimes(1);
    await act(() => render(null, container!));
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('copies the details through the connector, and says so', async () => {
    const mock = createConnectorMock({ detection: HERE });
    await show(mock);
    await act(() => button(english('copyDetails')).click());
    await act(() => settled());
    expect(mock.copied).toHaveLength(1);
    expect(mock.copied[0]).toContain(HERE.requestId);
    expect(container!.querySelector('[role="status"]')?.textContent).toBe(english('copiedDetails'));
  });

  it('shows that it copied, where the person looks: the button says “Copied” for a few seconds, and a line under it stays', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await show(createConnectorMock({ detection: HERE }));
      const copyDetails = button(english('copyDetails'));
      await act(() => copyDetails.click());
      await act(async () => {
        await vi.advanceTimersByTimeAsync(0);
      });
      expect(copyDetails.textContent).toBe(`✓ ${english('copiedLabel')}`);
      const status = container!.querySelector('[role="status"]')!;
      expect(status.textContent).toBe(english('copiedDetails'));
      // Seen, not only heard: the line is in the contact card, right under the button, and not hidden.
      expect(status.closest('.contact')).not.toBeNull();
      expect(status.closest('.sr-only')).toBeNull();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(COPIED_SHOWN_MS - 100);
      });
      expect(copyDetails.textContent).toBe(`✓ ${english('copiedLabel')}`);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(copyDetails.textContent).toBe(english('copyDetails'));
      expect(status.textContent).toBe(english('copiedDetails'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('an ID’s own copy button says “Copied” too, and the line names the ID', async () => {
    const mock = createConnectorMock({ detection: HERE });
    await show(mock);
    const copyRequestId = container!.querySelector<HTMLButtonElement>('.key-ids [data-field="requestId"] button')!;
    expect(copyRequestId.getAttribute('aria-label')).toBe(english('copyField', 'Request Id'));
    await act(() => copyRequestId.click());
    await act(() => settled());
    expect(mock.copied).toEqual([HERE.requestId]);
    expect(copyRequestId.textContent).toBe(`✓ ${english('copiedLabel')}`);
    expect(container!.querySelector('[role="status"]')?.textContent).toBe(english('copiedField', 'Request Id'));
  });

  it('says when the browser refused to copy', async () => {
    await show(createConnectorMock({ detection: HERE, copyFails: true }));
    await act(() => button(english('copyDetails')).click());
    await act(() => settled());
    expect(container!.querySelector('[role="status"]')?.textContent).toBe(english('copyFailed'));
  });
});

// Each case twice: the popup as it reads by itself, and with its first reads answered by what
// read-early.js asked for as the page opened (popup/first-reads.ts): the two must not differ.
describe.each([
  { name: 'the browser’s connector', browserFor: (browser: FakeBrowser, _search: string): PopupBrowser => browser },
  { name: 'the browser’s connector and its first reads', browserFor: (browser: FakeBrowser, search: string) => withFirstReads(browser, runReadEarly(browser, search)) },
])('popup with $name', ({ browserFor }) => {
  let browser: FakeBrowser;
  const clipboard = { writeText: vi.fn(async (_text: string) => {}) };
  beforeEach(async () => {
    browser = freshFakeBrowser();
    await browser.windows.create({ focused: true }); // "currentWindow" is the focused one
    const tab = await browser.tabs.create({ url: 'https://login.microsoftonline.com/', active: true });
    await browser.storage.session.set({ [tabKey(tab.id!)]: { ...HERE, tabId: tab.id }, [LATEST_KEY]: ELSEWHERE });
  });
  const connector = (search = '') => createPopupConnector(browserFor(browser, search), search, clipboard);

  it('is about the active tab: its own detection first', async () => {
    const first = await connector().readFirst();
    expect(first.shown).toMatchObject({ detection: { requestId: HERE.requestId }, fromElsewhere: false });
  });

  it('?tab= names the tab (the help window opened from a page’s notice); a tab with nothing shows the latest', async () => {
    await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42, requestId: 'tab-42' } });
    expect((await connector('?tab=42').readFirst()).shown).toMatchObject({ detection: { requestId: 'tab-42' }, fromElsewhere: false });
    expect((await connector('?tab=43').readFirst()).shown).toEqual({ detection: ELSEWHERE, fromElsewhere: true, tried: [] });
    expect((await connector('?tab=-1').readFirst()).shown.fromElsewhere).toBe(false);
  });

  it('?sample shows the sample block (the options page’s preview), stays on it, and keeps no ticks', async () => {
    const sample = connector('?sample');
    const first = await sample.readFirst();
    expect(first.shown).toEqual({ detection: SAMPLE_DETECTION, fromElsewhere: false, tried: [] });
    await show(sample);
    expect(text()).toContain(SAMPLE_DETECTION.requestId);
    await act(async () => {
      await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42, requestId: 'aaaaaaaa-0000-4000-8000-000000000042' } });
      await settled();
    });
    expect(text(), 'a real block elsewhere does not replace the preview').toContain(SAMPLE_DETECTION.requestId);
    const before = await browser.storage.session.get(null);
    await sample.saveTried(SAMPLE_DETECTION, ['normal_window']);
    expect(await browser.storage.session.get(null)).toEqual(before);
  });

  it('renders and updates live when a detection for its tab is stored', async () => {
    const live = connector('?tab=42');
    await show(live);
    expect(text()).toContain(ELSEWHERE.requestId);
    await act(async () => {
      await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42, requestId: 'aaaaaaaa-0000-4000-8000-000000000042' } });
      await settled();
    });
    expect(container!.querySelector('.details')?.textContent).toContain('aaaaaaaa-0000-4000-8000-000000000042');
    expect(text()).not.toContain(ELSEWHERE.requestId);
  });

  it('refuses to watch before the first read: it would not know the tab, nor the policy still to come', () => {
    expect(() => connector('?tab=42').watch(() => {})).toThrow(/readFirst/);
  });

  it('misses no detection stored between the first read and the start of watching', async () => {
    const live = connector('?tab=42');
    await live.readFirst();
    await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42, requestId: 'in-between' } });
    const changes: Array<Partial<PopupData>> = [];
    live.watch((change) => changes.push(change));
    await settled();
    expect(changes).toContainEqual({ shown: { detection: expect.objectContaining({ requestId: 'in-between' }), fromElsewhere: false, tried: [] } });
  });

  it('follows the settings: the person’s change, and policy that arrives after the first paint', async () => {
    let releasePolicy!: () => void;
    const policyLoaded = new Promise<void>((resolve) => (releasePolicy = resolve));
    browser.storage.managed.get = vi.fn(async () => {
      await policyLoaded;
      return { supportName: 'Contoso IT' };
    }) as typeof browser.storage.managed.get;
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const live = connector();
    const firstRead = live.readFirst();
    await vi.advanceTimersByTimeAsync(150);
    vi.useRealTimers();
    const first: PopupData = await firstRead;
    expect(first.settings.managedKeys).toEqual([]);
    const settingsChanges: PopupData['settings'][] = [];
    live.watch((change) => change.settings && settingsChanges.push(change.settings));
    releasePolicy();
    await settled();
    expect(settingsChanges.map((s) => s.settings.supportName)).toEqual(['Contoso IT']);
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: { orgMessage: 'Call us first.' } });
    await settled();
    expect(settingsChanges.at(-1)?.settings).toMatchObject({ supportName: 'Contoso IT', orgMessage: 'Call us first.' });
  });

  it('copies with the clipboard it was given, and reports a refusal', async () => {
    const live = connector();
    expect(await live.copy('details')).toBe(true);
    expect(clipboard.writeText).toHaveBeenCalledWith('details');
    clipboard.writeText.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
    expect(await live.copy('details')).toBe(false);
  });

  it('reads the tab’s ticks with its detection in the first read, and keeps new ones for the next popup', async () => {
    const tab = (await browser.tabs.query({ active: true, currentWindow: true }))[0].id!;
    const own = { ...HERE, tabId: tab };
    await createTriedStepsStore(browser.storage).write(own, ['office_network']);
    const first = await connector().readFirst();
    expect(first.shown).toMatchObject({ fromElsewhere: false, tried: ['office_network'] });
    await connector().saveTried(own, ['office_network', 'use_company_device']);
    // The popup closed; the person opens it again.
    expect((await connector().readFirst()).shown.tried).toEqual(['office_network', 'use_company_device']);
    expect(await browser.storage.local.get(null)).toEqual({});
  });

  it('shows no ticks that were for an earlier error in the tab', async () => {
    await createTriedStepsStore(browser.storage).write({ ...HERE, tabId: 42, requestId: 'earlier' }, ['office_network']);
    await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42 } });
    expect((await connector('?tab=42').readFirst()).shown).toMatchObject({ fromElsewhere: false, tried: [] });
  });

  it('shows the latest detection from elsewhere with the ticks of its own tab', async () => {
    await createTriedStepsStore(browser.storage).write(ELSEWHERE, ['chrome_sso_extension']);
    await createTriedStepsStore(browser.storage).write({ ...ELSEWHERE, tabId: 43 }, ['office_network']);
    expect((await connector('?tab=43').readFirst()).shown).toEqual({ detection: ELSEWHERE, fromElsewhere: true, tried: ['chrome_sso_extension'] });
  });

  it('brings a new detection for its tab with that error’s ticks: none', async () => {
    const live = connector('?tab=42');
    await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42 } });
    await live.saveTried({ ...HERE, tabId: 42 }, ['office_network']);
    expect((await live.readFirst()).shown.tried).toEqual(['office_network']);
    const changes: Array<Partial<PopupData>> = [];
    live.watch((change) => changes.push(change));
    await browser.storage.session.set({ [tabKey(42)]: { ...HERE, tabId: 42, requestId: 'next-attempt' } });
    await settled();
    expect(changes.at(-1)?.shown).toMatchObject({ detection: { requestId: 'next-attempt' }, tried: [] });
  });

  it('knows the browser’s language', () => {
    expect(connector().language).toBe('en-US');
  });
});
