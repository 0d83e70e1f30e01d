// Ticks on "Try this" in real Chromium with the built extension: a Chrome popup closes as soon as
// the person clicks back into the page to try a step, so a tick must survive the popup closing,
// show on the first paint when it opens again, and reach the e-mail, the ticket link and the copy
// as "tried", the other steps as "not tried". Leaving the error page forgets the ticks.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { triedKey } from '../../src/detection/detection-keys';
import { USER_SETTINGS_KEY } from '../../src/settings/settings-store';
import { flowSecrets, fixture } from '../fixtures/index.mjs';
import { sessionStorage, tabLoadComplete, useChromium, visitAndDetect, waitForDetection } from './chromium-helpers';

const browser = useChromium({}, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));
// Unregistered Windows in Chrome: the everyday case, with several steps.
const PAGE = fixture('53003-old-title');
const TICKET_TEMPLATE = 'https://help.contoso.example/new?summary={summary}&details={details}';

/** The action a step's text starts with: what the ticket quotes of it. */
const action = (text: string) => text.match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? text;

/**
 * Opens the help view for a tab, recording the checkboxes' states the moment the checklist is
 * first in the page: ticks that arrive only after the first paint would show as unticked there.
 */
async function openHelp(tabId: number): Promise<{ popup: Page; firstPaint: () => Promise<boolean[]> }> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.addInitScript(() => {
    const record = (globalThis as unknown as { __firstTicks?: boolean[] });
    new MutationObserver((_, observer) => {
      const boxes = document.querySelectorAll<HTMLInputElement>('.checklist input[type="checkbox"]');
      if (boxes.length === 0) return;
      record.__firstTicks = [...boxes].map((box) => box.checked);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(browser.popupUrl(tabId));
  await popup.locator('.checklist').waitFor();
  return { popup, firstPaint: () => popup.evaluate(() => (globalThis as unknown as { __firstTicks: boolean[] }).__firstTicks) };
}

const checked = (popup: Page) => popup.locator('.checklist input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
const linkOf = async (popup: Page, channel: string) => (await popup.locator(`[data-channel="${channel}"] a`).getAttribute('href')) ?? '';
const mailBody = (href: string) => (new URL(href).searchParams.get('body') ?? '').replace(/\r\n/g, '\n');

describe('Chromium: steps ticked as tried', () => {
  it('a tick survives closing and reopening the popup, and the e-mail, ticket link and copy say what was tried and what not', async () => {
    const worker = await browser.worker();
    await worker.evaluate(([key, template]) => chrome.storage.local.set({ [key]: { ticketUrlTemplate: template } }), [USER_SETTINGS_KEY, TICKET_TEMPLATE]);
    const { page, detection } = await visitAndDetect(browser, PAGE);

    const first = await openHelp(detection.tabId);
    const steps = await first.popup.locator('.checklist label').allInnerTexts();
    expect(steps.length).toBeGreaterThan(2);
    expect(await first.firstPaint()).toEqual(steps.map(() => false));
    // By keyboard, as a person without a mouse would: on the second box, Space ticks it.
    const second = first.popup.getByRole('checkbox', { name: steps[1] });
    await second.focus();
    await first.popup.keyboard.press('Space');
    await expect.poll(() => checked(first.popup)).toEqual(steps.map((_, i) => i === 1));
    await expect.poll(async () => (await sessionStorage(browser))[triedKey(detection.tabId)]).toBeTruthy();
    await first.popup.close();

    const again = await openHelp(detection.tabId);
    expect(await again.firstPaint(), 'the tick on the first paint, not after').toEqual(steps.map((_, i) => i === 1));
    expect(await checked(again.popup)).toEqual(steps.map((_, i) => i === 1));

    const mailto = await linkOf(again.popup, 'email');
    expect(mailto.length).toBeLessThanOrEqual(2000);
    const body = mailBody(mailto);
    const notTried = steps.filter((_, i) => i !== 1).map((step) => `- ${action(step)}`);
    expect(body).toContain(['Tried:', `- ${action(steps[1])}`, 'Suggested, not tried:', ...notTried].join('\n'));
    expect(body).toContain(`Request Id: ${PAGE.expected!.requestId}`);

    const ticket = new URL(await linkOf(again.popup, 'ticket')).searchParams;
    const summary = ticket.get('summary') ?? '';
    expect(summary).toContain(`Tried: ${action(steps[1])} Suggested, not tried: ${action(steps[0])}`);
    expect(ticket.get('details')).toContain(`\n\nTried:\n- ${action(steps[1])}\nSuggested, not tried:\n${notTried.join('\n')}`);

    await again.popup.getByRole('button', { name: 'Copy details' }).click();
    await expect.poll(() => again.popup.getByRole('status').innerText()).toMatch(/copied/i);
    const clipboard = await again.popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(`Request Id: ${PAGE.expected!.requestId}\n`);
    expect(clipboard).toContain(`\n\nTried:\n- ${action(steps[1])}\nSuggested, not tried:\n`);

    // No flow token where the ticks are kept or handed out.
    const stored = JSON.stringify(await sessionStorage(browser));
    for (const secret of flowSecrets(PAGE)) {
      for (const [where, text] of [['storage', stored], ['e-mail', body], ['ticket', [...ticket.values()].join('\n')], ['clipboard', clipboard]]) {
        expect(text.includes(secret), `flow token in ${where}`).toBe(false);
      }
    }
    await again.popup.close();

    // The person tries again in the tab: the page loads anew, and the error it shows starts with no ticks.
    const since = Date.now();
    await page.reload();
    await tabLoadComplete(browser, detection.tabId);
    const next = await waitForDetection(browser, (d) => d.tabId === detection.tabId, since);
    expect(await sessionStorage(browser)).not.toHaveProperty(triedKey(next.tabId));
    const fresh = await openHelp(next.tabId);
    expect(await fresh.firstPaint()).toEqual(steps.map(() => false));
    expect(mailBody(await linkOf(fresh.popup, 'email'))).not.toContain('Tried:');
    await fresh.popup.close();

    // A closed tab takes its ticks with it.
    const last = await openHelp(next.tabId);
    await last.popup.getByRole('checkbox', { name: steps[0] }).check();
    await expect.poll(async () => (await sessionStorage(browser))[triedKey(next.tabId)]).toBeTruthy();
    await last.popup.close();
    await page.close();
    await expect.poll(async () => Object.keys(await sessionStorage(browser))).not.toContain(triedKey(next.tabId));
    await worker.evaluate((key) => chrome.storage.local.remove(key), USER_SETTINGS_KEY);
  });
});
