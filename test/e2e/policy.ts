import { existsSync, mkdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID, UNPACKED_CHROME_ID } from '../../src/extension/extension-ids';

/** Debian's Chromium reads managed policy from here at start-up (see docs/admin/README.md). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'sign-in-block-helper-e2e.json');

/**
 * Writes a real browser policy for the extension, as an admin would on Linux. Needs root (CI
 * runs as root); the file is removed by `removePolicy` so no other run sees it.
 */
export function writePolicy(settings: Record<string, unknown>): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [UNPACKED_CHROME_ID]: settings } } }, null, 2));
  } catch (error) {
    throw new Error(`The policy tests write ${POLICY_FILE} and need root (CI runs as root): ${(error as Error).message}`);
  }
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/**
 * Firefox's system-wide policy on Linux, read at start-up ("you can specify system-wide policy by
 * placing the file in /etc/firefox/policies",
 * https://extensionworkshop.com/documentation/enterprise/enterprise-development). Debian's
 * firefox-esr 153 reads it there and in /usr/lib/firefox-esr/distribution/, not in
 * /etc/firefox-esr/policies/ (tried on this project's test machine). The name is fixed, so every
 * Firefox on the machine reads it: the Firefox tests without policy must not run meanwhile (the
 * e2e lock), and the file is removed by `removeFirefoxPolicy`.
 */
export const FIREFOX_POLICY_DIR = '/etc/firefox/policies';
const FIREFOX_POLICY_FILE = join(FIREFOX_POLICY_DIR, 'policies.json');
/** The first folder `writeFirefoxPolicy` had to create, if any: removed again with the file. */
let createdDir: string | undefined;

/** Writes `policies.json` with the settings under `3rdparty` > `Extensions` > the gecko id; never over an existing one. */
export function writeFirefoxPolicy(settings: Record<string, unknown>): void {
  if (existsSync(FIREFOX_POLICY_FILE)) throw new Error(`${FIREFOX_POLICY_FILE} exists already: not overwriting a policy this test did not write`);
  try {
    createdDir = mkdirSync(FIREFOX_POLICY_DIR, { recursive: true });
    writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }, null, 2), { flag: 'wx' });
  } catch (error) {
    throw new Error(`The Firefox policy test writes ${FIREFOX_POLICY_FILE} and needs root (CI runs as root): ${(error as Error).message}`);
  }
}

/** Removes the file, and the folders written for it when nothing else has been put in them. */
export function removeFirefoxPolicy(): void {
  rmSync(FIREFOX_POLICY_FILE, { force: true });
  if (!createdDir) return;
  for (let dir = FIREFOX_POLICY_DIR; dir.startsWith(createdDir); dir = join(dir, '..')) {
    try {
      rmdirSync(dir);
    } catch {
      return; // Not empty: something else lives there now.
    }
  }
  createdDir = undefined;
}
