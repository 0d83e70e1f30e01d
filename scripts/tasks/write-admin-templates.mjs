// Writes the Group Policy templates (ADMX + en-US ADML, Chrome and Edge) from the settings contract:
//   node scripts/tasks/write-admin-templates.mjs                      -> docs/admin/templates/, unpacked-build id
//   node scripts/tasks/write-admin-templates.mjs --id <id> --out <dir> -> your store or self-hosted id
// The id is part of every registry path in the templates, so each id needs its own copy. The Firefox
// template uses the add-on's gecko id, which is the same everywhere.
// test/unit/admin-templates.test.ts fails when docs/admin/templates/ drifts from the spec.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';
import ids from '../../src/extension/extension-ids.json' with { type: 'json' };

const { values } = parseArgs({ options: { id: { type: 'string' }, out: { type: 'string' } } });
if (values.id !== undefined && !/^[a-p]{32}$/.test(values.id)) {
  console.error('--id must be a Chrome/Edge extension id: 32 letters a to p');
  process.exit(1);
}
const id = values.id ?? ids.unpackedChrome;
const out = resolve(values.out ?? 'docs/admin/templates');

// vite loads the TypeScript settings contract, as the build does.
const { module } = await runnerImport(resolve('scripts/build/admin-templates.ts'));
for (const [name, text] of Object.entries(module.adminTemplateFiles({ chrome: id, edge: id }, ids.gecko))) {
  const path = join(out, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
