// The main job: opens Chromium with the built extension on a sample "You don't have access to
// this" (AADSTS53003) page, served locally at its real address with no network, and the help
// view open. With a display it leaves the browser open for you to try; without one it runs
// headless, prints what the extension captured and writes screenshots to screenshots/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import { WINDOWS_CHROME_UA, launchWithExtension } from '../browsers/chromium-with-extension.mjs';
import { fixture } from '../../test/fixtures/index.mjs';

// The shared wait is TypeScript (it reads the store's keys from src/detection/detection-keys.ts);
// Node 20 can't strip types, so Vite's module runner loads it.
/** @type {{ module: typeof import('../browsers/wait-for-detection.ts') }} */
const { module: detections } = await runnerImport(resolve('scripts/browsers/wait-for-detection.ts'), { configFile: false, logLevel: 'silent' });

// The demo page has Contoso values (a fictional organisation, a 555-01xx phone number, an IP
// address from a documentation range), never a real organisation's: it feeds the README's screenshots.
const SAMPLE = {
  page: fixture('53003-contoso-signed-in'),
  // Shorter than the fixture's own address (no ctx= in the address bar of the screenshots).
  url: 'https://login.microsoftonline.com/2f6d1c3a-8b4e-4a7d-9c51-3e0b7a9d4f26/reprocess?prompt=select_account&sosid=',
};
/** @typedef {Awaited<ReturnType<typeof launchWithExtension>>} ExtensionBrowser */

const OUT = 'screenshots';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

/**
 * The sample page's detection, stored by the extension after `since`.
 *
 * @param {ExtensionBrowser} browser
 * @param {number} since
 */
function waitForDetection(browser, since) {
  const readStorage = async () => (await browser.worker()).evaluate(() => chrome.storage.session.get(null));
  return detections.waitForDetection(readStorage, (d) => d.requestId === SAMPLE.page.expected?.requestId, since);
}

/**
 * @param {ExtensionBrowser} browser
 * @param {number} tabId
 * @param {'light' | 'dark'} colorScheme
 * @param {string} path
 */
async function screenshotPopup(browser, tabId, colorScheme, path) {
  const popup = await browser.context.newPage();
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.popupUrl(tabId));
  await popup.locator('.key-ids').waitFor();
  // What the person sees when the popup opens: Chrome's toolbar popup is at most 600 px high.
  await popup.screenshot({ path });
  return popup;
}

/**
 * What the helpdesk receives from "Copy lookups for IT": the help view's own copy, pasted as
 * plain text (the README's "What the helpdesk receives").
 *
 * @param {ExtensionBrowser} browser
 * @param {number} tabId
 * @param {string} path
 */
async function screenshotHelpdeskCopy(browser, tabId, path) {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(tabId));
  await popup.getByRole('button', { name: 'Copy lookups for IT' }).click();
  await popup.locator('.for-it button.copied').waitFor();
  const text = await popup.evaluate(() => navigator.clipboard.readText());
  await popup.close();
  const pasted = await browser.context.newPage();
  await pasted.setViewportSize({ width: 1100, height: 400 });
  await pasted.setContent('<pre style="margin:16px;font:12.5px/1.45 ui-monospace,Consolas,monospace;white-space:pre-wrap;word-break:break-all"></pre>');
  await pasted.locator('pre').evaluate((pre, value) => { pre.textContent = value; }, text);
  await pasted.screenshot({ path, fullPage: true });
  await pasted.close();
}

// The demo person's clock: a machine (or CI box) on UTC would show only the UTC time, while the
// help view shows the person's own time beside it.
const DEMO_TIME_ZONES = { en: 'America/New_York', de: 'Europe/Berlin' };
const browser = await launchWithExtension({ headless, userAgent: WINDOWS_CHROME_UA, timezoneId: DEMO_TIME_ZONES.en });
browser.serve(SAMPLE.url, SAMPLE.page.html);
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const since = Date.now();
await page.goto(SAMPLE.url);
const detection = await waitForDetection(browser, since);

console.log('\nSign-in Block Helper captured, from the sample page:');
for (const [key, value] of Object.entries(detection)) console.log(`  ${key.padEnd(16)} ${value}`);

if (headless) {
  mkdirSync(OUT, { recursive: true });
  // The in-page notice appears once the background answers (up to ~3 s after Chromium starts, while it loads policy).
  await page.waitForSelector('sign-in-block-helper', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: `${OUT}/page.png` });
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const popup = await screenshotPopup(browser, detection.tabId, scheme, `${OUT}/popup-${scheme}.png`);
    await popup.close();
  }
  await screenshotHelpdeskCopy(browser, detection.tabId, `${OUT}/helpdesk-lookups.png`);
  await browser.close();

  // The same page in a German browser: the help view speaks the browser's language.
  const german = await launchWithExtension({ headless, userAgent: WINDOWS_CHROME_UA, locale: 'de', timezoneId: DEMO_TIME_ZONES.de });
  german.serve(SAMPLE.url, SAMPLE.page.html);
  const germanPage = german.context.pages()[0] ?? (await german.context.newPage());
  const germanSince = Date.now();
  await germanPage.goto(SAMPLE.url);
  const germanDetection = await waitForDetection(german, germanSince);
  const popup = await screenshotPopup(german, germanDetection.tabId, 'light', `${OUT}/popup-de-light.png`);
  await popup.close();
  await german.close();
  console.log(`\nScreenshots: ${OUT}/page.png, ${OUT}/popup-light.png, ${OUT}/popup-dark.png, ${OUT}/popup-de-light.png, ${OUT}/helpdesk-lookups.png`);
} else {
  // Open the real toolbar popup over the page; the help view also opens as a tab in case the browser refuses.
  const worker = await browser.worker();
  await worker.evaluate(() => chrome.action.openPopup().catch(() => undefined));
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(detection.tabId));
  console.log('\nChromium is open with the extension loaded. Close the browser window to finish.');
  await new Promise((resolve) => browser.context.on('close', resolve));
}
