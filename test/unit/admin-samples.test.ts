// The admin sample policy files in docs/admin/samples/ are what IT admins copy to thousands of
// machines: each must parse in its own format, name the right extension id, set every setting,
// pass the extension's own validation and Chrome's managed_schema. Each failure says what to fix.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, UNPACKED_CHROME_ID } from '../../src/extension/extension-ids';
import { Ajv } from 'ajv';
import { managedSchemaJson } from '../../scripts/build/schema-plugin';
import { SETTING_DOCS } from '../../src/settings/setting-docs';
import { SETTING_KEYS } from '../../src/settings/settings-spec';
import { TICKET_PRESETS } from '../../src/ticket/ticket-presets';
import { validateSettings } from '../../src/settings/validate-settings';
import { parsePlist, type PlistDict, type PlistValue } from './helpers/parse-plist';
import { findKey, leafPaths, parseReg, registryToJson, type Schema } from './helpers/parse-reg';

const root = process.cwd();
const SAMPLES_DIR = 'docs/admin/samples';
const README_PATH = 'docs/admin/README.md';
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** The schema.json the build writes (scripts/build/schema-plugin.ts). */
const schema = JSON.parse(managedSchemaJson()) as Schema;
const EXAMPLES = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_DOCS[key].example]));

const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

// ---- Chrome's managed_schema, as the build writes it, checked with ajv ----

/**
 * Chrome and Edge drop a policy value the schema does not name; JSON Schema would let it through
 * (and Chrome forbids additionalProperties at the top of the schema), so the check says it here.
 */
const checkSchema = new Ajv({ allErrors: true }).compile({ ...schema, additionalProperties: false });

function schemaProblems(value: unknown): string[] {
  if (checkSchema(value)) return [];
  return (checkSchema.errors ?? []).map((e) =>
    e.keyword === 'additionalProperties'
      ? `${e.instancePath || '/'}: ${String(e.params.additionalProperty)} is not in schema.json, so Chrome and Edge would drop it`
      : `${e.instancePath || '/'}: ${e.message ?? e.keyword} (${JSON.stringify(e.params)})`,
  );
}

// ---- Reading each format ----

const asDict = (value: PlistValue | undefined, what: string): PlistDict => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what} must be a <dict>`);
  return value;
};

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;

/** Checks the profile is a well-formed configuration profile and returns the settings for `domain`. */
/** Parses with the file name in front of any error, so the message says where to look. */
function parseIn<T>(file: string, parse: (text: string) => T): T {
  try {
    return parse(read(`${SAMPLES_DIR}/${file}`));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

function mobileconfigSettings(file: string, domain: string): unknown {
  const profile = asDict(parseIn(file, parsePlist), `${file}: the root`);
  expect(profile.PayloadType, `${file}: the top-level PayloadType must be "Configuration"`).toBe('Configuration');
  expect(profile.PayloadVersion, `${file}: the top-level PayloadVersion must be <integer>1</integer>`).toBe(1);
  expect(profile.PayloadDisplayName, `${file}: give the profile a PayloadDisplayName (admins see it in System Settings)`).toEqual(expect.any(String));
  const payloads = profile.PayloadContent;
  if (!Array.isArray(payloads) || payloads.length === 0) throw new Error(`${file}: PayloadContent must be a non-empty <array> of payload dicts`);
  const all = [profile, ...payloads.map((p, i) => asDict(p, `${file}: PayloadContent[${i}]`))];
  for (const payload of all) {
    expect(payload.PayloadUUID, `${file}: every payload needs a PayloadUUID like 7843142A-20E9-4158-9BCA-DE1294A887D1 (uuidgen)`).toMatch(UUID);
    expect(payload.PayloadIdentifier, `${file}: every payload needs a reverse-DNS PayloadIdentifier`).toMatch(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/);
    expect(payload.PayloadVersion, `${file}: every payload needs PayloadVersion 1`).toBe(1);
  }
  const uuids = all.map((p) => String(p.PayloadUUID).toUpperCase());
  expect(new Set(uuids).size, `${file}: PayloadUUIDs must all differ`).toBe(uuids.length);
  const ids = all.map((p) => p.PayloadIdentifier);
  expect(new Set(ids).size, `${file}: PayloadIdentifiers must all differ`).toBe(ids.length);

  const found: unknown[] = [];
  for (const payload of all.slice(1)) {
    if (payload.PayloadType === 'com.apple.ManagedClient.preferences') {
      const domains = asDict(payload.PayloadContent, `${file}: a ManagedClient.preferences PayloadContent`);
      for (const [name, entry] of Object.entries(domains)) {
        expect(name, `${file}: the preference domain must be ${domain}`).toBe(domain);
        const forced = asDict(entry, `${file}: ${name}`).Forced;
        if (!Array.isArray(forced) || forced.length !== 1) throw new Error(`${file}: ${name} must hold Forced: an <array> with one dict (mandatory settings)`);
        found.push(asDict(forced[0], `${file}: Forced[0]`).mcx_preference_settings);
      }
    } else if (payload.PayloadType === domain) {
      // The direct form: the payload's own keys, minus the Payload* ones, are the settings.
      found.push(Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload'))));
    } else throw new Error(`${file}: unexpected PayloadType ${String(payload.PayloadType)}; use com.apple.ManagedClient.preferences for ${domain}`);
  }
  expect(found.length, `${file}: exactly one payload must set the ${domain} preferences`).toBe(1);
  return found[0];
}

function regSettings(file: string, vendorPath: string): unknown {
  const text = read(`${SAMPLES_DIR}/${file}`);
  expect(/^[\x20-\x7e\r\n\t]*$/.test(text), `${file}: keep it plain ASCII so regedit reads it the same in any code page`).toBe(true);
  expect(text.replace(/\r\n/g, '').includes('\n'), `${file}: use Windows line endings (CRLF) throughout`).toBe(false);
  const tree = parseIn(file, parseReg);
  const extensionsPath = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendorPath}\\3rdparty\\extensions`;
  const extensions = findKey(tree, extensionsPath);
  if (!extensions) throw new Error(`${file}: write the settings under [${extensionsPath}\\<id>\\policy]`);
  expect([...extensions.keys.values()].map((k) => k.name), `${file}: the only extension id must be UNPACKED_CHROME_ID`).toEqual([UNPACKED_CHROME_ID]);
  const policy = findKey(tree, `${extensionsPath}\\${UNPACKED_CHROME_ID}\\policy`);
  if (!policy) throw new Error(`${file}: the values go in the \\policy subkey of the extension's key`);
  const inside = `${extensionsPath}\\${UNPACKED_CHROME_ID}\\policy`.toLowerCase();
  const stray = leafPaths(tree).filter((path) => path && !path.toLowerCase().startsWith(inside));
  expect(stray, `${file}: write nothing outside ${inside}`).toEqual([]);
  return registryToJson(policy, schema);
}

const json = (file: string) => parseIn(file, (text) => JSON.parse(text) as Record<string, unknown>);

/** A Chrome/Edge Linux file: {"3rdparty": {"extensions": {"<id>": {...}}}}. */
function linuxSettings(file: string): unknown {
  const data = json(file);
  expect(Object.keys(data), `${file}: only "3rdparty" belongs in this file (force-install is in its own file)`).toEqual(['3rdparty']);
  const extensions = (data['3rdparty'] as Record<string, unknown>)?.extensions as Record<string, unknown> | undefined;
  if (!extensions) throw new Error(`${file}: write {"3rdparty": {"extensions": {"<id>": {...}}}} with a lower-case "extensions" for Chrome and Edge`);
  expect(Object.keys(extensions), `${file}: the only extension id must be UNPACKED_CHROME_ID`).toEqual([UNPACKED_CHROME_ID]);
  return extensions[UNPACKED_CHROME_ID];
}

function firefoxSettings(file: string): unknown {
  const policies = json(file).policies as Record<string, Record<string, Record<string, unknown>>> | undefined;
  if (!policies) throw new Error(`${file}: everything goes inside {"policies": {...}}`);
  const thirdParty = policies['3rdparty'];
  expect(Object.keys(thirdParty ?? {}), `${file}: Firefox reads "3rdparty" -> "Extensions" with a capital E`).toEqual(['Extensions']);
  const extensions = thirdParty.Extensions as Record<string, unknown>;
  expect(Object.keys(extensions), `${file}: the only extension id must be GECKO_ID`).toEqual([GECKO_ID]);
  return extensions[GECKO_ID];
}

const SETTINGS_SAMPLES: Record<string, () => unknown> = {
  'chrome-windows.reg': () => regSettings('chrome-windows.reg', 'Google\\Chrome'),
  'edge-windows.reg': () => regSettings('edge-windows.reg', 'Microsoft\\Edge'),
  'chrome-linux.json': () => linuxSettings('chrome-linux.json'),
  'edge-linux.json': () => linuxSettings('edge-linux.json'),
  'chrome-macos.mobileconfig': () => mobileconfigSettings('chrome-macos.mobileconfig', `com.google.Chrome.extensions.${UNPACKED_CHROME_ID}`),
  'edge-macos.mobileconfig': () => mobileconfigSettings('edge-macos.mobileconfig', `com.microsoft.Edge.extensions.${UNPACKED_CHROME_ID}`),
  'firefox-policies.json': () => firefoxSettings('firefox-policies.json'),
};

const FORCE_INSTALL_SAMPLES = {
  'force-install-chrome-linux.json': { updateUrl: CHROME_STORE_UPDATE_URL, pin: ['toolbar_pin', 'force_pinned'], other: 'toolbar_state' },
  'force-install-edge-linux.json': { updateUrl: EDGE_STORE_UPDATE_URL, pin: ['toolbar_state', 'force_shown'], other: 'toolbar_pin' },
} as const;

const ALL_SAMPLES = [...Object.keys(SETTINGS_SAMPLES), ...Object.keys(FORCE_INSTALL_SAMPLES)];

// ---- The tests ----

describe('admin sample files', () => {
  it('are checked against the schema as Chrome applies it: a wrong type, a list entry that is not text and an unknown key each fail', () => {
    const problems = schemaProblems({ supportName: 5, redactFields: [3], extraAdvice: { '53003': 1 }, colour: 'blue' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['/', '/extraAdvice/53003', '/redactFields/0', '/supportName']);
    expect(problems.find((p) => p.startsWith('/:'))).toMatch(/colour is not in schema\.json/);
  });

  it('are exactly the files this test knows', () => {
    expect(readdirSync(join(root, SAMPLES_DIR)).sort(), `a new file in ${SAMPLES_DIR} needs a check in test/unit/admin-samples.test.ts (and a line in ${README_PATH})`).toEqual(
      [...ALL_SAMPLES].sort(),
    );
  });

  describe.each(Object.entries(SETTINGS_SAMPLES))('%s', (file, extract) => {
    const values = () => extract() as Record<string, unknown>;

    it('passes the extension\'s own validation (validateSettings)', () => {
      const problems = validateSettings(values()).problems.map((p) => `${p.key} ${p.reason}`);
      expect(problems, `${file}: fix these values (they are refused at run time, and the options page shows the same reasons)`).toEqual([]);
    });

    it('sets every setting', () => {
      const missing = SETTING_KEYS.filter((key) => !(key in values()));
      expect(missing, `${file}: add these settings (every sample shows every key, with its example from src/settings/setting-docs.ts)`).toEqual([]);
    });

    it('conforms to the built schema.json, so Chrome and Edge keep every value', () => {
      expect(schemaProblems(values()), `${file}: fix the values, or the format's way of writing them`).toEqual([]);
    });

    it('uses the SETTING_DOCS examples, so every format shows the same Contoso values', () => {
      expect(values(), `${file}: make each value equal SETTING_DOCS[key].example in src/settings/setting-docs.ts (a difference here often means an escaping mistake)`).toEqual(EXAMPLES);
    });
  });

  describe.each(Object.entries(FORCE_INSTALL_SAMPLES))('%s', (file, expected) => {
    it('force-installs the extension from the store and shows its toolbar button', () => {
      const data = json(file);
      expect(Object.keys(data), `${file}: only ExtensionSettings belongs in this file`).toEqual(['ExtensionSettings']);
      const settings = data.ExtensionSettings as Record<string, Record<string, unknown>>;
      expect(Object.keys(settings), `${file}: the only extension id must be UNPACKED_CHROME_ID`).toEqual([UNPACKED_CHROME_ID]);
      const entry = settings[UNPACKED_CHROME_ID];
      expect(entry.installation_mode, `${file}: set "installation_mode": "force_installed"`).toBe('force_installed');
      expect(entry.update_url, `${file}: set "update_url" to the store's update URL ${expected.updateUrl}`).toBe(expected.updateUrl);
      expect(entry[expected.pin[0]], `${file}: set "${expected.pin[0]}": "${expected.pin[1]}" so the toolbar button is visible`).toBe(expected.pin[1]);
      expect(entry, `${file}: "${expected.other}" belongs to the other browser; remove it`).not.toHaveProperty(expected.other);
    });
  });

  it('firefox-policies.json force-installs the add-on by its gecko id', () => {
    const policies = json('firefox-policies.json').policies as Record<string, Record<string, Record<string, unknown>>>;
    const settings = policies.ExtensionSettings;
    expect(Object.keys(settings ?? {}), 'firefox-policies.json: ExtensionSettings must name only GECKO_ID').toEqual([GECKO_ID]);
    expect(settings[GECKO_ID].installation_mode, 'firefox-policies.json: set "installation_mode": "force_installed"').toBe('force_installed');
    expect(String(settings[GECKO_ID].install_url), 'firefox-policies.json: set "install_url" to an https address of the signed .xpi').toMatch(/^https:\/\/[^/]+\/.+\.xpi$/);
  });
});

describe('extension ids', () => {
  it('UNPACKED_CHROME_ID is the id the manifest key gives (sha256 of the key, first 32 hex digits mapped 0-f to a-p)', () => {
    const key = JSON.parse(read('manifest.json')).key as string;
    const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
    expect(id, 'update UNPACKED_CHROME_ID in src/extension/extension-ids.ts and the ids in docs/admin/samples/ to match the manifest key').toBe(UNPACKED_CHROME_ID);
  });
});

describe(README_PATH, () => {
  let text: string | undefined;
  const readmeText = () => (text ??= read(README_PATH));

  it('documents every setting in the settings table', () => {
    const missing = SETTING_KEYS.filter((key) => !new RegExp(`^\\|\\s*\`${key}\`\\s*\\|`, 'm').test(readmeText()));
    expect(missing, `${README_PATH}: add a row "| \`key\` | type | what it does | example |" for these settings`).toEqual([]);
  });

  it('links every sample file', () => {
    const missing = ALL_SAMPLES.filter((file) => !readmeText().includes(`](samples/${file})`));
    expect(missing, `${README_PATH}: link these samples, as [file](samples/<file>)`).toEqual([]);
  });

  it('shows a ticket link for each preset, built from the preset\'s example values', () => {
    for (const preset of TICKET_PRESETS) {
      const built = preset.build(Object.fromEntries(preset.fields.map((f) => [f.id, f.example])));
      const shown = built.ticketUrlTemplate ?? built.supportUrl;
      expect(readmeText(), `${README_PATH}: the "${preset.id}" example must read exactly ${shown} (see src/ticket/ticket-presets.ts)`).toContain(shown);
      if (built.ticketUrlTemplate) expect(validateSettings({ ticketUrlTemplate: built.ticketUrlTemplate }).problems, preset.id).toEqual([]);
    }
  });

  it('names the ids and the store placeholders', () => {
    for (const text of [UNPACKED_CHROME_ID, GECKO_ID, '<chrome-store-id>', '<edge-store-id>', 'toolbar_pin', 'force_pinned', 'toolbar_state', 'force_shown', '"Extensions"']) {
      expect(readmeText(), `${README_PATH}: mention ${text}`).toContain(text);
    }
  });
});
