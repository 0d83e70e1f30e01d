// `npm run package` writes the three archives the stores need, from a fresh build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../src/extension/extension-ids';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const archive = async (kind: string) => JSZip.loadAsync(readFileSync(`packages/sign-in-block-helper-${version}-${kind}.zip`));
const manifestOf = async (zip: JSZip) => JSON.parse(await zip.file('manifest.json')!.async('string'));

describe('npm run package', () => {
  it('writes the Chrome/Edge zip, the Firefox zip and the source archive', { timeout: 120_000 }, async () => {
    execFileSync('node', ['scripts/tasks/package.mjs'], { stdio: 'pipe' });

    const chrome = await archive('chrome');
    const chromeManifest = await manifestOf(chrome);
    expect(chromeManifest.key, 'store uploads must not carry the self-hosting key').toBeUndefined();
    expect(chromeManifest.background.service_worker).toBeTruthy();
    expect(chrome.file('_locales/en/messages.json')).not.toBeNull();
    expect(chrome.file('content/main.js')).not.toBeNull();

    const firefox = await archive('firefox');
    const firefoxManifest = await manifestOf(firefox);
    expect(firefoxManifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefoxManifest.background.scripts).toBeTruthy();

    const source = await archive('source');
    for (const file of ['package.json', 'package-lock.json', 'README.md', 'vite.config.ts', 'manifest.json', 'content/main.ts']) {
      expect(source.file(file), `${file} in the source archive`).not.toBeNull();
    }
    expect(Object.keys(source.files).some((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toBe(false);
  });
});
