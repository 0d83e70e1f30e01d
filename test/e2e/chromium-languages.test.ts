// The extension speaks the browser's language: under a German Chromium the notice, the badge
// title and the popup are German, and the copied details keep Microsoft's English field names
// next to the German ones, because helpdesks search by the English names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badge, openPopup, useChromium, visitAndDetect } from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';
import { noticeButton } from './notice';

const browser = useChromium({ locale: 'de' }, (b) => b.context.grantPermissions(['clipboard-read', 'clipboard-write']));

describe('Chromium in German', () => {
  it('the notice, badge, popup and copied details speak German, with Microsoft’s English field names kept', async () => {
    const f = fixture('53003-registered-windows');
    const { page, detection } = await visitAndDetect(browser, f, (d) => d.requestId === f.expected!.requestId);
    await expect.poll(async () => (await noticeButton(page))?.text).toBe('Hilfe zu diesem Fehler');
    expect((await badge(browser, detection.tabId)).title).toMatch(/Anmeldung blockiert/);

    const popup = await openPopup(browser, detection.tabId);
    await expect.poll(() => popup.locator('#try-heading').innerText()).toBe('Das können Sie versuchen');
    await expect(popup.locator('h1').innerText()).resolves.not.toBe("Your IT team's security rules blocked this sign-in");
    await expect(popup.locator('.key-ids').innerText()).resolves.toContain('Anforderungs-ID');
    await expect(popup.locator('.details').textContent()).resolves.toContain('Anforderungs-ID');

    await popup.getByRole('button', { name: 'Details kopieren' }).click();
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/kopiert/i);
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`Request Id (Anforderungs-ID): ${f.expected!.requestId}`);
    expect(copied).toContain(`Correlation Id (Korrelations-ID): ${f.expected!.correlationId}`);
    await popup.close();
    await page.close();
  });

  it('hands over the message pack unchanged, in German, and every other message by its name or id', async () => {
    // src/extension/message-pack.ts: the browser's own substitution puts the marks where $1..$9 were.
    const built = (lang: string) => JSON.parse(readFileSync(`dist/chrome/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const [german, english] = [built('de'), built('en')];
    const worker = await browser.worker();
    const marks = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
    const pack = await worker.evaluate((marks) => chrome.i18n.getMessage('_', marks), marks);
    expect(pack).toBe(german._.message.replace(/\$([1-9])/g, (_, n: string) => marks[Number(n) - 1]));
    expect(pack.split('|').length, 'one place per message asked for by id').toBeGreaterThan(300);
    const others = Object.keys(english).filter((name) => name !== '_');
    const got = await worker.evaluate((names) => names.map((name) => chrome.i18n.getMessage(name)), others);
    others.forEach((name, i) => {
      const { message } = german[name] ?? english[name];
      if (message.includes('$')) expect(got[i], name).not.toBe('');
      else expect(got[i], name).toBe(message);
    });
  });
});
