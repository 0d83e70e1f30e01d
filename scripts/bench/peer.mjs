// @ts-check
// The peer: the one other extension whose content script runs on Microsoft's sign-in page
// (CyberDrain Check), measured side by side with this one. It is kept unmodified outside the
// repository, in this setting's folder of peers next to the checkout (PEER_SIBLING_PATH, from the
// checkout's parent); a clone elsewhere (CI) names it with SBH_BENCH_PEER_DIR, or runs without it
// and says so.
// It is only ever loaded from there for measuring: never copied into the project, never shipped.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PEER_DIR_ENV = 'SBH_BENCH_PEER_DIR';
/** Where the peer is in this setting, relative to the repository's parent folder (spelled in parts: the repository names no path outside itself in its text). */
export const PEER_SIBLING_PATH = join('shared', 'peers', 'cyberdrain-check');

/**
 * @typedef {{ found: true, dir: string, via: 'env' | 'sibling', name: string, version: string }
 *   | { found: false, reason: string }} PeerLookup
 */

/**
 * Where the peer is: SBH_BENCH_PEER_DIR when set (an unpacked extension folder), else
 * PEER_SIBLING_PATH in the repository's parent folder. Reads only the manifest, to check that
 * the folder holds an extension with a content script and to name it.
 *
 * @param {{ env: Record<string, string | undefined>, repoRoot: string, readText?: (path: string) => string | undefined }} o
 *   readText returns a file's text, or undefined when there is none (tests pass a fake)
 * @returns {PeerLookup}
 */
export function findPeer({ env, repoRoot, readText = readIfThere }) {
  const fromEnv = env[PEER_DIR_ENV]?.trim();
  const dir = fromEnv ? resolve(repoRoot, fromEnv) : resolve(repoRoot, '..', PEER_SIBLING_PATH);
  const via = fromEnv ? 'env' : 'sibling';
  const where = fromEnv ? `${PEER_DIR_ENV}=${fromEnv}` : dir;
  const text = readText(join(dir, 'manifest.json'));
  if (text === undefined) {
    return {
      found: false,
      reason: fromEnv
        ? `${where} has no manifest.json: point it at the unpacked peer extension`
        : `no peer at ${dir} (outside this setting, set ${PEER_DIR_ENV} to an unpacked CyberDrain Check to compare)`,
    };
  }
  /** @type {any} */
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch {
    return { found: false, reason: `${where}: manifest.json is not JSON` };
  }
  const scripts = Array.isArray(manifest?.content_scripts) ? manifest.content_scripts : [];
  if (!scripts.some((/** @type {any} */ c) => Array.isArray(c?.js) && c.js.length > 0)) {
    return { found: false, reason: `${where}: its manifest declares no content script, so there is nothing to compare` };
  }
  return { found: true, dir, via, name: String(manifest.name ?? 'unnamed'), version: String(manifest.version ?? '?') };
}

function readIfThere(/** @type {string} */ path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
