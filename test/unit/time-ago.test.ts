// The help view's sense of time: how long ago the error was seen, and when to warn that the
// sign-in logs may not keep it (7 days on Entra ID Free, 30 on P1/P2).
import { describe, expect, it } from 'vitest';
import { logRetentionWarning } from '../../popup/log-retention';
import { timeAgo } from '../../popup/time-ago';
import { english } from './helpers/english';

const SEEN = new Date('2026-01-20T21:33:18Z');
const later = (ms: number) => new Date(SEEN.getTime() + ms);
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('timeAgo', () => {
  it('says "just now" under a minute, then minutes, hours and days in the browser language', () => {
    expect(timeAgo(SEEN, later(59_000), 'en', english)).toBe(english('justNow'));
    expect(timeAgo(SEEN, later(3 * MINUTE), 'en', english)).toBe('3 minutes ago');
    expect(timeAgo(SEEN, later(2 * 60 * MINUTE), 'en', english)).toBe('2 hours ago');
    expect(timeAgo(SEEN, later(DAY), 'en', english)).toBe('yesterday');
    expect(timeAgo(SEEN, later(3 * MINUTE), 'de', english)).toBe('vor 3 Minuten');
  });
});

describe('logRetentionWarning', () => {
  it('says nothing on the first day, nudges after one, and warns after five', () => {
    expect(logRetentionWarning(SEEN, later(DAY - 1), english)).toBeUndefined();
    expect(logRetentionWarning(SEEN, later(DAY), english)).toBe(english('retentionSoon'));
    expect(logRetentionWarning(SEEN, later(5 * DAY - 1), english)).toBe(english('retentionSoon'));
    expect(logRetentionWarning(SEEN, later(5 * DAY), english)).toBe(english('retentionUrgent'));
  });
});
