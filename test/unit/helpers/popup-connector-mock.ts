import type { Detection } from '../../../src/detection/detection';
import type { StepId } from '../../../src/knowledge/steps';
import { mergeSettings } from '../../../src/settings/merge-settings';
import type { DetectionToShow, PopupConnector, PopupData } from '../../../popup/connector';

export interface ConnectorMock extends PopupConnector {
  /** What was copied, in order. */
  copied: string[];
  /** The ticks saved, in order, each with the detection they were saved for. */
  savedTried: Array<{ detection: Detection; steps: readonly StepId[] }>;
  /** The tabs the popup asked to show Microsoft's "Enable flagging", in order. */
  flaggingShownIn: number[];
  /** Sends a change to the watching popup, as the browser would when storage changes. */
  change(change: Partial<PopupData>): void;
}

/**
 * A connector with fixed data and no browser behind it (Dark Reader's createConnectorMock): for
 * rendering the popup in tests and previews. With no settings given, the defaults apply.
 */
export function createConnectorMock(
  data: { shown?: DetectionToShow; detection?: Detection; tried?: StepId[]; settings?: PopupData['settings']; language?: string; copyFails?: boolean } = {},
): ConnectorMock {
  const watchers = new Set<(change: Partial<PopupData>) => void>();
  const mock: ConnectorMock = {
    copied: [],
    savedTried: [],
    flaggingShownIn: [],
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
    language: data.language ?? 'en-US',
    change(change) {
      for (const watcher of watchers) watcher(change);
    },
  };
  return mock;
}
