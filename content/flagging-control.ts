/**
 * Microsoft's own "Enable flagging" control on the error page, and the person's press of it.
 * The extension never presses it: when the person asks in the popup, it brings the control into
 * view and focuses it; when the person presses it themselves (a trusted event, which a script
 * cannot fake), it tells the background, which keeps the time. Armed only once the page was
 * reported as an error page: on every other sign-in page none of this runs. Facts and sources:
 * docs/reference/flagging.md.
 */
import type { SendToBackground } from '../src/extension/send-to-background';
import type { TabMessage, TabResponse } from '../src/extension/messages';
import type { PageLifetime } from './page-lifetime';

/**
 * Found by structure, never by its text (the page is translated). Older pages: a link to
 * `$Config.urlSetDebugMode` (`…/common/debugmode`), id `setDebugMode`.
 */
const DEBUG_MODE_LINK = '#setDebugMode,a[href$="/debugmode" i]';

/**
 * Newer pages: a link-styled button inside the sentence "Flag sign-in errors for review: [Enable
 * flagging]". The panel's other buttons stand alone ("Copy info to clipboard") or are icons named
 * by aria-label ("Close", "…"), so the button that has text of its parent's beside it is this one.
 */
function inSentence(button: Element): boolean {
  for (const node of button.parentNode?.childNodes ?? []) if (node.nodeType === 3 && node.nodeValue?.trim()) return true;
  return false;
}

export function findFlaggingControl(doc: Document): HTMLElement | undefined {
  return doc.querySelector<HTMLElement>(DEBUG_MODE_LINK) ?? [...doc.querySelectorAll<HTMLElement>('button:not([aria-label])')].find(inSentence);
}

/**
 * Scrolls the control into view, focuses and outlines it; false when there is none, or when it is
 * folded away (the panel is closed until "More details"). The panel is not opened for the person:
 * that too is a control of Microsoft's page, and the extension presses none of them.
 */
export function showFlaggingControl(doc: Document): boolean {
  const control = findFlaggingControl(doc);
  if (!control?.getClientRects().length) return false;
  control.scrollIntoView({ block: 'center' });
  control.focus({ focusVisible: true } as FocusOptions);
  const { style } = control;
  const before = style.outline;
  style.outline = '3px solid #0067b8';
  control.addEventListener(
    'blur',
    () => {
      style.outline = before;
    },
    { once: true },
  );
  return true;
}

export interface FlaggingDeps {
  send: SendToBackground;
  /** Answers the popup's messages to this tab; returns what stops. */
  listenToExtension(answer: (message: TabMessage) => TabResponse | undefined): () => void;
}

/** After the page was reported: answers the popup's "show me", and tells the background of the person's own press. */
export function armFlaggingHelp(doc: Document, lifetime: PageLifetime, deps: FlaggingDeps): void {
  lifetime.own(deps.listenToExtension((message) => (message?.type === 'show-flagging-control' ? { shown: showFlaggingControl(doc) } : undefined)));
  lifetime.addWindowListener('click', (event) => {
    if (!event.isTrusted) return; // a page script's .click() is no press of the person's
    const control = findFlaggingControl(doc);
    if (control?.contains(event.target as Node)) void deps.send({ type: 'flagging-enabled' }).catch(() => lifetime.end());
  });
}
