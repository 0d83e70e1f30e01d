// @vitest-environment happy-dom
/**
 * The in-page notice acts only on the person's own click on a notice they can see: a script's
 * click, a click on a transparent or filtered notice, or one whose point is covered by something
 * else does nothing (clickjacking). Keyboard presses (no point) still work.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showHelpNotice } from '../../content/in-page-notice';

let root: ShadowRoot;
const attachShadow = Element.prototype.attachShadow;

beforeEach(() => {
  // The notice's root is closed: catch it as it is made, as only the content script has it.
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attachShadow.call(this, init);
    return root;
  });
  vi.stubGlobal('chrome', { i18n: { getMessage: (name: string) => name } });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** An error page with the notice on it, and what its "Get help" and "×" buttons did. */
function noticeOn(html: string) {
  // happy-dom computes no initial values (opacity "", filter ""): give every element the browser's.
  document.body.innerHTML = `<style>*{opacity:1;filter:none}</style>${html}<div id="outer"><div id="debugDetailsBanner">Troubleshooting details</div></div>`;
  const onOpen = vi.fn();
  showHelpNotice(document, onOpen);
  const host = document.querySelector('sign-in-block-helper')!;
  const [open, dismiss] = Array.from(root.querySelectorAll('button'));
  // happy-dom does no layout: the page says what is on top at the click point.
  const onTop = vi.fn((): Element | null => host);
  document.elementFromPoint = onTop;
  return { host, open, dismiss, onOpen, onTop };
}

/** A click as the browser makes it: trusted, at a point, one press (detail 1), or from the keyboard (detail 0). */
function click(button: Element, { trusted = true, detail = 1 } = {}): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true, clientX: 40, clientY: 20, detail });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  button.dispatchEvent(event);
}

describe('in-page notice: whose click counts', () => {
  it('the person’s click on the visible notice opens help, and asks what is on top at its point', () => {
    const { open, onOpen, onTop } = noticeOn('');
    click(open);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onTop).toHaveBeenCalledWith(40, 20);
  });

  it('a keyboard press (Enter or Space: no point) opens help too', () => {
    const { open, onOpen, onTop } = noticeOn('');
    onTop.mockReturnValue(null);
    click(open, { detail: 0 });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('a script’s click does nothing, on either button', () => {
    const { host, open, dismiss, onOpen } = noticeOn('');
    click(open, { trusted: false });
    click(dismiss, { trusted: false });
    expect(onOpen).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
  });

  it('a click whose point shows something else (the notice is under it) does nothing', () => {
    const { host, open, dismiss, onOpen, onTop } = noticeOn('');
    onTop.mockReturnValue(document.getElementById('outer'));
    click(open);
    click(dismiss);
    expect(onOpen).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
  });

  it.each([
    ['the notice made transparent', '<style>sign-in-block-helper{opacity:0}</style>'],
    ['the notice made faint', '<style>sign-in-block-helper{opacity:0.5}</style>'],
    ['a container around it made faint', '<style>#outer{opacity:0.8}</style>'],
    ['a filter on the notice', '<style>sign-in-block-helper{filter:opacity(0)}</style>'],
    ['a filter on a container around it', '<style>#outer{filter:blur(8px)}</style>'],
  ])('%s: the person’s click, even by keyboard, does nothing', (_name, style) => {
    const { host, open, dismiss, onOpen } = noticeOn(style);
    click(open);
    click(open, { detail: 0 });
    click(dismiss);
    expect(onOpen).not.toHaveBeenCalled();
    expect(host.isConnected).toBe(true);
  });

  it('the person’s click on “×” takes the notice away', () => {
    const { host, dismiss, onOpen } = noticeOn('<style>#outer{opacity:0.95}</style>');
    click(dismiss);
    expect(host.isConnected).toBe(false);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
