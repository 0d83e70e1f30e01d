import type { StorageApi } from '../extension/browser-api';
import { flaggingKey } from './detection-keys';
import { createTimeMarks, type TimeMarks } from './time-marks';

/**
 * Microsoft's "Enable flagging": "For the next 20 minutes, any sign-in event from that user, on
 * the same browser and client device or computer, will show “Flagged for Review: Yes” in the
 * Sign-ins Report. After 20 minutes, the flagging automatically turns off."
 * https://learn.microsoft.com/en-us/entra/identity/monitoring-health/overview-flagged-sign-ins
 * (facts and the rest of the flow: docs/reference/flagging.md).
 */
export const FLAGGING_WINDOW_MS = 20 * 60 * 1000;

/** When the flagging that began at `enabledAt` (ISO) turns itself off. */
export const flaggingEndsAt = (enabledAt: string): number => Date.parse(enabledAt) + FLAGGING_WINDOW_MS;

/**
 * When the person last pressed Microsoft's "Enable flagging", for the whole browser rather than
 * the tab: Microsoft flags the retry made in a new window of the same browser. Only the time
 * (time-marks.ts), keyed by whether the window is private: private windows have their own
 * cookies, so (our inference) Microsoft's flag set in one kind does not reach the other.
 */
export type FlaggingMarks = TimeMarks<boolean>;

export const createFlaggingMarks = (storage: Pick<StorageApi, 'session'>): FlaggingMarks => createTimeMarks(storage.session, flaggingKey, FLAGGING_WINDOW_MS);
