// @vitest-environment happy-dom
// Microsoft's "Enable flagging" on the error page: found by structure in every layout and language
// the fixtures have, never confused with the panel's other controls; the person's own press is
// reported, a script's is not; and the extension itself never presses it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { armFlaggingHelp, findFlaggingControl, showFlaggingControl } from '../../content/flagging-control';
import { createPageLifetime } from '../../content/page-lifetime';
import type { TabMessage, TabResponse } from '../../src/extension/messages';
import { fixture } from '../fixtures/index.mjs';

// Stylesheet links left out: happy-dom would try to fetch them.
const pageOf = (name: string) => new DOMParser().parseFromString(fixture(name).html.replace(/<link [^>]*>/g, ''), 'text/html');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('findFlaggingControl', () => {
  it.each([
    ['53003-registered-windows', 'Enable flagging'],
    ['53003-german', 'Kennzeichnung aktivieren'],
    ['53003-chinese', '启用标记'],
    ['53003-collapsed', 'Enable flagging'],
    ['50011-old-generic-2021', 'Enable flagging'],
    ['900023-new-ui', 'Enable flagging'],
  ])('%s: finds the control whatever its language (%s)', (name, text) => {
    expect(findFlaggingControl(pageOf(name))?.textContent?.trim()).toBe(text);
  });

  it('in the new layout picks the button in the sentence, not "Copy info", "Close" or "…"', () => {
    const doc = pageOf('900023-new-ui');
    const control = findFlaggingControl(doc);
    expect(control?.tagName).toBe('BUTTON');
    expect(doc.querySelectorAll('button').length).toBeGreaterThan(3);
    // The same page with every text translated: found by the same structure.
    const texts = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) if (text.nodeValue?.trim()) text.nodeValue = 'übersetzt';
    expect(doc.body.textContent).not.toContain('flagging');
    expect(findFlaggingControl(doc)).toBe(control);
  });

  it.each(['700016-message-only', '53003-config-only', 'negative-converged-signin'])('%s: finds none where the page has none', (name) => {
    expect(findFlaggingControl(pageOf(name))).toBeUndefined();
  });
});

/** The page with the flagging help armed, as the content script arms it after a report. */
function armed(doc: Document) {
  const listeners = new Map<string, (event: Event) => void>();
  let answer: ((message: TabMessage) => TabResponse | undefined) | undefined;
  const lifetime = createPageLifetime({
    setTimeout: () => 0 as unknown as ReturnType<typeof setTimeout>,
    clearTimeout: () => {},
    MutationObserver,
    addWindowListener: (type, listener) => {
      listeners.set(type, listener as (event: Event) => void);
      return () => listeners.delete(type);
    },
  });
  const send = vi.fn(async () => ({ marked: true }));
  armFlaggingHelp(doc, lifetime, {
    send: send as never,
    listenToExtension: (a) => {
      answer = a;
      return () => {
        answer = undefined;
      };
    },
  });
  return {
    send,
    lifetime,
    click: (target: EventTarget | null, isTrusted: boolean) => listeners.get('click')?.({ target, isTrusted } as unknown as MouseEvent),
    ask: (message: TabMessage) => answer?.(message),
  };
}

describe('armFlaggingHelp', () => {
  it('reports the person’s own press of the control, payload-free, and nothing else', () => {
    const doc = pageOf('900023-new-ui');
    const { send, click } = armed(doc);
    const control = findFlaggingControl(doc) ?? null;
    click(doc.querySelector('button[aria-label]'), true); // "Close troubleshooting details"
    click(doc.body, true);
    expect(send).not.toHaveBeenCalled();
    click(control, true);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'flagging-enabled' });
  });

  it('ignores a press a script made (event.isTrusted false), such as a page’s own .click()', () => {
    const doc = pageOf('53003-registered-windows');
    const { send, click } = armed(doc);
    click(findFlaggingControl(doc) ?? null, false);
    expect(send).not.toHaveBeenCalled();
  });

  it('a press on text inside the control counts (the target is the text’s element)', () => {
    const doc = pageOf('53003-registered-windows');
    const control = findFlaggingControl(doc);
    const inner = doc.createElement('span');
    inner.textContent = 'x';
    control?.append(inner);
    const { send, click } = armed(doc);
    click(inner, true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('answers the popup: shows the control, focused, without pressing or dispatching anything on it', () => {
    const doc = pageOf('53003-registered-windows');
    const control = findFlaggingControl(doc) as HTMLElement;
    // happy-dom lays nothing out: the control is given a box, as a browser would.
    vi.spyOn(control, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList);
    const scroll = vi.fn();
    control.scrollIntoView = scroll;
    const click = vi.spyOn(control, 'click');
    // What the page's own script would see: no click of any kind reaches the control.
    const pagePresses: string[] = [];
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) control.addEventListener(type, () => pagePresses.push(type));
    const { ask, send } = armed(doc);
    expect(ask({ type: 'show-flagging-control' })).toEqual({ shown: true });
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(doc.activeElement).toBe(control);
    expect(click).not.toHaveBeenCalled();
    expect(pagePresses).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });

  it('says "not shown" when the control is folded away, and does not open the panel', () => {
    const doc = pageOf('53003-collapsed');
    // As a browser lays out the panel's display:none (happy-dom lays nothing out; the e2e test has the real one).
    vi.spyOn(findFlaggingControl(doc) as HTMLElement, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
    const { ask } = armed(doc);
    expect(showFlaggingControl(doc)).toBe(false);
    expect(ask({ type: 'show-flagging-control' })).toEqual({ shown: false });
    expect(doc.getElementById('debugDetailsBanner')?.getAttribute('style')).toBe('display:none');
  });

  it('stops answering and listening when the extension goes away', () => {
    const doc = pageOf('53003-registered-windows');
    const { ask, click, send, lifetime } = armed(doc);
    lifetime.end();
    expect(ask({ type: 'show-flagging-control' })).toBeUndefined();
    click(findFlaggingControl(doc) ?? null, true);
    expect(send).not.toHaveBeenCalled();
  });
});
