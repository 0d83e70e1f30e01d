/**
 * Microsoft's own "Enable flagging" control on the error page, and the person's press of it.
 * The extension never presses it: when the person asks in the popup, it brings the control into
 * view and focuses it; when the person presses it themselves (a trusted event, which a script
 * cannot fake), it tells the background, which keeps the time. Armed only once the page was
 * reported as an error page: on every other sign-in page none of this runs. Facts and sources:
 * docs/reference/flagging.md.
 */
import type { SendToBackground } from '../src/extension/send-to-background';
import type { TabMessage } from '../src/extension/messages';
import type { PageLifetime } from './page-lifetime';

/**
 * Found by structure, never by its text (the page is translated). Older pages: a link to
 * `$Config.urlSetDebugMode` (`…/common/debugmode`), or, in the 2021 layout, `href="#"` with id `setDebugMode`.
 */
const DEBUG_MODE_LINK = '#setDebugMode,a[href$="/debugmode" i]';

/**
 * Newer pages: a link-styled button inside the sentence "Flag sign-in errors for review: [Enable
 * flagging]". The panel's other buttons stand alone ("Copy info to clipboard") or are icons named
 * by aria-label ("Close", "…"), so the button with text of its parent's beside it is this one.
 */
const inSentence = (button: Element) => [...(button.parentNode?.childNodes ?? [])].some((node) => node.nodeType === 3 && node.nodeValue?.trim());

export function findFlaggingControl(doc: Document): HTMLElement | undefined {
  return doc.querySelector<HTMLElement>(DEBUG_MODE_LINK) ?? [...doc.querySelectorAll<HTMLElement>('button:not([aria-label])')].find(inSentence);
}

/**
 * Focuses the control with a visible focus ring, which also scrolls it into view, and changes
 * nothing else on the page. A control folded away (the panel is closed until "More details")
 * can't take focus, so nothing happens: the panel is not opened for the person, as that too is a
 * control of Microsoft's page, and the extension presses none of them.
 */
export function showFlaggingControl(doc: Document): void {
  findFlaggingControl(doc)?.focus({ focusVisible: true } as FocusOptions);
}

type TabMessageListener = (message: TabMessage | undefined) => void;

export interface FlaggingDeps {
  send: SendToBackground;
  /**
   * `chrome.runtime.onMessage`, asked for only when armed: its first use costs the page. Its
   * listener is not removed when the lifetime ends: it goes with the extension context, which is
   * what ending means, and no message reaches a context that is gone.
   */
  tabMessages(): { addListener(listener: TabMessageListener): void };
}

/** After the page was reported: answers the popup's "show me", and tells the background of the person's own press. */
export function armFlaggingHelp(doc: Document, lifetime: PageLifetime, deps: FlaggingDeps): void {
  deps.tabMessages().addListener((message) => {
    if (message?.type === 'show-flagging-control') showFlaggingControl(doc);
  });
  lifetime.addWindowListener('click', (event) => {
    if (!event.isTrusted) return; // a page script's .click() is no press of the person's
    const control = findFlaggingControl(doc);
    if (control?.contains(event.target as Node)) void deps.send({ type: 'flagging-enabled' }).catch(lifetime.end);
  });
}
