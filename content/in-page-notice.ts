/**
 * "Get help with this error", shown next to Microsoft's message. Extensions start unpinned, so
 * many people never see the toolbar badge; this is their way in. It lives in a closed shadow
 * root: the page's styles can't reach it, its styles can't touch the page, and page scripts
 * can't read or click it through the DOM.
 */
const STYLE = `:host{all:initial;display:block;margin:12px 0}
div{font:14px/1.4 "Segoe UI",system-ui,sans-serif;color:#1b1b1b;background:#f3f8fd;border:1px solid #0067b8;border-radius:4px;padding:8px 10px;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
p{margin:0;flex:1 1 180px}
button{font:inherit;cursor:pointer;border-radius:3px;padding:4px 10px;border:1px solid #0067b8}
.go{background:#0067b8;color:#fff;font-weight:600}
.x{background:transparent;color:#1b1b1b;border-color:transparent;padding:4px 8px}
button:focus-visible{outline:2px solid #1b1b1b;outline-offset:2px}
@media (prefers-color-scheme:dark){div{background:#1f2a36;color:#f3f3f3;border-color:#6cb8f6}.go{background:#6cb8f6;color:#111;border-color:#6cb8f6}.x{color:#f3f3f3}button:focus-visible{outline-color:#fff}}`;

/** Where Microsoft's message is: the troubleshooting panel's container, else the first heading. */
function anchorElement(doc: Document): Element | null {
  return doc.getElementById('debugDetailsBanner') ?? doc.querySelector('main h1, main h2, h1, h2, [role="heading"]');
}

// Below this the notice is too faint to be what the person meant to click. Our choice; Chromium's
// IntersectionObserver v2 counts an element as visible only at full opacity.
const VISIBLE_OPACITY = 0.9;

/**
 * Whether a click on the notice is the person's, on a notice they can see. A page can't reach into
 * the closed shadow root, but it can style the host: make it transparent and move it under the
 * person's next click (clickjacking). So the click must come from the browser, not a script; the
 * notice, with everything around it, must be opaque and unfiltered; and it must be what is on top
 * where the click landed. A click from the keyboard (Enter or Space on the focused button) has no
 * point of its own: its `detail`, the click count, is 0.
 */
function isPersonsClick(doc: Document, host: Element, event: MouseEvent): boolean {
  if (!event.isTrusted || (event.detail && doc.elementFromPoint(event.clientX, event.clientY) !== host)) return false;
  let opacity = 1;
  for (let element: Element | null = host; element; element = element.parentElement) {
    const style = getComputedStyle(element);
    opacity *= +style.opacity;
    if (style.filter !== 'none') return false;
  }
  return opacity >= VISIBLE_OPACITY;
}

/** Shows the notice; returns a function that takes it away. */
export function showHelpNotice(doc: Document, onOpen: () => void): () => void {
  const host = doc.createElement('sign-in-block-helper');
  const root = host.attachShadow({ mode: 'closed' });
  const message = (key: string) => chrome.i18n.getMessage(key);
  root.innerHTML = `<style></style><div role="region"><p></p><button class="go" type="button"></button><button class="x" type="button">×</button></div>`;
  // biome-ignore lint/style/noNonNullAssertion: the markup was written on the line above
  root.querySelector('style')!.textContent = STYLE; // not interpolated above: Firefox's add-on linter flags any innerHTML built from a variable
  // biome-ignore lint/style/noNonNullAssertion: the markup was written above
  const [box, text, open, dismiss] = ['div', 'p', '.go', '.x'].map((s) => root.querySelector(s)!);
  box.setAttribute('aria-label', message('extensionName'));
  text.textContent = message('noticeText');
  open.textContent = message('noticeOpen');
  dismiss.setAttribute('aria-label', message('noticeDismiss'));
  dismiss.setAttribute('title', message('noticeDismiss'));
  open.addEventListener('click', (event) => isPersonsClick(doc, host, event as MouseEvent) && onOpen());
  dismiss.addEventListener('click', (event) => isPersonsClick(doc, host, event as MouseEvent) && host.remove());
  const anchor = anchorElement(doc);
  if (anchor?.parentNode) anchor.parentNode.insertBefore(host, anchor);
  else doc.body.prepend(host);
  return () => host.remove();
}
