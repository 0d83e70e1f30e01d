// @ts-check
// What an extension asks of the person and of every page, read from its unpacked folder: the
// permissions it asks for at install, and how many gzipped bytes of content script each matching
// page runs. The benchmark puts these side by side for this extension and the peer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Host patterns that match every web site (Chrome's match patterns). */
const EVERY_SITE = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);

/**
 * @typedef {{ matches?: string[], js?: string[], css?: string[], all_frames?: boolean, run_at?: string }} ContentScriptEntry
 * @typedef {{ permissions?: string[], host_permissions?: string[], optional_permissions?: string[], optional_host_permissions?: string[], content_scripts?: ContentScriptEntry[] }} Manifest
 */

/**
 * The permissions the browser asks for at install: the API permissions, the host permissions and
 * the hosts whose pages the content scripts run on (Chrome counts those as host access too).
 * Optional permissions are asked for later, if ever, so they are listed apart.
 *
 * @param {Manifest} manifest
 */
export function installPermissions(manifest) {
  const scripts = manifest.content_scripts ?? [];
  const contentScriptHosts = [...new Set(scripts.flatMap((c) => c.matches ?? []))];
  const hosts = manifest.host_permissions ?? [];
  return {
    permissions: manifest.permissions ?? [],
    hosts,
    contentScriptHosts,
    everySite: [...hosts, ...contentScriptHosts].some((h) => EVERY_SITE.has(h)),
    allFrames: scripts.some((c) => c.all_frames === true),
    optional: [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])],
  };
}

/** One line for people: "storage; on 12 hosts, top frame only". */
export function describePermissions(/** @type {ReturnType<typeof installPermissions>} */ p) {
  const api = p.permissions.length ? p.permissions.join(', ') : 'no API permission';
  const hosts = p.hosts.length ? `; host access ${p.hosts.join(', ')}` : '';
  const pages = p.contentScriptHosts.length
    ? `; content script on ${p.everySite ? p.contentScriptHosts.join(', ') : `${p.contentScriptHosts.length} host${p.contentScriptHosts.length === 1 ? '' : 's'}`}, ${p.allFrames ? 'in every frame' : 'top frame only'}`
    : '';
  return `${api}${hosts}${pages}`;
}

/**
 * The content script files a matching page runs, each gzipped on its own (level 9, as the build's
 * budgets measure them), and their total; the stylesheets injected with them apart.
 *
 * @param {string} dir an unpacked extension folder
 * @param {Manifest} manifest its manifest.json
 * @param {(path: string) => Buffer} [read]
 */
export function contentScriptSizes(dir, manifest, read = (path) => readFileSync(path)) {
  const measure = (/** @type {string[]} */ files) =>
    [...new Set(files)].map((file) => {
      const data = read(join(dir, file));
      return { file, bytes: data.length, gzipped: gzipSync(data, { level: 9 }).length };
    });
  const scripts = manifest.content_scripts ?? [];
  const js = measure(scripts.flatMap((c) => c.js ?? []));
  const css = measure(scripts.flatMap((c) => c.css ?? []));
  const total = (/** @type {{ bytes: number, gzipped: number }[]} */ files, /** @type {'bytes' | 'gzipped'} */ key) => files.reduce((sum, f) => sum + f[key], 0);
  return { js, css, jsBytes: total(js, 'bytes'), jsGzipped: total(js, 'gzipped'), cssGzipped: total(css, 'gzipped') };
}

/** Both facts of the extension in `dir`, for the results. */
export function extensionFacts(/** @type {string} */ dir) {
  /** @type {Manifest & { name?: string, version?: string }} */
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return { version: manifest.version, permissions: installPermissions(manifest), contentScript: contentScriptSizes(dir, manifest) };
}
