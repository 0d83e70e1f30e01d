// The error's time as the popup shows it: UTC as the page and the helpdesk have it, and the same
// moment on the person's clock, in their language. Every case names its time zone. The UTC time
// is isolated (U+2068 … U+2069), so that it reads left to right in an Arabic or Hebrew sentence too.
import { describe, expect, it } from 'vitest';
import { errorTimeText } from '../../popup/error-time';
import { english } from './helpers/english';

const AT = '2026-01-20T21:33:18.342Z';

describe('errorTimeText', () => {
  it.each([
    ['en-US', 'Europe/Berlin', /^\u20682026-01-20 21:33 UTC\u2069 · 10:33\sPM your time$/],
    ['de', 'Europe/Berlin', /^\u20682026-01-20 21:33 UTC\u2069 · 22:33 your time$/],
    ['en-US', 'America/Los_Angeles', /^\u20682026-01-20 21:33 UTC\u2069 · 1:33\sPM your time$/],
    // Another day there: the day is named, in the person's language.
    ['en-GB', 'Asia/Tokyo', /^\u20682026-01-20 21:33 UTC\u2069 · 21 Jan, 6:33 your time$/],
    ['ja', 'Asia/Tokyo', /^\u20682026-01-20 21:33 UTC\u2069 · 1月21日 6:33 your time$/],
  ])('%s in %s', (language, timeZone, expected) => {
    expect(errorTimeText(AT, language, english, timeZone)).toMatch(expected);
  });

  it('is UTC alone where the person’s clock is UTC: no second, equal time', () => {
    expect(errorTimeText(AT, 'en-GB', english, 'UTC')).toBe('\u20682026-01-20 21:33 UTC\u2069');
    expect(errorTimeText(AT, 'en-GB', english, 'Africa/Abidjan')).toBe('\u20682026-01-20 21:33 UTC\u2069');
  });

  it('is nothing without a time, and the page’s own text when it does not read as one', () => {
    expect(errorTimeText(undefined, 'en', english, 'Europe/Berlin')).toBeUndefined();
    expect(errorTimeText('not a time', 'en', english, 'Europe/Berlin')).toBe('not a time');
  });
});
