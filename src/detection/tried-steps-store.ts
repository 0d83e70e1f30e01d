import type { StorageApi } from '../extension/browser-api';
import { isStepId, type StepId } from '../knowledge/steps';
import type { Detection } from './detection';
import { triedKey } from './detection-keys';

/**
 * Which sign-in error a detection is. The Request Id belongs to one request, so a new attempt
 * shown in the same tab is a new error, while the same page read again (more of its panel showed)
 * is the same one. The Correlation Id, the next best, groups the requests of one sign-in session;
 * without either, the time the extension saw the error stands in. Source: Microsoft's "Sign-in
 * log activity details", unique identifiers
 * (https://learn.microsoft.com/en-us/entra/identity/monitoring-health/concept-sign-in-log-activity-details#unique-identifiers),
 * and docs/reference/error-page.md section 5.
 */
export function errorIdentity(detection: Pick<Detection, 'errorCode' | 'requestId' | 'correlationId' | 'capturedAt'>): string {
  return `${detection.errorCode ?? ''}/${detection.requestId ?? detection.correlationId ?? detection.capturedAt}`;
}

/** As kept under a tab's `tried:` key: the ticks, and the error they were ticked for. */
interface StoredTicks {
  error: string;
  steps: StepId[];
}

/** No advice shows this many steps; anything longer was not written by the popup. */
const MAX_STORED_STEPS = 16;

/** Only what the popup writes survives the read: known step ids, once each, for this very error. */
function ticksFor(detection: Detection, stored: unknown): StepId[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const { error, steps } = stored as Partial<Record<keyof StoredTicks, unknown>>;
  if (error !== errorIdentity(detection) || !Array.isArray(steps)) return [];
  const known = steps.slice(0, MAX_STORED_STEPS).filter((id): id is StepId => typeof id === 'string' && isStepId(id));
  return [...new Set(known)];
}

/** The ticks kept for one tab, read before the detection is known: `of` gives those that belong to a detection. */
export interface TabTicks {
  of(detection: Detection): StepId[];
}

/**
 * The steps the person ticked as tried, kept in `storage.session` beside the tab's detection:
 * a popup closes as soon as the person clicks back into the page to try a step, and the ticket
 * must still say what was tried. Ticks belong to one error: a new detection in the tab starts with
 * none, and they go when the tab's detection is forgotten (detection-store.ts removes both). The
 * popup reads and writes; the background only forgets.
 */
export interface TriedStepsStore {
  /** The tab's ticks, so that the popup can read them together with the detection (one paint). */
  readTab(tabId: number): Promise<TabTicks>;
  /** Keeps the ticks for this detection in its tab, replacing the tab's earlier ones. */
  write(detection: Detection, steps: readonly StepId[]): Promise<void>;
}

export function createTriedStepsStore(storage: Pick<StorageApi, 'session'>): TriedStepsStore {
  const { session } = storage;
  return {
    async readTab(tabId) {
      const key = triedKey(tabId);
      const stored = (await session.get(key))[key];
      return { of: (detection) => (detection.tabId === tabId ? ticksFor(detection, stored) : []) };
    },
    async write(detection, steps) {
      const key = triedKey(detection.tabId);
      if (steps.length === 0) return session.remove(key);
      const ticks: StoredTicks = { error: errorIdentity(detection), steps: [...new Set(steps)] };
      await session.set({ [key]: ticks });
    },
  };
}
