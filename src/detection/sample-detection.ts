import type { Detection } from './detection';

/**
 * A realistic AADSTS53003 (Conditional Access) block, for previews such as the options page's
 * ticket preview. The values are those of a real capture of the error page
 * (test/fixtures/real/53003-registered-windows-page-text.md, page c); the organisation's own note on
 * that page is left out. Frozen: previews must not change it.
 */
export const SAMPLE_DETECTION: Readonly<Detection> = Object.freeze({
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
  tabId: -1,
  host: 'login.microsoftonline.com',
  cloud: 'global',
  capturedAt: '2026-01-20T21:33:18.342Z',
  timestampSource: 'page',
  browser: 'Chrome',
  os: 'Windows',
  privateWindow: false,
});
