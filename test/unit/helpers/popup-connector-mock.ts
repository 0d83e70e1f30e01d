import type { Detection } from '../../../src/detection/detection';
import type { StepId } from '../../../src/knowledge/steps';
import type { ExplainAnswer } from '../../../src/paste/explain-message';
import { mergeSettings } from '../../../src/settings/merge-settings';
import type { DetectionToShow, PopupConnector, PopupData } from '../../../popup/connector';

export interface ConnectorMock extends PopupConnector {
  /** What was copied, in order. */
  copied: string[];
  /** The ticks saved, in order, each with the detection they were saved for. */
  savedTried: Array<{ detection: Detection; steps: readonly StepId[] }>;
  /** The tabs the popup asked to show Microsoft's "Enable flagging", in order. */
  flaggingShownIn: number[];
  /** The texts the popup asked to explain, in order. */
  explained: string[];
  /** The pasted errors the person chose to see, in order. */
  chosen: Detection[];
  /** Sends a change to the watching popup, as the browser would when storage changes. */
  change(change: Partial<PopupData>): void;
}

/**
 * A connector with fixed data and no browser behind it (Dark Reader's createConnectorMock): for
 * rendering the popup in tests and previews. With no settings given, the defaults apply.
 */
export function createConnectorMock(
  data: { shown?: DetectionToShow; detection?: Detection; tried?: StepId[]; settings?: PopupData['settings']; language?: string; copyFails?: boolean; explainAnswer?: ExplainAnswer } = {},
): ConnectorMock {
  const watchers = new Set<(change: Partial<PopupData>) => void>();
  const mock: ConnectorMock = {
    copied: [],
    savedTried: [],
    flaggingShownIn: [],
    explained: [],
    chosen: [],
    readFirst: async () => ({
      shown: data.shown ?? { detection: data.detection, fromElsewhere: false, tried: data.tried ?? [] },
      settings: data.settings ?? mergeSettings(undefined, {}),
    }),
    watch(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    async saveTried(detection, steps) {
      mock.savedTried.push({ detection, steps });
    },
    async copy(text) {
      if (data.copyFails) return false;
      mock.copied.push(text);
      return true;
    },
    showFlaggingControl(tabId) {
      mock.flaggingShownIn.push(tabId);
    },
    async explain(text) {
      mock.explained.push(text);
      return data.explainAnswer;
    },
    choose(detection) {
      mock.chosen.push(detection);
    },
    language: data.language ?? 'en-US',
    change(change) {
      for (const watcher of watchers) watcher(change);
    },
  };
  return mock;
}
