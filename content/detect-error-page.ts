/**
 * The content script, on Microsoft sign-in hosts only. It stays idle unless the page shows a
 * sign-in error; then it hands what it read to the background, which decides what it means.
 * The page draws itself with script, and its details can appear late, so it watches for a
 * bounded time and stops as soon as the background says the details are complete, or when the
 * extension is updated or removed (its context goes away).
 */
import type { Message, Response } from '../src/extension/messages';
import type { PageEvidence } from '../src/page/page-evidence';
import { collectEvidence } from './collect-evidence';
import { showHelpNotice } from './in-page-notice';
import { SETTLE_MS, WATCH_MS } from './watch-timing';

let lastSentText: string | undefined;
let noticeShown = false;
let pending: ReturnType<typeof setTimeout> | undefined;
// Checked when the page changes rather than by a timer of its own: a page that stays still costs
// nothing. Date.now(), not performance.now(): naming `performance` would build its interface here.
const watchUntil = Date.now() + WATCH_MS;
const observer = new MutationObserver(() => {
  if (Date.now() > watchUntil) stop();
  else pending ??= setTimeout(check, SETTLE_MS);
});

function stop(): void {
  observer.disconnect();
  clearTimeout(pending);
}

function extensionAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

/** Rejects (never throws) when the extension was reloaded or removed under the page. */
async function send<T extends 'error-page-seen' | 'open-help'>(message: Message<T>): Promise<Response<T> | undefined> {
  if (!extensionAlive()) throw new Error('Extension context invalidated.');
  return chrome.runtime.sendMessage(message);
}

/**
 * Looks at the page and reports an error page to the background. Synchronous until there is
 * something to report: on a normal sign-in page no async code runs or is even compiled.
 */
function check(firstLook = false): void {
  pending = undefined;
  // No extension API before there is something to send: the first use of `chrome.runtime` in
  // this world costs about half a millisecond, on every sign-in page. send() checks the context.
  const evidence = collectEvidence(document, firstLook);
  if (!evidence || evidence.text === lastSentText) return;
  lastSentText = evidence.text;
  void report(evidence);
}

async function report(evidence: PageEvidence): Promise<void> {
  watchForRestore();
  try {
    const answer = await send({ type: 'error-page-seen', evidence });
    if (answer?.detected && answer.showNotice && !noticeShown) {
      noticeShown = true;
      const removeNotice = showHelpNotice(document, () =>
        void send({ type: 'open-help' }).catch(() => {
          // This copy of the extension is gone: a notice that can't help any more goes too.
          stop();
          removeNotice();
        }),
      );
    }
    if (answer?.complete) stop();
  } catch {
    stop(); // "Extension context invalidated": the extension was reloaded or removed.
  }
}

/**
 * Back/forward cache restores a page without running this script again, and the background
 * forgot the tab when it navigated away: a page that was reported tells it again when it comes
 * back. Armed by the first report, not at start: on a normal sign-in page no listener is added
 * (the first one costs this world about 0.2 ms) and none runs.
 */
let restoreWatched = false;
function watchForRestore(): void {
  if (restoreWatched) return;
  restoreWatched = true;
  addEventListener('pageshow', (event) => {
    if (!event.persisted || !extensionAlive()) return;
    lastSentText = undefined;
    check();
  });
}

// The document itself, not its root element: touching any element costs this world its element interfaces.
observer.observe(document, { childList: true, subtree: true, characterData: true });
check(true);
