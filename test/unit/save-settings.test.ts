// The person's settings are written only by the background, and only for the options page: a
// content script (its sender URL is the sign-in page) or a framed copy of the page writes nothing.
import type { Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { startBackground } from '../../src/background/start-background';
import { saveThroughBackground } from '../../src/extension/settings-message';
import { USER_SETTINGS_KEY } from '../../src/settings/settings-store';
import { english } from './helpers/english';
import { freshFakeBrowser, type FakeBrowser } from './helpers/fake-browser';

const OWN_ID = 'test-extension-id';
let browser: FakeBrowser;
const optionsUrl = () => browser.runtime.getURL('options/index.html');
const optionsPage = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: OWN_ID,
  frameId: 0,
  url: optionsUrl(),
  tab: { id: 4, index: 0, windowId: 1, highlighted: true, active: true, pinned: false, incognito: false },
  ...over,
});

async function send(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const answers = await browser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answers.find((answer) => answer !== undefined);
}
const stored = async () => (await browser.storage.local.get(USER_SETTINGS_KEY))[USER_SETTINGS_KEY];
const attack = { type: 'save-settings', settings: { supportEmail: 'it-help@attacker.example' } };

beforeEach(() => {
  browser = freshFakeBrowser();
  browser.runtime.id = OWN_ID;
  startBackground(browser, english);
});

describe('saving the person’s settings', () => {
  it('stores what the options page sends, checked again: only valid values, bidi controls removed', async () => {
    const answer = await send({ type: 'save-settings', settings: { supportName: '\u202eContoso IT', supportEmail: 'not an address', unknown: 1 } }, optionsPage());
    expect(answer).toEqual({ saved: true });
    expect(await stored()).toEqual({ supportName: 'Contoso IT' });
  });

  it.each([
    ['a content script on a sign-in page', () => optionsPage({ url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize' })],
    ['another extension', () => optionsPage({ id: 'someone-else' })],
    ['the options page in a frame', () => optionsPage({ frameId: 3 })],
    ['another page of ours', () => optionsPage({ url: `chrome-extension://${OWN_ID}/popup/index.html` })],
    ['the options page URL with a query', () => optionsPage({ url: `${optionsUrl()}?x` })],
  ])('%s gets no answer and writes nothing', async (_name, sender) => {
    expect(await send(attack, sender())).toBeUndefined();
    expect(await stored()).toBeUndefined();
  });

  it('asks the browser to close storage.local to content scripts where it can', () => {
    expect(browser.storage.local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });
});

describe('saveThroughBackground', () => {
  it('sends the settings and resolves once the background stored them', async () => {
    const sent: unknown[] = [];
    const save = saveThroughBackground(async (message) => {
      sent.push(message);
      return { saved: true };
    });
    await save({ supportName: 'IT' });
    expect(sent).toEqual([{ type: 'save-settings', settings: { supportName: 'IT' } }]);
  });

  it('rejects when the background gave no answer, so the page says it was not saved', async () => {
    await expect(saveThroughBackground(async () => undefined)({ supportName: 'IT' })).rejects.toThrow();
  });

  it('the options page and the background agree end to end', async () => {
    const save = saveThroughBackground((message) => send(message, optionsPage()));
    await save({ supportPhone: '+1 555 0100' });
    expect(await stored()).toEqual({ supportPhone: '+1 555 0100' });
  });
});
