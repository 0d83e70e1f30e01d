// @vitest-environment happy-dom
// The options page's container against an in-memory browser: it loads the settings through the
// store, follows policy and the person's own changes live, and saves through the same store.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldId } from '../../options/field-ids';
import { OptionsApp } from '../../options/OptionsApp';
import { USER_SETTINGS_KEY, createSettingsStore } from '../../src/settings/settings-store';
import { english } from './helpers/english';
import { freshFakeBrowser, settled, type FakeBrowser } from './helpers/fake-browser';

let browser: FakeBrowser;
let container: HTMLElement;

beforeEach(() => {
  browser = freshFakeBrowser();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(): Promise<void> {
  await act(() => render(<OptionsApp store={createSettingsStore(browser.storage)} t={english} />, container));
  await act(settled);
}
const field = (key: 'supportName' | 'supportEmail') => container.querySelector<HTMLInputElement>(`#${fieldId(key)}`);

describe('the options page container', () => {
  it('says it is loading until the settings are read, then shows them', async () => {
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: { supportName: 'Contoso IT' } });
    await act(() => render(<OptionsApp store={createSettingsStore(browser.storage)} t={english} />, container));
    expect(container.textContent).toContain(english('optionsLoading'));
    await act(settled);
    expect(container.textContent).not.toContain(english('optionsLoading'));
    expect(field('supportName')?.value).toBe('Contoso IT');
  });

  it('shows policy that arrives after the page opened, without a reload', async () => {
    await show();
    expect(field('supportEmail')?.value).toBe('');
    await act(async () => {
      await browser.storage.managed.set({ supportEmail: 'servicedesk@contoso.com' });
      await settled();
    });
    expect(field('supportEmail')?.value).toBe('servicedesk@contoso.com');
  });

  it('saves the person’s own settings into storage.local through the store', async () => {
    await show();
    const name = field('supportName')!;
    await act(() => {
      name.value = 'Fabrikam Service Desk';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await settled();
    });
    const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
    expect(stored[USER_SETTINGS_KEY]).toMatchObject({ supportName: 'Fabrikam Service Desk' });
  });
});
