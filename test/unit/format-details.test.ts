import { describe, expect, it } from 'vitest';
import type { MessageKey, Translate } from '../../src/extension/i18n';
import { formatDetails } from '../../src/ticket/format-details';
import { english } from './helpers/english';
import { REGISTERED_WINDOWS_53003 as sample } from './helpers/sample-detections';

describe('formatDetails', () => {
  it('lists the details with Microsoft field names, in the page order, then browser and host', () => {
    expect(formatDetails({ ...sample, message: undefined }, english)).toBe(
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
        'Note on sign-in page: Need help! Contact City Of Memphis Servicedesk at 901-636-6100',
      ].join('\n'),
    );
  });

  it('says when the timestamp is the capture time, and when the window was private', () => {
    const text = formatDetails({ ...sample, timestamp: '2026-01-20T21:40:00.000Z', timestampSource: 'capture', privateWindow: true }, english);
    expect(text).toContain('Timestamp: 2026-01-20T21:40:00.000Z (when this helper saw it: the page showed no time)');
    expect(text).toContain('Browser: Chrome 142 (private window)');
  });

  it('leaves out redacted fields but never the IDs', () => {
    const text = formatDetails(sample, english, new Set(['ipAddress', 'deviceId', 'requestId']));
    expect(text).not.toContain('167.29.0.4');
    expect(text).not.toContain('Device identifier');
    expect(text).toContain('Request Id: e289bbe9');
  });
});

describe('formatDetails: the signed-in account', () => {
  const signedIn = { ...sample, account: 'alice.wong@contoso.com' };

  it('lists it as "Account" after the page’s fields, apart from the organisation’s note', () => {
    const lines = formatDetails(signedIn, english).split('\n');
    expect(lines.indexOf('Account: alice.wong@contoso.com')).toBe(lines.indexOf('Device state: Registered') + 1);
    expect(lines).toContain('Note on sign-in page: Need help! Contact City Of Memphis Servicedesk at 901-636-6100');
  });

  it('leaves it out when the organisation redacts it', () => {
    const text = formatDetails(signedIn, english, new Set(['account']));
    expect(text).not.toContain('alice.wong@contoso.com');
    expect(text).not.toContain('Account:');
    expect(text).toContain('Note on sign-in page:');
  });
});

describe('formatDetails in another language', () => {
  it('keeps Microsoft’s English field names first, with the translated name next to them', () => {
    const GERMAN: Partial<Record<MessageKey, string>> = { field_requestId: 'Anforderungs-ID', field_errorCode: 'Fehlercode' };
    const german: Translate = (key) => GERMAN[key] ?? english(key);
    const text = formatDetails(sample, german);
    expect(text).toContain('Request Id (Anforderungs-ID): e289bbe9-276a-4154-ba5e-08a32afa0200');
    expect(text).toContain('Error Code (Fehlercode): 53003');
    expect(text).toContain('Correlation Id: 1e2775c3');
  });
});
