import type { StorageApi } from '../extension/browser-api';
import { DEVICE_CODE_LIFETIME_MS } from './device-code-entry';
import { deviceCodeKey } from './detection-keys';
import { createTimeMarks, type TimeMarks } from './time-marks';

/**
 * Which tabs showed Microsoft's device-code entry page, and when: the error that follows in the
 * same tab came from a device code, whatever tool asked for it, and the error page itself can't
 * say so. One mark per tab, counting for a device code's lifetime, and nothing but the time
 * (time-marks.ts): never the page's address, its text or the code. Per tab only, so a private
 * window's mark stays with its tab.
 */
export type DeviceCodeMarks = TimeMarks<number>;

export const createDeviceCodeMarks = (storage: Pick<StorageApi, 'session'>): DeviceCodeMarks => createTimeMarks(storage.session, deviceCodeKey, DEVICE_CODE_LIFETIME_MS);
