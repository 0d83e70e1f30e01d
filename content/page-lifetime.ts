/**
 * Everything the content script starts on a page, owned in one place: the observer of page
 * changes, the settle timer and the window listeners. Two ends, because they are different events:
 * - `stopWatching()`: the details are complete, or the watch is over. The observer and the timer
 *   go; the back/forward-cache listener stays, so a restored page is still reported.
 *   The flagging help's click listener (flagging-control.ts) stays too.
 * - `end()`: the extension context went away (the extension was updated, reloaded or removed).
 *   Everything goes, and nothing it started runs again.
 * The same idea as WXT's ContentScriptContext and refined-github's `init(signal)`, without an
 * AbortController: building that interface would cost this world time on every sign-in page.
 */

type TimerId = ReturnType<typeof setTimeout>;

/** What the lifetime needs from the browser: content/main.ts passes the page's own. */
export interface LifetimeDeps {
  setTimeout(callback: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId | undefined): void;
  MutationObserver: typeof MutationObserver;
  /** Adds a listener to the page's window, in the capture phase (before the page's own can stop it), and returns what removes it. */
  addWindowListener<K extends 'pageshow' | 'click'>(type: K, listener: (event: WindowEventMap[K]) => void): () => void;
}

export interface PageLifetime {
  /** True once `end()` ran. */
  readonly ended: boolean;
  /** Calls back after each change to the document (its tree and texts) until the watch stops. */
  observe(doc: Document, onChange: () => void): void;
  /** Calls back once after `ms`. While one call waits, more join it: a burst of changes is read once. */
  settle(callback: () => void, ms: number): void;
  addWindowListener: LifetimeDeps['addWindowListener'];
  stopWatching(): void;
  end(): void;
}

export function createPageLifetime(deps: LifetimeDeps): PageLifetime {
  let ended = false;
  let observer: MutationObserver | undefined;
  let pending: TimerId | undefined;
  const removers: Array<() => void> = [];
  const lifetime: PageLifetime = {
    get ended() {
      return ended;
    },
    observe(doc, onChange) {
      if (ended) return;
      observer = new deps.MutationObserver(onChange);
      // The document itself, not its root element: touching any element costs this world its element interfaces.
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
    },
    settle(callback, ms) {
      if (ended) return;
      pending ??= deps.setTimeout(() => {
        pending = undefined;
        callback();
      }, ms);
    },
    addWindowListener(type, listener) {
      if (ended) return () => {};
      const remove = deps.addWindowListener(type, listener);
      removers.push(remove);
      return remove;
    },
    stopWatching() {
      observer?.disconnect();
      observer = undefined;
      deps.clearTimeout(pending);
      pending = undefined;
    },
    end() {
      ended = true;
      lifetime.stopWatching();
      for (const remove of removers.splice(0)) remove();
    },
  };
  return lifetime;
}
