// A person's own keyboard, for the few things a browser grants only to real input: Chromium gives
// `activeTab` for a press of the extension's shortcut or a click on its menu item, and DevTools'
// key events never reach the browser's shortcuts or menus (they go to the page). So these tests
// run the browser in a window on a virtual X display (Debian's Xvfb) and type with X's test
// extension (Debian's xdotool): to the browser this is a keyboard, as a person's would be.
import { execFileSync, spawn } from 'node:child_process';
import { waitUntil } from './wait-until.mjs';

/**
 * Starts Xvfb on a free display number (it picks one and says which: `-displayfd`).
 * @returns {Promise<{ display: string, stop(): void }>}
 */
export async function startVirtualDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors = `${errors}${chunk}`.slice(-2000)));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('error', (error) => reject(new Error(`Xvfb did not start (Debian's package xvfb): ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped at start (exit ${code}): ${errors}`)));
  });
  return {
    display,
    stop() {
      xvfb.kill();
    },
  };
}

/**
 * Typing on `display`. With no window manager there, X gives the keyboard to the window it is
 * told to focus, and a browser's menu takes it while it is open.
 * @param {string} display
 */
export function keyboardOn(display) {
  const env = { ...process.env, DISPLAY: display };
  /** @param {string[]} args */
  const xdotool = (args) => execFileSync('xdotool', args, { env, encoding: 'utf8' });
  /** Whether X shows the window now; one that went away since it was listed is not shown. @param {string} id */
  const isViewable = (id) => {
    try {
      return /Map State: IsViewable/.test(execFileSync('xwininfo', ['-id', id], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      return false;
    }
  };
  /** The ids of the top-level windows X shows now (the browser's window, and its menu while it is open). @returns {Set<string>} */
  const shownWindows = () =>
    new Set(
      execFileSync('xwininfo', ['-root', '-children'], { env, encoding: 'utf8' })
        .split('\n')
        .map((line) => /^\s+(0x[0-9a-f]+) /.exec(line)?.[1])
        .filter(/** @returns {id is string} */ (id) => id !== undefined && isViewable(id)),
    );
  return {
    /** Gives the keyboard to the browser window whose class is `windowClass` (e.g. "chromium"). @param {string} windowClass */
    async focusWindow(windowClass) {
      const id = await waitUntil(`a ${windowClass} window on ${display}`, () => {
        try {
          return xdotool(['search', '--onlyvisible', '--class', windowClass]).trim().split('\n').at(-1);
        } catch {
          return undefined; // xdotool exits 1 while no window matches
        }
      });
      xdotool(['windowfocus', '--sync', id]);
    },
    /** Presses keys as a person would, e.g. "alt+shift+h", "shift+F10", "e". @param {string} keys */
    press(keys) {
      xdotool(['key', '--clearmodifiers', keys]);
    },
    shownWindows,
    /**
     * Waits until a window not in `before` is shown, e.g. a context menu.
     * @param {Set<string>} before
     * @param {string} what
     */
    waitForNewWindow(before, what) {
      return waitUntil(what, () => [...shownWindows()].some((id) => !before.has(id)));
    },
  };
}
