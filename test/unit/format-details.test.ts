import { describe, expect, it } from 'vitest';
import { formatDetails } from '../../src/format-details';
import { REGISTERED_WINDOWS_53003 as sample } from './helpers/sample-detections';

describe('formatDetails', () => {
  it('lists the details with Microsoft field names, in the page order, then browser and host', () => {
    expect(formatDetails({ ...sample, message: undefined })).toBe(
      [
        'Error Code: 53003',
        'Request Id: e289bbe9-276a-4154-ba5e-08a32afa0200',
        'Correlation Id: 1e2775c3-f8be-45c3-8d8e-3c6cc9a73886',
        'Timestamp: 2026-01-20T21:33:18.342Z',
        'App name: Microsoft App Access Panel',
        'App id: 0000000c-0000-0000-c000-000000000000',
        'IP address: 167.29.0.4',
        'Device identifier: 0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7',
        'Device platform: Windows 10',
        'Device state: Registered',
        'Browser: Chrome 142',
        'Operating system: Windows',
        'Sign-in host: login.microsoftonline.com (global)',
        'Organization note on page: Need help! Contact City Of Memphis Servicedesk at 901-636-6100',
      ].join('\n'),
    );
  });

  it('says when the timestamp is the capture time, and when the window was private', () => {
    const text = formatDetails({ ...sample, timestamp: '2026-01-20T21:40:00.000Z', timestampSource: 'capture', privateWindow: true });
    expect(text).toContain('Timestamp: 2026-01-20T21:40:00.000Z (capture time; the page showed none)');
    expect(text).toContain('Browser: Chrome 142 (private window)');
  });

  it('leaves out redacted fields but never the IDs', () => {
    const text = formatDetails(sample, new Set(['ipAddress', 'deviceId', 'requestId']));
    expect(text).not.toContain('167.29.0.4');
    expect(text).not.toContain('Device identifier');
    expect(text).toContain('Request Id: e289bbe9');
  });
});
