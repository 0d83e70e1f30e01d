// Pasting an error into the help view, in real Chromium with the built extension (dist/chrome):
// a real paste (clipboard, Ctrl+V) of each real capture gives its code and IDs, and a ticket
// prefilled with them; the box stays under every help view; text only, kept only as details.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopup, sessionStorage, useChromium } from './chromium-helpers';

const real = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/real', name), 'utf8');
const browser = useChromium({}, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));

/** Puts `text` on the clipboard and pastes it into the box with the keyboard, as a person would. */
async function pasteInto(popup: Page, text: string): Promise<void> {
  await popup.evaluate((value) => navigator.clipboard.writeText(value), text);
  const box = popup.getByLabel('Paste the error from an app or a window here:');
  await box.fill('');
  await box.focus();
  await popup.keyboard.press('Control+V');
  await expect.poll(() => box.inputValue()).toBe(text.replace(/\r\n?/g, '\n'));
  await popup.getByRole('button', { name: 'Explain' }).click();
}

async function openPasteBox(popup: Page): Promise<void> {
  const box = popup.locator('details.paste-more');
  if (!(await box.evaluate((details) => (details as HTMLDetailsElement).open))) await box.locator('summary').click();
}

const CAPTURES = [
  ['53003-token-endpoint.json', '53003', ['36a9bfd2-0233-4b3b-b947-5ed41fa7a600', '85b60f58-62ff-4d26-b249-6a0229ba280e', '2023-05-29T05:46:34Z']],
  ['53003-client-error-strings.txt', '53003', ['64908389-2527-4188-8ba4-29b9e76e3c00', 'a400dd29-ad31-4de1-933e-3e3995a7c6cc']],
  ['53003-azure-cli-unregistered-page-text.txt', '53003', ['790d21d9-68fb-457f-b1a4-674c11e3bf00', '62e76ee1-52af-46d3-ba8f-3f0be6aea289', '2026-09-03T13:32:53.761Z']],
  ['oauth-error-redirects.txt', '50105', ['320db82b-71a0-4520-a16f-f962e19a9000', 'ba8b945c-1cd8-4344-b355-b40c63174248']],
  ['53003-wstrust-soap-fault.xml', '53003', []],
] as const;

describe('Chromium: paste an error', () => {
  it('the empty help view has the paste box; each real capture pasted gives its code, IDs and a prefilled ticket', async () => {
    const popup = await openPopup(browser);
    await expect.poll(() => popup.locator('h1').innerText()).toBe('No blocked sign-in seen');
    let first = true;
    for (const [name, code, ids] of CAPTURES) {
      // After the first, the box is the one under the help view.
      if (!first) await openPasteBox(popup);
      first = false;
      await pasteInto(popup, real(name));
      await expect.poll(() => popup.locator('.where').first().innerText(), { message: name }).toBe('These details came from the text you pasted.');
      await expect.poll(() => popup.locator('.details [data-field="errorCode"] .value').textContent(), { message: name }).toBe(code);
      const details = await popup.locator('.details').textContent();
      for (const id of ids) expect(details, name).toContain(id);
      const href = decodeURIComponent((await popup.getByRole('link', { name: /write an email/i }).getAttribute('href')) ?? '');
      expect(href, name).toContain(`AADSTS${code}`);
      for (const id of ids.slice(0, 2)) expect(href, name).toContain(`Id: ${id}`);
      expect(href, name).toContain('Details from: pasted text');
    }
    // Kept as details only: no pasted line that is not a detail, no flow token, in storage.session only.
    const stored = JSON.stringify(await sessionStorage(browser));
    expect(stored).not.toMatch(/Copy info to clipboard|rQQIARAA|state=/);
    const worker = await browser.worker();
    expect(JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)))).not.toMatch(/AADSTS|36a9bfd2/);
  });

  it('text with only a code says no error was found; markup pasted stays text', async () => {
    const popup = await openPopup(browser);
    await popup.locator('textarea').waitFor({ state: 'attached' });
    if (await popup.locator('details.paste-more').count()) await openPasteBox(popup);
    await pasteInto(popup, 'Why do I get AADSTS53003 in Teams?');
    await expect.poll(() => popup.locator('.paste-status').innerText()).toBe('No sign-in error found in this text. Copy the whole message, with its codes.');
    await pasteInto(popup, '<img src=x onerror="document.title=1"> AADSTS53003: <b>Access has been blocked</b>. Trace ID: 11111111-2222-4333-8444-555555555555');
    await expect.poll(() => popup.locator('.details').textContent()).toContain('11111111-2222-4333-8444-555555555555');
    expect(await popup.locator('.help [onerror], .details b').count()).toBe(0);
    expect(await popup.title()).not.toBe('1');
  });
});
