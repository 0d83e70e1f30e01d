// Figure 3: time from opening the popup to the details being painted.
//
// popup/index.html?tab=<id> is opened in a tab (380 px wide, as the toolbar popup) for a tab
// whose detection is stored. An init script, installed before the document exists, watches with
// requestAnimationFrame for the first frame in which `.details` exists and shows the Request Id,
// and records performance.now() there: milliseconds since the popup's navigation started
// (performance.timeOrigin). A MutationObserver records when the details entered the DOM, and the
// navigation timing entry when the document's own scripts had run (DOMContentLoaded end).
// The first open after the browser starts is reported apart (cold); then `runs` more opens.
// The popup draws nothing until it has read its settings, admin policy included, so the time
// its first chrome.storage.managed.get takes is recorded too.
// Not included: the time the browser takes to create the popup bubble after a click.
import { summary } from './stats.mjs';

function watcher(requestId) {
  // How long the popup's first read of the admin policy (chrome.storage.managed) takes: the
  // popup renders nothing until its settings are loaded. Wrapping costs microseconds.
  const managed = chrome.storage?.managed;
  if (managed?.get) {
    const get = managed.get.bind(managed);
    managed.get = (...args) => {
      const started = performance.now();
      const result = get(...args);
      Promise.resolve(result).then(
        () => (window.__sbhManagedGet ??= performance.now() - started),
        () => (window.__sbhManagedGet ??= performance.now() - started),
      );
      return result;
    };
  }
  const found = () => {
    const details = document.querySelector('.details');
    return details !== null && details.textContent.includes(requestId);
  };
  const tick = () => {
    if (found()) window.__sbhPainted = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver((_records, observer) => {
    if (found()) {
      window.__sbhInDom = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export async function measurePopup({ withExt, tabId, requestId, runs, log }) {
  const out = [];
  for (let i = 0; i < runs + 1; i++) {
    const popup = await withExt.context.newPage();
    try {
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.addInitScript(watcher, requestId);
      await popup.goto(withExt.popupUrl(tabId));
      await popup.waitForFunction(() => window.__sbhPainted !== undefined, null, { timeout: 10_000 });
      out.push(
        await popup.evaluate(() => ({
          paintedMs: window.__sbhPainted,
          inDomMs: window.__sbhInDom ?? null,
          dclMs: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
          responseEndMs: performance.getEntriesByType('navigation')[0]?.responseEnd ?? null,
          managedGetMs: window.__sbhManagedGet ?? null,
        })),
      );
    } finally {
      await popup.close();
    }
  }
  const [cold, ...warm] = out;
  const result = {
    cold,
    runs: warm.length,
    painted: summary(warm.map((r) => r.paintedMs)),
    inDom: summary(warm.map((r) => r.inDomMs)),
    domContentLoaded: summary(warm.map((r) => r.dclMs)),
    responseEnd: summary(warm.map((r) => r.responseEndMs)),
    managedGet: summary(warm.map((r) => r.managedGetMs)),
    raw: warm,
  };
  log(
    `  popup open -> details painted: ${result.painted.median} ms (p90 ${result.painted.p90}); first open ${cold.paintedMs.toFixed(1)} ms ` +
      `(chrome.storage.managed.get ${cold.managedGetMs?.toFixed(1)} ms there, ${result.managedGet.median} ms in later opens)`,
  );
  return result;
}
