// @ts-check
// The popup's first reads, asked for as soon as this small file arrives: before the popup's own
// script has, so that their answers are in when it runs and its first frame is complete
// (BENCHMARKS.md, "Popup's own share"). popup/first-reads.ts answers the popup's first reads from
// them while nothing has changed. A classic script with no imports: popup/index.html loads it
// first, async, and the build copies it minified (scripts/build/early-script-plugin.ts).
{
  const scope = /** @type {{ browser?: typeof chrome, chrome: typeof chrome, signInBlockHelperFirstReads?: unknown }} */ (/** @type {unknown} */ (globalThis));
  const { storage, tabs } = scope.browser ?? scope.chrome;
  // A read that fails is left to the popup's own read, which then fails as it would have.
  const read = (/** @type {'session' | 'local' | 'managed'} */ area) => storage[area].get(null).catch(() => undefined);
  const first = {
    /** True once any area has changed since the reads were asked for: their answers may be out of date. */
    stale: false,
    session: read('session'),
    local: read('local'),
    managed: read('managed'),
    // The toolbar's popup is about the active tab; the help window names its tab (?tab=<id>).
    activeTab: new URLSearchParams(location.search).has('tab') ? undefined : tabs.query({ active: true, currentWindow: true }).catch(() => undefined),
  };
  storage.onChanged.addListener(() => {
    first.stale = true;
  });
  scope.signInBlockHelperFirstReads = first;
}
