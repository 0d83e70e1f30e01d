// Renders assets/icon.svg to the PNG sizes the manifest lists, with Debian's Chromium (a blocked
// sign-in shows as the toolbar button's red "!" badge, not as a second icon). Run by hand after
// changing the SVG (`node scripts/tasks/make-icons.mjs`); the PNGs are committed so that building the
// extension needs no browser. Where Debian's `pngquant` is installed, the PNGs are quantized to
// 16 colours (three flat colours and their anti-aliased edges; pngquant refuses below its quality
// 70, and reaches 77 to 84 here: about a third of the size, no visible change), and where Debian's
// `zopfli` is, zopflipng recompresses them (a few % smaller, the same pixels; only fully transparent
// pixels may change colour): both help the package budget.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/icon.svg', 'utf8');
const states = [
  { name: 'icon', svg, sizes: [16, 32, 48, 128] },
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const state of states) {
  for (const size of state.sizes) {
    const path = `public/icons/${state.name}-${size}.png`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${state.svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path, omitBackground: true });
    if (existsSync('/usr/bin/pngquant')) execFileSync('pngquant', ['--force', '--quality=70-95', '--speed', '1', '--strip', '--output', path, '--', '16', path]);
    if (existsSync('/usr/bin/zopflipng')) execFileSync('zopflipng', ['-y', '--iterations=500', '--filters=01234mepb', '--lossy_transparent', path, path]);
  }
}
await browser.close();
console.log('icons written to public/icons/');
