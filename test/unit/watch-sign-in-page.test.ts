// @vitest-environment happy-dom
// The content script's lifetime on a page, driven by fake timers and a fake observer: the 20 s
// watch, the 25 ms settle, stop on complete, restore from the back/forward cache, and a context
// that goes away under the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message, MessageType, Response } from '../../src/extension/messages';
import { watchSignInPage, type SignInPageDeps } from '../../content/watch-sign-in-page';
import { SETTLE_MS, WATCH_MS } from '../../content/watch-timing';

const REQUEST_ID = '790d21d9-68fb-457f-b1a4-674c11e3bf00';
const CORRELATION_ID = '62e76ee1-52af-46d3-ba8f-3f0be6aea289';
const NORMAL_CONFIG = '{"pgid":"ConvergedSignIn"}';
const ERROR_CONFIG = '{"sErrorCode":"53003","pgid":"ConvergedError"}';

function page(config: string, body = ''): Document {
  return new DOMParser().parseFromString(`<html><body><script>//<![CDATA[\n$Config=${config};\n//]]></script>${body}</body></html>`, 'text/html') as unknown as Document;
}

/** Adds a line of text to the page, as Microsoft's script does when it draws more of the panel. */
function addLine(doc: Document, text: string): void {
  const line = doc.createElement('div');
  line.textContent = text;
  doc.body.append(line);
}

/** Stands in for the browser's observer: the test says when the page changed. */
class FakeObserver {
  static all: FakeObserver[] = [];
  observed: Array<{ target: Node; options: MutationObserverInit }> = [];
  connected = false;
  constructor(private readonly callback: () => void) {
    FakeObserver.all.push(this);
  }
  observe(target: Node, options: MutationObserverInit) {
    this.observed.push({ target, options });
    this.connected = true;
  }
  disconnect() {
    this.connected = false;
  }
  takeRecords() {
    return [];
  }
  static pageChanged() {
    for (const observer of FakeObserver.all) if (observer.connected) observer.callback();
  }
  static get watching() {
    return FakeObserver.all.some((observer) => observer.connected);
  }
}

type Answer = Response<'error-page-seen'>;
const DETECTED: Answer = { detected: true, complete: false, showNotice: false };

function start(doc: Document, answers: { seen?: () => Promise<Answer | undefined>; help?: () => Promise<Response<'open-help'>> } = {}) {
  const sent: Message[] = [];
  const windowListeners = new Map<string, (event: Event) => void>();
  let alive = true;
  const removeNotice = vi.fn();
  const deps: SignInPageDeps = {
    send: vi.fn(async <T extends MessageType>(message: Message<T>) => {
      sent.push(message);
      const answer = message.type === 'error-page-seen' ? (answers.seen ?? (async () => DETECTED))() : (answers.help ?? (async () => ({ opened: true })))();
      return answer as Promise<Response<T> | undefined>;
    }) as SignInPageDeps['send'],
    contextAlive: vi.fn(() => alive),
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
    MutationObserver: FakeObserver as unknown as typeof MutationObserver,
    addWindowListener: vi.fn((type: string, listener: (event: never) => void) => {
      windowListeners.set(type, listener as (event: Event) => void);
      return () => windowListeners.delete(type);
    }) as SignInPageDeps['addWindowListener'],
    tabMessages: vi.fn(() => ({ addListener: () => {} })),
    showNotice: vi.fn(() => removeNotice),
  };
  watchSignInPage(doc, deps);
  return {
    deps,
    sent,
    windowListeners,
    removeNotice,
    seenCount: () => sent.filter((m) => m.type === 'error-page-seen').length,
    goAway: () => {
      alive = false;
    },
    pageshow: (persisted: boolean) => windowListeners.get('pageshow')?.({ persisted } as PageTransitionEvent),
    click: (event: Partial<MouseEvent>) => windowListeners.get('click')?.(event as MouseEvent),
  };
}

/** Lets the awaited send and its answer run. */
const settleAnswers = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-01-20T21:33:18Z') });
  FakeObserver.all = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchSignInPage: the first look', () => {
  it('on a normal sign-in page sends nothing, asks nothing of the extension, adds no listener and starts no timer', () => {
    const { deps, sent } = start(page(NORMAL_CONFIG));
    expect(sent).toEqual([]);
    expect(deps.contextAlive).not.toHaveBeenCalled();
    expect(deps.addWindowListener).not.toHaveBeenCalled();
    expect(deps.tabMessages).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('watches the document itself (not an element) for new nodes and text', () => {
    const doc = page(NORMAL_CONFIG);
    start(doc);
    expect(FakeObserver.all).toHaveLength(1);
    expect(FakeObserver.all[0].observed).toEqual([{ target: doc, options: { childList: true, subtree: true, characterData: true } }]);
  });

  it('reports an error page at once, and only then listens for back/forward cache restores and, once detected, for the flagging help', async () => {
    const { sent, deps } = start(page(ERROR_CONFIG, `<div>Request Id: ${REQUEST_ID}</div>`));
    expect(sent).toHaveLength(1);
    expect(deps.tabMessages).not.toHaveBeenCalled();
    await settleAnswers();
    expect(sent[0]).toMatchObject({ type: 'error-page-seen', evidence: { config: { sErrorCode: '53003' } } });
    expect(deps.addWindowListener).toHaveBeenCalledTimes(2);
    expect(deps.addWindowListener).toHaveBeenCalledWith('pageshow', expect.any(Function));
    expect(deps.addWindowListener).toHaveBeenCalledWith('click', expect.any(Function));
    expect(deps.tabMessages).toHaveBeenCalledTimes(1);
  });
});

describe('watchSignInPage: the flagging help', () => {
  it('is armed once, and only when the background took the page for an error page', async () => {
    const notDetected = start(page(ERROR_CONFIG, `<div>Request Id: ${REQUEST_ID}</div>`), { seen: async () => ({ detected: false, complete: false, showNotice: false }) });
    await settleAnswers();
    expect(notDetected.deps.tabMessages).not.toHaveBeenCalled();
    expect(notDetected.deps.addWindowListener).not.toHaveBeenCalledWith('click', expect.any(Function));

    const doc = page(ERROR_CONFIG, `<div>Request Id: ${REQUEST_ID}</div>`);
    const detected = start(doc);
    await settleAnswers();
    addLine(doc, `Correlation Id: ${CORRELATION_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(detected.seenCount()).toBe(2);
    expect(detected.deps.tabMessages).toHaveBeenCalledTimes(1);
  });
});

describe('watchSignInPage: page changes', () => {
  it('batches a burst of changes into one look, 25 ms after the first', async () => {
    const doc = page(NORMAL_CONFIG);
    const { seenCount } = start(doc);
    const reads = vi.spyOn(doc, 'createTreeWalker');
    addLine(doc, `Request Id: ${REQUEST_ID}`);
    FakeObserver.pageChanged();
    addLine(doc, `Correlation Id: ${CORRELATION_ID}`);
    FakeObserver.pageChanged();
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(seenCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(seenCount()).toBe(1);
    expect(reads, 'the page was read once for the whole burst').toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends again only when the text it read changed', async () => {
    const doc = page(ERROR_CONFIG);
    const { sent } = start(doc);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sent).toHaveLength(1);
    addLine(doc, `Request Id: ${REQUEST_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sent).toHaveLength(2);
    expect((sent[1] as Message<'error-page-seen'>).evidence.text).toContain(REQUEST_ID);
  });

  it('still reads a change just before 20 s; the first change after 20 s ends the watch, with no timer of its own', async () => {
    const doc = page(NORMAL_CONFIG);
    const { seenCount } = start(doc);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(WATCH_MS - SETTLE_MS);
    addLine(doc, `Request Id: ${REQUEST_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(seenCount()).toBe(1);
    expect(FakeObserver.watching).toBe(true);

    await vi.advanceTimersByTimeAsync(1);
    addLine(doc, `Correlation Id: ${CORRELATION_ID}`);
    FakeObserver.pageChanged();
    expect(FakeObserver.watching).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(seenCount()).toBe(1);
  });

  it('stops watching when the background says the details are complete, but still answers a restore', async () => {
    const doc = page(ERROR_CONFIG, `<div>Request Id: ${REQUEST_ID}</div>`);
    const { seenCount, pageshow, windowListeners } = start(doc, { seen: async () => ({ ...DETECTED, complete: true }) });
    await settleAnswers();
    expect(FakeObserver.watching).toBe(false);
    addLine(doc, `Correlation Id: ${CORRELATION_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(seenCount()).toBe(1);
    expect(windowListeners.has('pageshow')).toBe(true);
    pageshow(true);
    expect(seenCount()).toBe(2);
  });

  it('keeps watching while the background says the details are not complete yet', async () => {
    start(page(ERROR_CONFIG));
    await settleAnswers();
    expect(FakeObserver.watching).toBe(true);
  });
});

describe('watchSignInPage: back/forward cache', () => {
  it('a page restored from the cache is reported again, with the same text', async () => {
    const { sent, pageshow } = start(page(ERROR_CONFIG, `<div>Request Id: ${REQUEST_ID}</div>`));
    await settleAnswers();
    pageshow(true);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
  });

  it('a first show (not a restore) sends nothing more', async () => {
    const { sent, pageshow } = start(page(ERROR_CONFIG));
    await settleAnswers();
    pageshow(false);
    expect(sent).toHaveLength(1);
  });
});

describe('watchSignInPage: the in-page notice', () => {
  it('is shown once, when the background asks for it, and its button asks for help', async () => {
    const doc = page(ERROR_CONFIG);
    const { deps, sent } = start(doc, { seen: async () => ({ ...DETECTED, showNotice: true }) });
    await settleAnswers();
    addLine(doc, `Request Id: ${REQUEST_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(sent).toHaveLength(2);
    expect(deps.showNotice).toHaveBeenCalledTimes(1);
    const onOpen = vi.mocked(deps.showNotice).mock.calls[0][1];
    onOpen();
    expect(sent.at(-1)).toEqual({ type: 'open-help' });
  });

  it('is not shown when the settings say no, nor when nothing was detected', async () => {
    const shownOff = start(page(ERROR_CONFIG));
    const notDetected = start(page(ERROR_CONFIG), { seen: async () => ({ detected: false, complete: false, showNotice: true }) });
    await settleAnswers();
    expect(shownOff.deps.showNotice).not.toHaveBeenCalled();
    expect(notDetected.deps.showNotice).not.toHaveBeenCalled();
  });

  it('goes away, with everything else, when its button finds the extension gone', async () => {
    let helpFails = false;
    const { deps, removeNotice, windowListeners } = start(page(ERROR_CONFIG), {
      seen: async () => ({ ...DETECTED, showNotice: true }),
      help: async () => {
        if (helpFails) throw new Error('Extension context invalidated.');
        return { opened: true };
      },
    });
    await settleAnswers();
    helpFails = true;
    vi.mocked(deps.showNotice).mock.calls[0][1]();
    await settleAnswers();
    expect(removeNotice).toHaveBeenCalledTimes(1);
    expect(FakeObserver.watching).toBe(false);
    expect(windowListeners.size).toBe(0);
  });
});

describe('watchSignInPage: the extension context goes away', () => {
  it('a send that fails ends everything: the observer, the timer and the restore listener', async () => {
    const doc = page(ERROR_CONFIG);
    const { windowListeners, seenCount } = start(doc, { seen: async () => Promise.reject(new Error('Extension context invalidated.')) });
    expect(windowListeners.has('pageshow')).toBe(true);
    await settleAnswers();
    expect(FakeObserver.watching).toBe(false);
    expect(windowListeners.size).toBe(0);
    addLine(doc, `Request Id: ${REQUEST_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(seenCount()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after a report, the next page change reads nothing of the page once the context is gone', async () => {
    const doc = page(ERROR_CONFIG);
    const { goAway, windowListeners, seenCount } = start(doc);
    await settleAnswers();
    goAway();
    let pageReads = 0;
    // Any later look starts with the inline scripts, then walks the body's text.
    Object.defineProperty(doc, 'scripts', {
      get() {
        pageReads++;
        return [];
      },
    });
    vi.spyOn(doc, 'createTreeWalker').mockImplementation(() => {
      pageReads++;
      return document.createTreeWalker(document.createElement('div'));
    });
    addLine(doc, `Request Id: ${REQUEST_ID}`);
    FakeObserver.pageChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(pageReads).toBe(0);
    expect(seenCount()).toBe(1);
    expect(FakeObserver.watching).toBe(false);
    expect(windowListeners.size).toBe(0);
  });

  it('a restore after the context went away sends nothing and removes the listener', async () => {
    const { goAway, pageshow, windowListeners, seenCount } = start(page(ERROR_CONFIG));
    await settleAnswers();
    goAway();
    pageshow(true);
    expect(seenCount()).toBe(1);
    expect(windowListeners.size).toBe(0);
  });

  it('an answer that arrives after the end shows no notice', async () => {
    let answer!: (value: Answer) => void;
    const { deps, pageshow, goAway } = start(page(ERROR_CONFIG), { seen: () => new Promise((resolve) => (answer = resolve)) });
    goAway();
    pageshow(true); // finds the context gone: ends everything while the first answer is still on its way
    answer({ ...DETECTED, showNotice: true });
    await settleAnswers();
    expect(deps.showNotice).not.toHaveBeenCalled();
  });
});
