// "Explain this page" and "Explain this sign-in error" in real Chromium with the built extension.
// Chromium grants activeTab only for a person's click on the toolbar button, its shortcut or a
// menu item, and a test can give none of them (DevTools key events skip the browser's shortcuts;
// the context menu is drawn outside the page). So: the built extension as shipped can't read an
// app's address unasked, and has the shortcut and the menu item; and a copy of it whose manifest
// grants the app's origin, standing in for the grant a click gives (the same tab URL in
// tabs.query), reads the error from the address through the real popup and background. The grant
// itself, from a real key press and a real menu, is chromium-real-keyboard.test.ts; the README
// lists what was checked by hand.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_DIST } from '../../scripts/browsers/chromium-with-extension.mjs';
import { waitUntil } from '../../scripts/browsers/wait-until.mjs';
import { APP_ADDRESS_WITH_ERROR } from './app-error-address';
import { hasMenuItem, openPopup, sessionStorage, tabIdOf, useChromium, visit } from './chromium-helpers';

const BLANK = '<!doctype html><title>Contoso Expenses</title>';

/** dist/chrome with the app's origin granted: what activeTab gives for that tab after the click. */
function withAppOriginGranted(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbh-activetab-'));
  cpSync(CHROME_DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['https://app.contoso.example/*'] }));
  return dir;
}

describe('Chromium: the extension as shipped', () => {
  const browser = useChromium();

  it("can't read an app's address without the person's click: no host permission beyond the sign-in hosts", async () => {
    const page = await visit(browser, APP_ADDRESS_WITH_ERROR, BLANK);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(browser, tabId);
    await expect.poll(() => popup.locator('h1').innerText()).toBe('No blocked sign-in seen');
    expect(Object.keys(await sessionStorage(browser))).not.toContain(`tab:${tabId}`);
  });

  it('asks for nothing broader than the sign-in hosts at install: activeTab and contextMenus only', async () => {
    const worker = await browser.worker();
    const granted = await worker.evaluate(() => chrome.permissions.getAll());
    expect(granted.permissions?.sort()).toEqual(['activeTab', 'contextMenus', 'storage']);
    expect(granted.origins?.every((origin) => /^https:\/\/login[.-]/.test(origin))).toBe(true);
  });

  it("adds no warning to the install prompt: Chromium's own warnings for the manifest are those of the sign-in hosts alone", async () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_DIST, 'manifest.json'), 'utf8'));
    const { commands: _shortcut, ...withoutShortcut } = manifest;
    const before = { ...withoutShortcut, permissions: ['storage'] };
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    // What the install prompt lists (chrome.management needs no permission for this call).
    const warnings = (m: unknown) => page.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), JSON.stringify(m));
    const shipped = await warnings(manifest);
    expect(shipped).toEqual(await warnings(before));
    expect(shipped).toEqual(['Read and change your data on a number of websites']);
    // The check sees a new warning where there is one: "tabs" would add reading the browsing history.
    expect(await warnings({ ...manifest, permissions: [...manifest.permissions, 'tabs'] })).toHaveLength(2);
    await page.close();
  });

  it('has the toolbar shortcut that grants activeTab, and the menu item on selected text', async () => {
    const worker = await browser.worker();
    expect(await worker.evaluate(() => chrome.commands.getAll())).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+H' }));
    await waitUntil('the context menu item', () => hasMenuItem(browser));
  });
});

describe("Chromium: with the tab's address granted, as a click on the toolbar button grants it", () => {
  const extensionDir = withAppOriginGranted();
  const browser = useChromium({ extensionDir });
  afterAll(() => rmSync(extensionDir, { recursive: true, force: true }));

  it("reads the error in a tab's address, and keeps only its details and the app's origin", async () => {
    const page = await visit(browser, APP_ADDRESS_WITH_ERROR, BLANK);
    const tabId = await tabIdOf(browser, page);
    expect(Object.keys(await sessionStorage(browser))).not.toContain(`tab:${tabId}`);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.where').first().waitFor({ timeout: 10_000 });
    expect(await popup.locator('.where').first().textContent()).toBe("These details came from this page's address.");
    const details = await popup.locator('.details').textContent();
    for (const value of ['53003', '36a9bfd2-0233-4b3b-b947-5ed41fa7a600', '85b60f58-62ff-4d26-b249-6a0229ba280e', '2023-05-29T05:46:34Z']) expect(details).toContain(value);
    const href = decodeURIComponent((await popup.getByRole('link', { name: /write an email/i }).getAttribute('href')) ?? '');
    expect(href).toContain('Request Id: 36a9bfd2-0233-4b3b-b947-5ed41fa7a600');
    expect(href).toContain('Details from: the address of https://app.contoso.example');
    const stored = JSON.stringify(await sessionStorage(browser));
    expect(stored).toContain('"source":"address"');
    expect(stored).not.toMatch(/app-state-1234|signin-oidc/);
  });
});
