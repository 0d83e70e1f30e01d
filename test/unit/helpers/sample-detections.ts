import type { Detection } from '../../../src/detection/detection';

/**
 * The real 53003 capture (registered Windows device, City of Memphis), as the background would
 * store it, with the page's branding line. Test evidence: the values are the capture's own
 * (test/fixtures/real/53003-registered-windows-page-text.md, page c), unlike the Contoso demo
 * values of src/detection/sample-detection.ts.
 */
export const REGISTERED_WINDOWS_53003: Detection = {
  errorCode: '53003',
  requestId: 'e289bbe9-276a-4154-ba5e-08a32afa0200',
  correlationId: '1e2775c3-f8be-45c3-8d8e-3c6cc9a73886',
  timestamp: '2026-01-20T21:33:18.342Z',
  appName: 'Microsoft App Access Panel',
  appId: '0000000c-0000-0000-c000-000000000000',
  ipAddress: '167.29.0.4',
  deviceId: '0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7',
  devicePlatform: 'Windows 10',
  deviceState: 'Registered',
  branding: 'Need help! Contact City Of Memphis Servicedesk at 901-636-6100',
  tabId: 12,
  host: 'login.microsoftonline.com',
  cloud: 'global',
  capturedAt: '2026-01-20T21:33:19.000Z',
  timestampSource: 'page',
  browser: 'Chrome',
  browserVersion: '142',
  os: 'Windows',
  privateWindow: false,
};
