// The popup uses the browser's own namespace: `browser` where it exists (Firefox, Chrome 148+), else `chrome`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nativeBrowser } from '../../src/extension/native-browser';

afterEach(() => vi.unstubAllGlobals());

describe('nativeBrowser', () => {
  it('takes `browser` where the browser defines it', () => {
    const browser = { runtime: { id: 'firefox' } };
    vi.stubGlobal('browser', browser);
    vi.stubGlobal('chrome', { runtime: { id: 'chrome' } });
    expect(nativeBrowser()).toBe(browser);
  });

  it('falls back to `chrome` in older Chrome and Edge', () => {
    const chrome = { runtime: { id: 'chrome' } };
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chrome);
    expect(nativeBrowser()).toBe(chrome);
  });
});
