// @vitest-environment happy-dom
// Microsoft's "Enable flagging" on the error page: found by structure in every layout and language
// the fixtures have, never confused with the panel's other controls; the person's own press is
// reported, a script's is not; and the extension itself never presses it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { armFlaggingHelp, findFlaggingControl } from '../../content/flagging-control';
import { createPageLifetime } from '../../content/page-lifetime';
import type { TabMessage } from '../../src/extension/messages';
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
  const answers = new Set<(message: TabMessage) => void>();
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
    tabMessages: () => ({ addListener: (listener) => answers.add(listener) }),
  });
  return {
    send,
    lifetime,
    click: (target: EventTarget | null, isTrusted: boolean) => listeners.get('click')?.({ target, isTrusted } as unknown as MouseEvent),
    ask(message: TabMessage) {
      for (const answer of answers) answer(message);
    },
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
    const click = vi.spyOn(control, 'click');
    // What the page's own script would see: no click of any kind reaches the control.
    const pagePresses: string[] = [];
    for (const type of ['click', 'mousedown', 'pointerdown', 'keydown']) control.addEventListener(type, () => pagePresses.push(type));
    const { ask, send } = armed(doc);
    ask({ type: 'show-flagging-control' });
    expect(doc.activeElement).toBe(control);
    expect(click).not.toHaveBeenCalled();
    expect(pagePresses).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });

  it('leaves a folded panel folded: it opens nothing for the person', () => {
    const doc = pageOf('53003-collapsed');
    const { ask } = armed(doc);
    ask({ type: 'show-flagging-control' });
    // (Whether focus lands on a control folded away is the browser's layout: the e2e test has the real one.)
    expect(doc.getElementById('debugDetailsBanner')?.getAttribute('style')).toBe('display:none');
    expect(doc.getElementById('idA_MoreDetails')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('stops listening for presses when the extension goes away (its message listener goes with its context)', () => {
    const doc = pageOf('53003-registered-windows');
    const { click, send, lifetime } = armed(doc);
    lifetime.end();
    click(findFlaggingControl(doc) ?? null, true);
    expect(send).not.toHaveBeenCalled();
  });
});
