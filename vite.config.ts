import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { localesPlugin } from './scripts/locales-plugin.ts';

/** The content script ships as one classic file: no loader, no web-accessible resources that sign-in pages could probe. */
const CONTENT_SCRIPT = 'content/detect-error-page.ts';

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: manifest as ManifestV3Export, contentScripts: { standaloneFiles: [CONTENT_SCRIPT] } }),
    localesPlugin(resolve(import.meta.dirname, 'src/locales')),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    // Readable output: store reviewers read it, and it is small anyway.
    minify: true,
    sourcemap: false,
  },
});
