/**
 * What the content script does on a sign-in page. It stays idle unless the page shows a
 * sign-in error; then it hands what it read to the background, which decides what it means.
 * The page draws itself with script, and its details can appear late, so it watches for a
 * bounded time and stops as soon as the background says the details are complete, or when the
 * extension is updated or removed (its context goes away). It takes the browser as parameters
 * (content/main.ts passes the real one), so the tests can drive it with fake timers.
 */
import type { SendToBackground } from '../src/extension/send-to-background';
import type { PageEvidence } from '../src/page/page-evidence';
import { collectEvidence } from './collect-evidence';
import { armFlaggingHelp, type FlaggingDeps } from './flagging-control';
import { createPageLifetime, type LifetimeDeps } from './page-lifetime';
import { SETTLE_MS, WATCH_MS } from './watch-timing';

export interface SignInPageDeps extends LifetimeDeps, FlaggingDeps {
  send: SendToBackground;
  /**
   * Whether the extension context is still there. Asked only once something was sent: before
   * that, asking would be the first use of `chrome.runtime` in this world, which costs about half
   * a millisecond on every sign-in page.
   */
  contextAlive(): boolean;
  /** Milliseconds, as Date.now(); not performance.now(): naming `performance` would build its interface here. */
  now(): number;
  /** Shows the "Get help with this error" notice; returns what takes it away. */
  showNotice(doc: Document, onOpen: () => void): () => void;
}

/** Starts watching the page. Synchronous until there is something to report: on a normal sign-in page no async code runs or is even compiled. */
export function watchSignInPage(doc: Document, deps: SignInPageDeps): void {
  const lifetime = createPageLifetime(deps);
  let lastSentText: string | undefined;
  let sent = false;
  let noticeShown = false;
  let flaggingArmed = false;
  // Checked when the page changes rather than by a timer of its own: a page that stays still costs nothing.
  const watchUntil = deps.now() + WATCH_MS;

  /** Looks at the page and reports an error page to the background. */
  function check(firstLook = false): void {
    // Once a message went out, the context is cheap to ask about: a cut-off script reads nothing more.
    if (sent && !deps.contextAlive()) {
      lifetime.end();
      return;
    }
    const evidence = collectEvidence(doc, firstLook);
    if (!evidence || evidence.text === lastSentText) return;
    lastSentText = evidence.text;
    void report(evidence);
  }

  async function report(evidence: PageEvidence): Promise<void> {
    if (!sent) watchForRestore();
    sent = true;
    try {
      const answer = await deps.send({ type: 'error-page-seen', evidence });
      if (lifetime.ended) return;
      // Once the background took it for an error page: only there is Microsoft's flagging control.
      if (answer?.detected && !flaggingArmed) {
        flaggingArmed = true;
        armFlaggingHelp(doc, lifetime, deps);
      }
      if (answer?.detected && answer.showNotice && !noticeShown) {
        noticeShown = true;
        const removeNotice = deps.showNotice(doc, () =>
          void deps.send({ type: 'open-help' }).catch(() => {
            // This copy of the extension is gone: a notice that can't help any more goes too.
            lifetime.end();
            removeNotice();
          }),
        );
      }
      if (answer?.complete) lifetime.stopWatching();
    } catch {
      lifetime.end(); // "Extension context invalidated": the extension was reloaded or removed.
    }
  }

  /**
   * Back/forward cache restores a page without running this script again, and the background
   * forgot the tab when it navigated away: a page that was reported tells it again when it comes
   * back. Armed by the first report, not at start: on a normal sign-in page no listener is added
   * (the first one costs this world about 0.2 ms) and none runs.
   */
  function watchForRestore(): void {
    lifetime.addWindowListener('pageshow', (event) => {
      if (!event.persisted) return;
      if (!deps.contextAlive()) return lifetime.end();
      lastSentText = undefined;
      check();
    });
  }

  lifetime.observe(doc, () => {
    if (deps.now() > watchUntil) lifetime.stopWatching();
    else lifetime.settle(check, SETTLE_MS);
  });
  check(true);
}
