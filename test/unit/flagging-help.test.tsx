// @vitest-environment happy-dom
// The guided flag-and-retry in the popup: the two lines and the button where flagging helps, the
// countdown once the person enabled flagging (redrawn as each minute turns, with fake timers: no
// waiting), the end of the 20 minutes, and the details line the copy, ticket and e-mail carry.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flaggingCountdown } from '../../popup/flagging-countdown';
import { Popup } from '../../popup/Popup';
import type { Detection } from '../../src/detection/detection';
import { formatDetails } from '../../src/ticket/format-details';
import { english } from './helpers/english';
import { createConnectorMock } from './helpers/popup-connector-mock';
import { REGISTERED_WINDOWS_53003 } from './helpers/sample-detections';

const ENABLED_AT = '2026-01-20T21:35:00.000Z';
const MINUTE = 60_000;
const flagged: Detection = { ...REGISTERED_WINDOWS_53003, flaggedForReviewAt: ENABLED_AT };

describe('flaggingCountdown', () => {
  it('says the minutes left, rounded up, and the end in the person’s clock; and when it changes next', () => {
    const [text, nextInMs] = flaggingCountdown(ENABLED_AT, new Date(Date.parse(ENABLED_AT) + 2 * MINUTE + 30_000), 'en-US', english);
    expect(text).toBe(`Flagging is on: 18 min left (until ${new Date(Date.parse(ENABLED_AT) + 20 * MINUTE).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' })}). Sign in again now, in a new window of this browser.`);
    expect(nextInMs).toBe(30_000);
  });

  it('writes the end time in the language given', () => {
    const [text] = flaggingCountdown(ENABLED_AT, new Date(ENABLED_AT), 'de-DE', english);
    expect(text).toContain('20 min left');
    expect(text).toContain(new Date(Date.parse(ENABLED_AT) + 20 * MINUTE).toLocaleTimeString('de-DE', { hour: 'numeric', minute: '2-digit' }));
  });

  it('after 20 minutes says the time is over, and schedules nothing more', () => {
    expect(flaggingCountdown(ENABLED_AT, new Date(Date.parse(ENABLED_AT) + 20 * MINUTE), 'en-US', english)).toEqual(['The 20 minutes are over: new tries are not flagged.']);
    expect(flaggingCountdown(ENABLED_AT, new Date(Date.parse(ENABLED_AT) + 20 * MINUTE - 1), 'en-US', english)[0]).toContain('1 min left');
  });
});

describe('the popup’s flagging help', () => {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse(ENABLED_AT) + 30_000 });
  });
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
    container = undefined;
    vi.useRealTimers();
  });

  async function show(detection: Detection) {
    const connector = createConnectorMock({ detection });
    const first = await connector.readFirst();
    container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Popup connector={connector} first={first} t={english} />, container!));
    return { view: container, connector };
  }

  it('explains "Enable flagging" in two lines, and its button asks the error’s tab to show it', async () => {
    const { view, connector } = await show(REGISTERED_WINDOWS_53003);
    const help = view.querySelector('details.flagging');
    expect(help?.querySelectorAll('p')).toHaveLength(2);
    expect(help?.textContent).toContain('It marks your next try, so IT can find it fast.');
    await act(() => (help!.querySelector('button') as HTMLButtonElement).click());
    expect(connector.flaggingShownIn).toEqual([REGISTERED_WINDOWS_53003.tabId]);
  });

  it('has no button for the sample (no sign-in page to show it on)', async () => {
    const { view } = await show({ ...REGISTERED_WINDOWS_53003, tabId: -1 });
    expect(view.querySelector('details.flagging')).not.toBeNull();
    expect(view.querySelector('details.flagging button')).toBeNull();
  });

  it('is not offered where flagging does not help', async () => {
    const { view } = await show({ ...REGISTERED_WINDOWS_53003, errorCode: '50076', message: undefined });
    expect(view.querySelector('.flagging')).toBeNull();
  });

  it('once flagging is on: counts down as each minute turns, not as a live region, then says it is over', async () => {
    const { view } = await show(flagged);
    const countdown = () => view.querySelector('p.flagging')?.textContent ?? '';
    expect(countdown()).toContain('20 min left');
    expect(countdown()).toContain('in a new window of this browser');
    expect(view.querySelector('.flagging[aria-live], .flagging [aria-live], .flagging[role="status"]')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(30_000);
    });
    expect(countdown()).toContain('19 min left');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(19 * MINUTE);
    });
    expect(countdown()).toBe('The 20 minutes are over: new tries are not flagged.');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the details line', () => {
  it('says "Flagged for review: yes, at HH:MM UTC", in Microsoft’s words, for the copy, the ticket and the e-mail', () => {
    expect(formatDetails(flagged, english)).toContain('\nFlagged for review: yes, at 21:35 UTC\n');
    expect(formatDetails(REGISTERED_WINDOWS_53003, english)).not.toContain('Flagged for review');
  });
});
