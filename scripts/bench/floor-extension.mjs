// The floor: what any content script on the sign-in hosts costs a page, whatever it does. An
// extension whose content script is empty (same hosts, same run_at) is measured the same way as
// ours, so figure 1 can say how much of the added time is our code and how much is Chromium
// injecting a content script at all (creating its isolated world).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeFloorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'blockhelper-bench-floor-'));
  const ours = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (benchmark floor)',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ ...ours.content_scripts[0], js: ['empty.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '// no background work\n');
  writeFileSync(join(dir, 'empty.js'), '// an empty content script\n');
  return dir;
}
