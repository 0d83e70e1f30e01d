import type { Detection } from './detection';

/**
 * A realistic AADSTS53003 (Conditional Access) block, for previews such as the options page's
 * ticket preview. Contoso values, the same as the demo page of `npm start`
 * (test/fixtures/53003-contoso-signed-in.html): a fictional organisation, a 555-01xx phone number
 * and an IP address from a documentation range, never a real organisation's. Frozen: previews
 * must not change it.
 */
export const SAMPLE_DETECTION: Readonly<Detection> = Object.freeze({
  errorCode: '53003',
  requestId: '7c0e5a9d-3b2f-4e18-a6d4-91f3c8b20e00',
  correlationId: 'b4a1d6e2-9f03-4c7b-8e25-5d6a0c3f7b91',
  timestamp: '2026-11-30T14:05:09.417Z',
  appName: 'Contoso Expenses',
  appId: 'd3f9a1c7-4e2b-4b8a-9f60-2c7e5d1a8b34',
  ipAddress: '203.0.113.24',
  deviceId: '5e8c2b71-0d4a-4f3e-b9a6-7f1d3c9e2a58',
  devicePlatform: 'Windows 10',
  deviceState: 'Registered',
  account: 'alice.wong@contoso.com',
  branding: 'Need help? Call the Contoso Service Desk at +1 555 0100',
  tabId: -1,
  host: 'login.microsoftonline.com',
  cloud: 'global',
  capturedAt: '2026-11-30T14:05:09.417Z',
  timestampSource: 'page',
  browser: 'Chrome',
  os: 'Windows',
  privateWindow: false,
});
