// Waiting for the extension to store a detection, the same way in Chromium, Firefox and `npm start`:
// each passes how to read its session storage.
import { tabDetectionsIn } from '../../src/detection/detection-keys';
import { waitUntil } from './wait-until.mjs';

/** What the extension stores for a tab (the type lives wherever detection-keys.ts takes it from). */
export type Detection = ReturnType<typeof tabDetectionsIn>[number][1];

export type ReadStorage = () => Promise<Record<string, unknown>>;

/**
 * Waits until a tab's detection matching `match`, captured at or after `since` (ms since the epoch),
 * is stored, and returns it. `since` keeps a test from picking up an earlier tab's detection of
 * the same page; the session's "latest" is not a tab's and is never returned.
 */
export async function waitForDetection(
  readStorage: ReadStorage,
  match: (detection: Detection) => boolean,
  since: number,
  timeout = 10_000,
): Promise<Detection> {
  let stored: Record<string, unknown> = {};
  return waitUntil(
    `a matching detection captured since ${new Date(since).toISOString()}`,
    async () => {
      stored = await readStorage();
      return tabDetectionsIn(stored)
        .map(([, detection]) => detection)
        .find((detection) => Date.parse(detection.capturedAt) >= since && match(detection));
    },
    { timeout, describe: () => JSON.stringify(stored) },
  );
}
