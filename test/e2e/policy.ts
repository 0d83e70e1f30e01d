import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNPACKED_CHROME_ID } from '../../src/extension/extension-ids';

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
