import { createDetectionStore } from '../src/detection/detection-store';
import { createTriedStepsStore } from '../src/detection/tried-steps-store';
import type { StorageApi } from '../src/extension/browser-api';
import type { TabMessage } from '../src/extension/messages';
import type { Detection } from '../src/detection/detection';
import { SAMPLE_DETECTION } from '../src/detection/sample-detection';
import type { StepId } from '../src/knowledge/steps';
import { EXPLAIN, type ExplainAnswer, type ExplainMessage, PASTE_LIMIT } from '../src/paste/explain-message';
import { createSettingsStore, type EffectiveSettings } from '../src/settings/settings-store';

export interface DetectionToShow {
  detection: Detection | undefined;
  /** True when the detection is from another tab or an earlier page: the popup says where and when. */
  fromElsewhere: boolean;
  /** The steps the person ticked as tried for this detection, kept while the popup was closed. */
  tried: readonly StepId[];
  /** The other errors of the same pasted text (one per tenant, say), when the detection is pasted. */
  alsoFound?: Detection[];
}

export interface PopupData {
  shown: DetectionToShow;
  settings: EffectiveSettings;
}

/**
 * Everything the popup gets from the browser, so that Popup.tsx is a view of data and actions
 * (Dark Reader's Connector). main.tsx passes the browser's (`createPopupConnector`), the tests
 * the mock (test/unit/helpers/popup-connector-mock.ts).
 */
export interface PopupConnector {
  /** What the first paint needs, all reads at once: the popup paints once, with its details. */
  readFirst(): Promise<PopupData>;
  /** After `readFirst`: calls back with what changed (the detection, or the settings) until stopped. */
  watch(onChange: (change: Partial<PopupData>) => void): () => void;
  /** Keeps the person's ticks with the detection, for the next time the popup opens. */
  saveTried(detection: Detection, steps: readonly StepId[]): Promise<void>;
  /** Copies on the person's click; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** Asks the tab's content script to bring Microsoft's "Enable flagging" into view. */
  showFlaggingControl(tabId: number): void;
  /** Has the background read pasted text (capped) and keep its errors; undefined when it did not answer. */
  explain(text: string): Promise<ExplainAnswer | undefined>;
  /** Shows another error of the same pasted text. */
  choose(detection: Detection): void;
  /** The browser's UI language, for dates and times. */
  language: string;
}

type TargetTab = { id?: number; url?: string; incognito?: boolean };

export interface PopupBrowser {
  storage: StorageApi;
  tabs: {
    query(query: { active: true; currentWindow: true }): Promise<TargetTab[]>;
    get(tabId: number): Promise<TargetTab>;
    sendMessage(tabId: number, message: TabMessage): Promise<unknown>;
  };
  runtime: { sendMessage(message: ExplainMessage): Promise<unknown> };
  i18n: { getUILanguage(): string };
}


/**
 * Which tab the popup is about: `?tab=<id>` when the help view was opened for a tab (from the
 * page's notice), else the active tab of this window, with its address when the browser gives it
 * (after a click on the toolbar button, `activeTab` does, for that tab only).
 */
async function targetTab(search: string, tabs: PopupBrowser['tabs']): Promise<TargetTab> {
  const query = new URLSearchParams(search);
  const fromQuery = Number(query.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery >= 0 && query.has('tab')) return { id: fromQuery };
  const [active] = await tabs.query({ active: true, currentWindow: true });
  return active ?? {};
}

/** An OAuth error parameter in an address: the cheap test before asking the background to read it. */
const ERROR_IN_ADDRESS = /[?#&]error=/;

/** The popup's connector to this browser. `search` is the page's query string (`?tab=<id>`, or `?sample`); `clipboard` is navigator.clipboard. */
export function createPopupConnector(browser: PopupBrowser, search: string, clipboard: Pick<Clipboard, 'writeText'>): PopupConnector {
  const detections = createDetectionStore(browser.storage);
  const tried = createTriedStepsStore(browser.storage);
  const settings = createSettingsStore(browser.storage);
  // `?sample`: the options page's preview of the help view, for admins, with no real block behind it.
  const sample = new URLSearchParams(search).has('sample');
  let tabId: number | undefined;
  let policyLater: Promise<EffectiveSettings | undefined> | undefined;

  let pasted: Detection[] = [];

  /** The tab's own detection, else the most recent one of this browser session, or pasted text's if newer; with its ticks. */
  async function detectionToShow(): Promise<DetectionToShow> {
    if (sample) return { detection: SAMPLE_DETECTION, fromElsewhere: false, tried: [] };
    // The tab's ticks are read beside its detection: the usual case costs no second round trip.
    const [stored, here] = await Promise.all([detections.read(tabId), tabId === undefined ? undefined : tried.readTab(tabId)]);
    const { own, latest } = stored;
    pasted = stored.pasted ?? [];
    const page = own ?? latest;
    // What the person did last wins: pasting in the help view shows the pasted error at once.
    const detection = pasted[0] && !(page && page.capturedAt > pasted[0].capturedAt) ? pasted[0] : page;
    const ticks = detection === undefined ? undefined : detection.tabId === tabId ? here : await tried.readTab(detection.tabId);
    return { detection, fromElsewhere: detection === latest && !own, tried: detection && ticks ? ticks.of(detection) : [], ...(detection === pasted[0] ? { alsoFound: pasted.slice(1) } : {}) };
  }

  return {
    async readFirst() {
      const quick = settings.loadQuickly();
      const target = await targetTab(search, browser.tabs);
      tabId = target.id;
      let [shown, { now, complete }] = await Promise.all([detectionToShow(), quick]);
      // "Explain this page": an app's address with Microsoft's error, and nothing read from this tab yet.
      if (!sample && tabId !== undefined && shown.detection?.tabId !== tabId) {
        // The help window opened for a tab (`?tab=`) asks for its address only now: the browser gives it where it may.
        const { url, incognito } = (target.url === undefined ? await browser.tabs.get(tabId).catch(() => undefined) : target) ?? target;
        if (url && ERROR_IN_ADDRESS.test(url)) {
          const message = { type: EXPLAIN, address: url, tabId, privateWindow: incognito === true } as const;
          const answer = (await browser.runtime.sendMessage(message).catch(() => undefined)) as ExplainAnswer | undefined;
          if (answer?.found) shown = await detectionToShow();
        }
      }
      // Policy can come later than the first paint (just after the browser starts): `watch` brings it.
      policyLater = complete.then((withPolicy) => (withPolicy === now ? undefined : withPolicy));
      return { shown, settings: now };
    },
    watch(onChange) {
      // Which tab, and the policy still to come, are known only once readFirst() has run.
      if (!policyLater) throw new Error('watch() before readFirst()');
      // Ticks change on this popup's own screen, so only the detections are watched; a new one
      // comes with its own ticks (none), the same one stored again with those kept for it.
      const refresh = () => void detectionToShow().then((shown) => onChange({ shown }));
      const stopDetections = detections.watch(tabId, refresh);
      // A change stored between the first read and this watcher would otherwise be missed.
      refresh();
      void policyLater.then((withPolicy) => withPolicy && onChange({ settings: withPolicy }));
      const stopSettings = settings.watch(() => void settings.load().then((loaded) => onChange({ settings: loaded })));
      return () => {
        stopDetections();
        stopSettings();
      };
    },
    // The sample's ticks live only on its screen: nothing of a preview is kept.
    saveTried: async (detection, steps) => (sample ? undefined : tried.write(detection, steps)),
    async copy(text) {
      try {
        await clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    showFlaggingControl(tabId) {
      // No content script there (the tab moved on, or it has not reported): the browser rejects, and nothing shows.
      browser.tabs.sendMessage(tabId, { type: 'show-flagging-control' }).catch(() => undefined);
    },
    async explain(text) {
      if (sample) return undefined;
      // One character past the limit tells the background the text was cut.
      // From a private window's tab, the background keeps it with that tab only (explain-pasted.ts).
      const incognito = tabId !== undefined && (await browser.tabs.get(tabId).catch(() => undefined))?.incognito;
      const message: ExplainMessage = { type: EXPLAIN, text: text.slice(0, PASTE_LIMIT + 1), ...(incognito ? { tabId, privateWindow: true } : {}) };
      const answer = (await browser.runtime.sendMessage(message).catch(() => undefined)) as ExplainAnswer | undefined;
      return typeof answer?.found === 'number' ? answer : undefined;
    },
    choose(detection) {
      if (!sample) void detections.savePasted([detection, ...pasted.filter((other) => other !== detection)]).catch(() => undefined);
    },
    language: browser.i18n.getUILanguage(),
  };
}
