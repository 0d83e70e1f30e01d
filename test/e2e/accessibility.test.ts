// WCAG 2.2 AA checks with axe-core in real Chromium: the popup (help and empty states), the options
// page and the in-page notice, in light and dark mode; and the popup's actions by keyboard alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations as violations } from './axe';
import { openPopup, useChromium, visit, visitAndDetect } from './chromium-helpers';
import { fixture } from '../fixtures/index.mjs';

const browser = useChromium();
let tabId: number;
beforeAll(async () => {
  const f = fixture('53003-registered-windows');
  tabId = (await visitAndDetect(browser, f, (d) => d.requestId === f.expected!.requestId)).detection.tabId;
});

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
  it('the popup help view has no violations', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.emulateMedia({ colorScheme });
    await popup.locator('.key-ids').waitFor();
    // Check the expanded texts too: the flagging help and the full details list.
    await popup.locator('details.flagging summary').click();
    await popup.locator('details.all-details summary').click();
    await popup.locator('.details').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('the popup empty state has no violations', async () => {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme });
    // A fresh session: no detection anywhere, so the popup shows its empty state.
    const stored = await (await browser.worker()).evaluate(() => chrome.storage.session.get(null));
    await (await browser.worker()).evaluate(() => chrome.storage.session.clear());
    await popup.goto(browser.popupUrl(999_999_999));
    await popup.locator('main.empty').waitFor();
    expect(await violations(popup)).toEqual([]);
    await (await browser.worker()).evaluate((items) => chrome.storage.session.set(items), stored);
    await popup.close();
  });

  it('the options page has no violations', async () => {
    const options = await browser.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.locator('form').waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });

  it('the in-page notice has no violations', async () => {
    // The notice lives in a closed shadow root, out of axe's reach on the sign-in page. Copy its
    // rendered markup and styles, through the DevTools protocol, into a page axe can read.
    const f = fixture('53003-azure-cli-unregistered');
    const page = await visit(browser, f.url, f.html);
    await page.waitForSelector('sign-in-block-helper', { state: 'attached' });
    const cdp = await browser.context.newCDPSession(page);
    type DomNode = { nodeId: number; nodeName: string; shadowRoots?: DomNode[]; children?: DomNode[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (node: DomNode): DomNode | undefined =>
      node.nodeName === 'SIGN-IN-BLOCK-HELPER' ? node : [...(node.children ?? [])].map(find).find(Boolean);
    const shadow = find(root)!.shadowRoots![0];
    const inner = (await Promise.all((shadow.children ?? []).map(async (c) => ((await cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })) as { outerHTML: string }).outerHTML))).join('');
    await cdp.detach();
    browser.serve('https://login.microsoftonline.com/notice-copy', `<!doctype html><html lang="en"><head><title>Notice</title></head><body><main><h1>Sign-in</h1><div id="host"></div></main></body></html>`);
    const copy = await browser.context.newPage();
    await copy.emulateMedia({ colorScheme });
    await copy.goto('https://login.microsoftonline.com/notice-copy');
    await copy.evaluate((html) => {
      const host = document.getElementById('host')!;
      host.attachShadow({ mode: 'open' }).innerHTML = html;
    }, inner);
    expect(inner).toContain('Get help with this error');
    expect(await violations(copy)).toEqual([]);
    await copy.close();
    await page.close();
  });
});

describe('keyboard only', () => {
  it('reaches every action of the popup with Tab, with a visible focus ring, and copies with Enter', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.key-ids').waitFor();
    // The full list's copy buttons, the flagging help's button and the paste box are one tap away: open them, then every action must be reachable.
    await popup.locator('details.all-details summary').click();
    await popup.locator('.details').waitFor();
    await popup.locator('details.flagging summary').click();
    await popup.locator('details.paste-more summary').click();
    const actions = 'button, a[href], input, textarea, summary';
    const actionCount = await popup.locator(actions).count();
    const reached = new Map<number, string>();
    for (let i = 0; i < actionCount + 2; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate((selector) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          index: Array.from(document.querySelectorAll(selector)).indexOf(el),
          name: el.getAttribute('aria-label') || (el.textContent ?? '').trim() || el.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      }, actions);
      if (focused) {
        expect(focused.outline, `visible focus on ${focused.name}`).toBe(true);
        reached.set(focused.index, focused.name);
      }
    }
    expect(reached.size, `reached by Tab: ${[...reached.values()].join(' | ')}`).toBe(actionCount);
    for (const name of ['Copy details', 'Write an email with the details', 'Copy Request Id', 'Copy Correlation Id', 'Show it on the page', 'Explain', 'TEXTAREA']) {
      expect([...reached.values()].some((r) => r.includes(name)), name).toBe(true);
    }

    await popup.getByRole('button', { name: 'Copy details' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').innerText()).toMatch(/copied/i);
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('Request Id: ');
    await popup.close();
  });
});
