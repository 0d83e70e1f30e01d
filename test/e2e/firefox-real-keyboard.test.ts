// The shortcut in Firefox ESR as a person presses it: Firefox in a window on a virtual X display,
// typed on with xdotool (scripts/browsers/real-input.mjs), so Firefox itself grants `activeTab`.
// On Windows and Linux, Firefox gives Alt+Shift+<letter> to its menu bar (Alt+Shift+H opened the
// Help menu here, never the popup), so the Firefox build suggests Ctrl+Alt+H there (vite.config.ts).
// The menu item on selected text is chosen from Firefox's real context menu with the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyboardOn, startVirtualDisplay } from '../../scripts/browsers/real-input.mjs';
import { waitUntil } from '../../scripts/browsers/wait-until.mjs';
import { type Firefox, sessionStorage } from './firefox-helpers';
import { APP_ADDRESS_WITH_ERROR } from './app-error-address';
import { launchFirefoxWithExtension } from './firefox-with-extension.mjs';
import { PASTED_KEY } from '../../src/detection/detection-keys';

const CHAT = 'https://chat.contoso.example/thread/42';
/** `az login` output as printed on 2026-02-17 (test/fixtures/real/53003-client-error-strings.txt, from azure-cli issue 32809). */
const AZ_LOGIN =
  'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance. Trace ID: 2f8ccb7a-459e-44fb-b615-232475945800 Correlation ID: 824fc737-3721-428a-adb8-e51aec8c4cce Timestamp: 2026-02-17 18:39:09Z';

let ff: Firefox;
let keyboard: ReturnType<typeof keyboardOn>;
let stopScreen: () => void = () => {};
beforeAll(async () => {
  const screen = await startVirtualDisplay();
  stopScreen = screen.stop;
  ff = await launchFirefoxWithExtension({ display: screen.display });
  keyboard = keyboardOn(screen.display);
});
afterAll(async () => {
  await ff?.close();
  stopScreen();
});

/** The open popup's text, once it shows `expected` (extension.getViews from an extension page). */
function popupShowing(expected: string): Promise<string> {
  return waitUntil(`the popup showing "${expected}"`, () =>
    ff.inExtension((wanted: string) => {
      const text = (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews({ type: 'popup' })[0]?.document.body?.innerText ?? ''; // no body yet while it loads
      return text.includes(wanted) ? text : undefined;
    }, expected),
  );
}

describe('Firefox ESR, real keyboard', () => {
  it("suggests Ctrl+Alt+H on Linux (and Windows), where Alt+Shift+H is the menu bar's", async () => {
    const commands = await ff.inExtension(() => (globalThis as unknown as { browser: typeof chrome }).browser.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Ctrl+Alt+H' }));
  });

  it('Ctrl+Alt+H on an app page with an error in its address: the popup explains it, read with the grant the key press gave', async () => {
    await ff.sessionStorage(); // the extension page that reads the popup, opened before the app's tab
    const page = await ff.visit(APP_ADDRESS_WITH_ERROR, '<!doctype html><title>Contoso Expenses</title><p>Signing you in…</p>');
    await page.bringToFront();
    expect(JSON.stringify(await sessionStorage(ff))).not.toContain('36a9bfd2');
    await keyboard.focusWindow('firefox');
    keyboard.press('ctrl+alt+h');
    const popup = await popupShowing('36a9bfd2-0233-4b3b-b947-5ed41fa7a600');
    expect(popup).toContain('security rules blocked this sign-in');
    expect(popup).toContain("These details came from this page's address.");
    const stored = Object.values(await sessionStorage(ff)).find((d) => d.requestId === '36a9bfd2-0233-4b3b-b947-5ed41fa7a600');
    expect(stored).toMatchObject({ source: 'address', errorCode: '53003', correlationId: '85b60f58-62ff-4d26-b249-6a0229ba280e' });
    expect(JSON.stringify(stored)).not.toMatch(/app-state-1234|signin-oidc/);
  });

  it('"Explain this sign-in error" on selected az login output, from the real context menu: the help for it', async () => {
    await waitUntil('the menu item', () =>
      ff.inExtension(() => (globalThis as unknown as { browser: typeof chrome }).browser.contextMenus.update('explain', {}).then(() => true, () => false)),
    );
    const page = await ff.visit(CHAT, `<!doctype html><title>Chat</title><pre id="message">${AZ_LOGIN}</pre>`);
    await page.bringToFront();
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('message') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await keyboard.focusWindow('firefox');
    const before = keyboard.shownWindows();
    keyboard.press('shift+F10'); // the keyboard's context menu, on the selection
    await keyboard.waitForNewWindow(before, 'the context menu');
    // Firefox puts add-ons' items last, and its own "View Selection Source" has E as its access key.
    keyboard.press('Up');
    keyboard.press('Return');
    // The popup opens at once (the browser allows it only right after the click) and shows the selection's errors once read.
    const popup = await popupShowing('2f8ccb7a-459e-44fb-b615-232475945800');
    expect(popup).toContain('security rules blocked this sign-in');
    expect(popup).toContain('These details came from the text you pasted.');
    const pasted = (await sessionStorage(ff))[PASTED_KEY] as unknown as Array<Record<string, string>>;
    expect(pasted[0]).toMatchObject({ errorCode: '53003', requestId: '2f8ccb7a-459e-44fb-b615-232475945800', correlationId: '824fc737-3721-428a-adb8-e51aec8c4cce' });
  });
});
