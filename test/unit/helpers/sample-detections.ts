import type { Detection } from '../../../src/detection/detection';
import { SAMPLE_DETECTION } from '../../../src/detection/sample-detection';

/** The real 53003 capture (registered Windows device, City of Memphis), as the background would store it, with the page's branding line. */
export const REGISTERED_WINDOWS_53003: Detection = {
  ...SAMPLE_DETECTION,
  branding: 'Need help! Contact City Of Memphis Servicedesk at 901-636-6100',
  tabId: 12,
  capturedAt: '2026-01-20T21:33:19.000Z',
  browserVersion: '142',
};
