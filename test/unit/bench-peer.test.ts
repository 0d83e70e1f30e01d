// The benchmark finds the peer (CyberDrain Check) beside the repository or through an environment
// variable, says plainly why when it can't, and reads what each extension asks for at install and
// how much content script each matching page runs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { contentScriptSizes, describePermissions, extensionFacts, installPermissions } from '../../scripts/bench/extension-facts.mjs';
import { findPeer, PEER_DIR_ENV, PEER_SIBLING_PATH } from '../../scripts/bench/peer.mjs';
import manifest from '../../manifest.json';

const PEER_MANIFEST = JSON.stringify({
  manifest_version: 3,
  name: 'Check by CyberDrain',
  version: '1.2.0',
  permissions: ['storage', 'tabs', 'scripting'],
  host_permissions: ['<all_urls>'],
  content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['scripts/polyfill.js', 'scripts/content.js'], css: ['styles/content.css'], all_frames: true }],
});

/** A fake file system: path -> text. */
const files = (entries: Record<string, string>) => (path: string) => entries[path];

describe('finding the peer', () => {
  const repoRoot = '/work/main';
  /** This setting's folder of peers, beside the checkout. */
  const sibling = resolve('/work', PEER_SIBLING_PATH);

  it('looks beside the repository, in the folder of peers', () => {
    expect(sibling.split('/').slice(-2)).toEqual(['peers', 'cyberdrain-check']);
    const found = findPeer({ env: {}, repoRoot, readText: files({ [join(sibling, 'manifest.json')]: PEER_MANIFEST }) });
    expect(found).toEqual({ found: true, dir: sibling, via: 'sibling', name: 'Check by CyberDrain', version: '1.2.0' });
  });

  it('takes SBH_BENCH_PEER_DIR first, relative to the repository, as a clone elsewhere (CI) names it', () => {
    const readText = files({ '/ci/peers/check/manifest.json': PEER_MANIFEST, [join(sibling, 'manifest.json')]: PEER_MANIFEST });
    expect(findPeer({ env: { [PEER_DIR_ENV]: '/ci/peers/check' }, repoRoot, readText })).toMatchObject({ found: true, dir: '/ci/peers/check', via: 'env' });
    expect(findPeer({ env: { [PEER_DIR_ENV]: '../../ci/peers/check' }, repoRoot, readText })).toMatchObject({ found: true, dir: resolve('/ci/peers/check') });
    // Set but empty counts as not set.
    expect(findPeer({ env: { [PEER_DIR_ENV]: ' ' }, repoRoot, readText })).toMatchObject({ found: true, via: 'sibling' });
  });

  it('says plainly why it skips the peer: not there, named wrongly, not an extension', () => {
    const nothing = findPeer({ env: {}, repoRoot, readText: files({}) });
    expect(nothing).toEqual({ found: false, reason: expect.stringContaining(`no peer at ${sibling}`) });
    expect(nothing.found === false && nothing.reason).toContain(PEER_DIR_ENV);
    expect(findPeer({ env: { [PEER_DIR_ENV]: '/nowhere' }, repoRoot, readText: files({}) })).toEqual({
      found: false,
      reason: `${PEER_DIR_ENV}=/nowhere has no manifest.json: point it at the unpacked peer extension`,
    });
    expect(findPeer({ env: { [PEER_DIR_ENV]: '/x' }, repoRoot, readText: files({ '/x/manifest.json': '{not json' }) })).toMatchObject({ found: false, reason: expect.stringContaining('not JSON') });
    expect(findPeer({ env: { [PEER_DIR_ENV]: '/x' }, repoRoot, readText: files({ '/x/manifest.json': '{"name":"x","content_scripts":[]}' }) })).toMatchObject({
      found: false,
      reason: expect.stringContaining('no content script'),
    });
  });
});

describe('what each extension asks for at install', () => {
  it('this extension: storage, activeTab and contextMenus (none warns at install), and its content script on the sign-in hosts in the top frame only', () => {
    const ours = installPermissions(manifest);
    expect(ours).toMatchObject({ permissions: ['storage', 'activeTab', 'contextMenus'], hosts: [], everySite: false, allFrames: false, optional: [] });
    expect(ours.contentScriptHosts).toEqual(manifest.content_scripts[0].matches);
    expect(describePermissions(ours)).toBe(`storage, activeTab, contextMenus; content script on ${manifest.content_scripts[0].matches.length} hosts, top frame only`);
  });

  it('the peer: its API permissions, every site, every frame', () => {
    const peer = installPermissions(JSON.parse(PEER_MANIFEST));
    expect(peer).toMatchObject({ permissions: ['storage', 'tabs', 'scripting'], hosts: ['<all_urls>'], everySite: true, allFrames: true });
    expect(describePermissions(peer)).toBe('storage, tabs, scripting; host access <all_urls>; content script on http://*/*, https://*/*, in every frame');
  });

  it('lists optional permissions apart: they are not asked for at install', () => {
    const p = installPermissions({ permissions: [], optional_permissions: ['tabs'], optional_host_permissions: ['https://*/*'] });
    expect(p).toMatchObject({ permissions: [], optional: ['tabs', 'https://*/*'], everySite: false });
    expect(describePermissions(p)).toBe('no API permission');
  });
});

describe('how much content script a matching page runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peer-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each script gzipped on its own, as the build measures, summed; the stylesheet apart', () => {
    const content = `${'function check(){return document.title}\n'.repeat(200)}`;
    const peerManifest = JSON.parse(PEER_MANIFEST);
    const read = (path: string) => Buffer.from(path.endsWith('.css') ? 'a{color:red}' : path.endsWith('content.js') ? content : 'x');
    const sizes = contentScriptSizes('/peer', peerManifest, read);
    const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
    expect(sizes.js).toEqual([
      { file: 'scripts/polyfill.js', bytes: 1, gzipped: gz('x') },
      { file: 'scripts/content.js', bytes: content.length, gzipped: gz(content) },
    ]);
    expect(sizes.jsGzipped).toBe(gz('x') + gz(content));
    expect(sizes.jsBytes).toBe(1 + content.length);
    expect(sizes.cssGzipped).toBe(gz('a{color:red}'));
  });

  it('reads both facts from an unpacked folder', () => {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '0.1.0', permissions: ['storage'], content_scripts: [{ matches: ['https://login.microsoftonline.com/*'], js: ['main.js'] }] }));
    writeFileSync(join(dir, 'main.js'), 'void 0;');
    const facts = extensionFacts(dir);
    expect(facts.version).toBe('0.1.0');
    expect(facts.permissions.permissions).toEqual(['storage']);
    expect(facts.contentScript.js).toEqual([{ file: 'main.js', bytes: 7, gzipped: gzipSync(Buffer.from('void 0;'), { level: 9 }).length }]);
  });
});
