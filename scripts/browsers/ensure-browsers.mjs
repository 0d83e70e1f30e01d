// Makes sure Debian's browsers (and the virtual screen some tests type on) are there for the
// real-browser tests and the main job.
// Playwright's and Puppeteer's own browser downloads can't work here (only npm and Debian's
// archive are reachable), so we use Debian's packages: installed with apt when running as root,
// else a message saying how.
// Usage: node scripts/browsers/ensure-browsers.mjs [chromium] [firefox-esr] [xvfb] ...   (default: all)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** @type {Record<string, string>} */
const known = {
  chromium: '/usr/bin/chromium',
  'firefox-esr': '/usr/bin/firefox-esr',
  // A virtual screen and a real keyboard on it, for the tests of what only real input grants
  // (scripts/browsers/real-input.mjs): Xvfb, xdotool, and xwininfo to see a menu open.
  xvfb: '/usr/bin/Xvfb',
  xdotool: '/usr/bin/xdotool',
  'x11-utils': '/usr/bin/xwininfo',
};
const asked = process.argv.slice(2);
const packages = (asked.length ? asked : Object.keys(known)).filter((pkg) => !existsSync(known[pkg]));
if (packages.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `Needs Debian's ${packages.join(' and ')}, which ${packages.length > 1 ? 'are' : 'is'} not installed.\n` +
      `Install with:  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
      '(Browser downloads by Playwright or Puppeteer are not used: only Debian packages.)',
  );
  process.exit(1);
}
console.log(`Installing Debian packages: ${packages.join(' ')} ...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// Another install (unattended-upgrades, a second job on the machine) may hold apt's or dpkg's lock:
// wait for it, up to 10 minutes, instead of failing at once with "Could not get lock".
const waitForLock = ['-o', 'DPkg::Lock::Timeout=600'];
execFileSync('apt-get', [...waitForLock, 'update', '-qq'], { stdio: 'inherit', env });
// fonts-noto-cjk: so Chinese and Japanese pages and screenshots render real glyphs.
execFileSync('apt-get', [...waitForLock, 'install', '-y', '-qq', ...packages, 'fonts-noto-cjk'], { stdio: 'inherit', env });
