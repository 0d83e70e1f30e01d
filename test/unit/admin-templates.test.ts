// The templates in docs/admin/templates/ are imported as they are (Group Policy central store, Intune
// ADMX import, reg import, MDM upload): each is read here in its own format and checked against the
// schema the build writes, so a template that drifts from the settings spec, names a wrong path or
// id, or has a dangling string reference fails with what to fix.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { adminTemplateFiles, STORE_UPDATE_URL, type TemplateBrowser } from '../../scripts/build/admin-templates';
import { managedSchemaJson } from '../../scripts/build/schema-plugin';
import { GECKO_ID, UNPACKED_CHROME_ID } from '../../src/extension/extension-ids';
import { SETTING_DOCS } from '../../src/settings/setting-docs';
import { SETTING_KEYS } from '../../src/settings/settings-spec';
import { validateSettings } from '../../src/settings/validate-settings';
import { parsePlist, type PlistDict, type PlistValue } from './helpers/parse-plist';
import { findKey, leafPaths, parseReg, type RegKey, type RegValue, registryToJson, type Schema } from './helpers/parse-reg';

const DIR = 'docs/admin/templates';
const read = (file: string) => readFileSync(join(process.cwd(), DIR, file), 'utf8');
const schema = JSON.parse(managedSchemaJson()) as Required<Pick<Schema, 'properties'>>;
const EXAMPLES = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_DOCS[key].example]));
const BROWSERS: Record<TemplateBrowser, { vendor: string; pin: [string, string]; other: string }> = {
  chrome: { vendor: 'Google\\Chrome', pin: ['toolbar_pin', 'force_pinned'], other: 'toolbar_state' },
  edge: { vendor: 'Microsoft\\Edge', pin: ['toolbar_state', 'force_shown'], other: 'toolbar_pin' },
};
const DETECTION_SCRIPT = 'intune-detect-signin-block-helper.ps1';
const generated = adminTemplateFiles({ chrome: UNPACKED_CHROME_ID, edge: UNPACKED_CHROME_ID }, GECKO_ID);

// ---- XML: one element or many, always as a list; attributes without a prefix ----

type Node = Record<string, unknown>;
const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
const all = (node: unknown, name: string): Node[] => ((node as Node | undefined)?.[name] as Node[] | undefined) ?? [];
const one = (node: unknown, name: string, where: string): Node => {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`${where}: expected one <${name}>, found ${found.length}`);
  return found[0];
};
const attr = (node: Node, name: string): string | undefined => node[`@${name}`] as string | undefined;

function parseXml(file: string): Node {
  const text = read(file);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${file}: not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return xmlParser.parse(text) as Node;
}

const NS = 'http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions';

/** What Group Policy writes for one policy set to `value`, per the ADMX schema's element semantics. */
function applyPolicy(policy: Node, value: unknown, tree: Map<string, RegKey>): void {
  const keyOf = (path: string): RegKey => {
    const key = tree.get(path.toLowerCase()) ?? { name: path.split('\\').pop() as string, values: new Map(), keys: new Map() };
    tree.set(path.toLowerCase(), key);
    return key;
  };
  const setValue = (path: string, name: string, data: RegValue) =>
    keyOf(path).values.set(name.toLowerCase(), { name, value: data });
  const policyKey = attr(policy, 'key') as string;
  const valueName = attr(policy, 'valueName');
  if (valueName) {
    const decimal = one(one(policy, value ? 'enabledValue' : 'disabledValue', valueName), 'decimal', valueName);
    setValue(policyKey, valueName, { type: 'dword', data: Number(attr(decimal, 'value')) });
    return;
  }
  const elements = one(policy, 'elements', String(attr(policy, 'name')));
  for (const text of all(elements, 'text')) setValue(attr(text, 'key') ?? policyKey, attr(text, 'valueName') as string, { type: 'sz', data: String(value) });
  for (const list of all(elements, 'list')) {
    const listKey = attr(list, 'key') ?? policyKey;
    const entries = attr(list, 'explicitValue') === 'true' ? Object.entries(value as Record<string, string>) : (value as string[]).map((item, i) => [`${attr(list, 'valuePrefix')}${i + 1}`, item]);
    for (const [name, data] of entries) setValue(listKey, name, { type: 'sz', data });
  }
}

describe(DIR, () => {
  it('holds exactly the generated files and the detection script', () => {
    const files = readdirSync(join(process.cwd(), DIR), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath.slice(join(process.cwd(), DIR).length), entry.name).replace(/^[\\/]/, '').replace(/\\/g, '/'))
      .sort();
    expect(files, `a new file in ${DIR} needs a check here and a line in docs/admin/README.md`).toEqual([...Object.keys(generated), DETECTION_SCRIPT].sort());
  });

  it('are each linked from docs/admin/README.md, and the README\'s deploy section points to them', () => {
    const guide = readFileSync(join(process.cwd(), 'docs/admin/README.md'), 'utf8');
    const missing = [...Object.keys(generated), DETECTION_SCRIPT].filter((file) => !guide.includes(`](templates/${file})`));
    expect(missing, 'docs/admin/README.md: link these templates, as [file](templates/<file>)').toEqual([]);
    const deploy = readFileSync(join(process.cwd(), 'README.md'), 'utf8').split('## Deploy')[1]?.split('\n## ')[0] ?? '';
    expect(deploy, 'README.md: the Deploy section must link docs/admin/templates/').toContain('](docs/admin/templates/)');
  });

  it.each(Object.keys(generated))('%s matches the settings spec (regenerate: node scripts/tasks/write-admin-templates.mjs)', (file) => {
    expect(read(file) === generated[file], `${DIR}/${file} differs from what the spec generates: run node scripts/tasks/write-admin-templates.mjs and commit`).toBe(true);
  });
});

const admxParts = (name: string) => {
  const admxFile = `signin-block-helper-${name}.admx`;
  const admlFile = `en-US/signin-block-helper-${name}.adml`;
  const definitions = () => one(parseXml(admxFile), 'policyDefinitions', admxFile);
  const resources = () => one(one(parseXml(admlFile), 'policyDefinitionResources', admlFile), 'resources', admlFile);
  const policies = () => all(one(definitions(), 'policies', admxFile), 'policy');
  return { admxFile, admlFile, definitions, resources, policies };
};

describe.each(['chrome', 'edge', 'firefox'])('ADMX and ADML for %s', (name) => {
  const { admxFile, admlFile, definitions, resources, policies } = admxParts(name);

  it('are Group Policy definitions in Microsoft\'s namespace, with a namespace of their own', () => {
    expect(attr(definitions(), 'xmlns'), admxFile).toBe(NS);
    expect(attr(one(parseXml(admlFile), 'policyDefinitionResources', admlFile), 'xmlns'), admlFile).toBe(NS);
    const namespaces = one(definitions(), 'policyNamespaces', admxFile);
    expect(attr(one(namespaces, 'target', admxFile), 'namespace'), `${admxFile}: each template needs its own namespace to sit in one central store`).toMatch(new RegExp(`${name}$`, 'i'));
    expect(all(namespaces, 'using'), `${admxFile}: no <using>, so Intune imports it without another ADMX first`).toEqual([]);
    expect(attr(one(definitions(), 'resources', admxFile), 'minRequiredRevision'), admxFile).toBe(attr(one(parseXml(admlFile), 'policyDefinitionResources', admlFile), 'revision'));
  });

  it('resolve every $(string.…) and $(presentation.…) reference, and every element has its control', () => {
    const strings = new Map(all(one(resources(), 'stringTable', admlFile), 'string').map((s) => [attr(s, 'id'), s['#text']]));
    const presentations = new Map(all(one(resources(), 'presentationTable', admlFile), 'presentation').map((p) => [attr(p, 'id') as string, p]));
    const referenced = [...read(admxFile).matchAll(/\$\((string|presentation)\.([^)]+)\)/g)];
    expect(referenced.length).toBeGreaterThan(4);
    for (const [ref, table, id] of referenced) {
      expect(table === 'string' ? strings.get(id) : presentations.get(id), `${admlFile}: add the ${table} ${id} that ${admxFile} references as ${ref}`).toBeTruthy();
    }
    const categories = all(one(definitions(), 'categories', admxFile), 'category').map((c) => attr(c, 'name'));
    const supported = all(one(one(definitions(), 'supportedOn', admxFile), 'definitions', admxFile), 'definition').map((d) => attr(d, 'name'));
    for (const policy of policies()) {
      const policyName = attr(policy, 'name') as string;
      expect(categories, `${policyName}: parentCategory must name a category of this ADMX`).toContain(attr(one(policy, 'parentCategory', policyName), 'ref'));
      expect(supported, `${policyName}: supportedOn must name a definition of this ADMX`).toContain(attr(one(policy, 'supportedOn', policyName), 'ref'));
      const elementIds = all(policy, 'elements').flatMap((e) => ['text', 'list', 'multiText'].flatMap((kind) => all(e, kind))).map((e) => attr(e, 'id'));
      const presentationRef = attr(policy, 'presentation')?.match(/^\$\(presentation\.(.+)\)$/)?.[1];
      const shown = presentationRef ? presentations.get(presentationRef) : undefined;
      const controls = ['textBox', 'listBox', 'multiTextBox'].flatMap((kind) => all(shown, kind)).map((c) => attr(c, 'refId'));
      expect(controls.sort(), `${policyName}: each element needs exactly one textBox/listBox/multiTextBox with its refId in the presentation`).toEqual(elementIds.sort());
    }
  });
});

describe.each(Object.entries(BROWSERS))('ADMX for %s settings', (browser, facts) => {
  const { admxFile, policies } = admxParts(browser);
  const policyKey = `Software\\Policies\\${facts.vendor}\\3rdparty\\extensions\\${UNPACKED_CHROME_ID}\\policy`;

  it('offer every setting of the schema, with the ADMX element for its type, at the path the browser reads', () => {
    const byName = new Map(policies().map((p) => [attr(p, 'name') as string, p]));
    expect([...byName.keys()], `${admxFile}: one policy per key of schema.json, named as the key`).toEqual(Object.keys(schema.properties));
    for (const [key, property] of Object.entries(schema.properties)) {
      const policy = byName.get(key) as Node;
      expect(attr(policy, 'key'), `${key}: the policy key must be HKLM/HKCU\\${policyKey}`).toBe(policyKey);
      expect(attr(policy, 'class'), `${key}: class "Both" offers it under Computer and User Configuration`).toBe('Both');
      const elements = all(policy, 'elements')[0];
      if (property.type === 'boolean') {
        expect(attr(policy, 'valueName'), `${key}: a true/false setting is the policy's own valueName`).toBe(key);
        expect(elements, `${key}: a true/false setting needs no elements`).toBeUndefined();
      } else if (property.type === 'string') {
        expect(all(elements, 'text').map((t) => attr(t, 'valueName')), `${key}: a text setting is one <text valueName="${key}">`).toEqual([key]);
      } else if (property.type === 'array') {
        const [list] = all(elements, 'list');
        expect([attr(list, 'key'), attr(list, 'valuePrefix'), attr(list, 'explicitValue')], `${key}: a list is <list key="…\\policy\\${key}" valuePrefix=""> (values 1, 2, 3)`).toEqual([`${policyKey}\\${key}`, '', undefined]);
      } else if (property.type === 'object') {
        const [list] = all(elements, 'list');
        expect([attr(list, 'key'), attr(list, 'explicitValue')], `${key}: a map is <list key="…\\policy\\${key}" explicitValue="true">`).toEqual([`${policyKey}\\${key}`, 'true']);
      } else throw new Error(`${key}: schema type ${String(property.type)} has no ADMX element yet`);
    }
  });

  it('write what the browser hands the extension as the examples, when set to them', () => {
    const tree = new Map<string, RegKey>();
    for (const policy of policies()) applyPolicy(policy, EXAMPLES[attr(policy, 'name') as string], tree);
    const policyNode = tree.get(policyKey.toLowerCase()) as RegKey;
    for (const [path, key] of tree) if (path !== policyKey.toLowerCase()) policyNode.keys.set(key.name.toLowerCase(), key);
    const received = registryToJson(policyNode, schema as Schema);
    expect(received, `${admxFile}: setting each policy to its SETTING_DOCS example must give back the examples`).toEqual(EXAMPLES);
    expect(validateSettings(received).problems).toEqual([]);
    // And "Disabled" on the true/false setting writes false.
    const off = new Map<string, RegKey>();
    applyPolicy(policies().find((p) => attr(p, 'name') === 'showPageNotice') as Node, false, off);
    expect(registryToJson(off.get(policyKey.toLowerCase()) as RegKey, schema as Schema)).toEqual({ showPageNotice: false });
  });
});

describe('ADMX for Firefox settings', () => {
  const { admxFile, admlFile, policies, resources } = admxParts('firefox');

  it('writes the settings JSON as a REG_MULTI_SZ named by the gecko id, where Firefox reads 3rdparty policy', () => {
    const [policy, ...others] = policies();
    expect(others, `${admxFile}: one policy`).toEqual([]);
    expect(attr(policy, 'key'), `${admxFile}: Firefox reads Software\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions (capital E)`).toBe('Software\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions');
    const [multiText] = all(one(policy, 'elements', admxFile), 'multiText');
    expect(attr(multiText, 'valueName'), `${admxFile}: the value is named by GECKO_ID`).toBe(GECKO_ID);
  });

  it('explains with an example that is the settings examples as JSON, valid for the extension', () => {
    const strings = all(one(resources(), 'stringTable', admlFile), 'string');
    const explain = String(strings.find((s) => attr(s, 'id') === 'settingsJson_Explain')?.['#text']);
    const json = explain.slice(explain.indexOf('{'), explain.indexOf('\n}') + 2);
    const example = JSON.parse(json.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, unknown>;
    expect(example, `${admlFile}: the example must be the SETTING_DOCS examples`).toEqual(EXAMPLES);
    expect(validateSettings(example).problems).toEqual([]);
    for (const key of SETTING_KEYS) expect(explain, `${admlFile}: name ${key}`).toContain(key);
  });
});

describe.each(Object.entries(BROWSERS))('force-install samples for %s', (browser, facts) => {
  const entryProblems = (entry: Record<string, unknown>, file: string) => {
    expect(entry.installation_mode, `${file}: "installation_mode": "force_installed"`).toBe('force_installed');
    expect(entry.update_url, `${file}: "update_url" must be the store's ${STORE_UPDATE_URL[browser as TemplateBrowser]}`).toBe(browser === 'chrome' ? 'https://clients2.google.com/service/update2/crx' : 'https://edge.microsoft.com/extensionwebstorebase/v1/crx');
    expect(entry[facts.pin[0]], `${file}: "${facts.pin[0]}": "${facts.pin[1]}" shows the button`).toBe(facts.pin[1]);
    expect(entry, `${file}: ${facts.other} belongs to the other browser`).not.toHaveProperty(facts.other);
  };

  it(`force-install-${browser}-windows.reg: ExtensionSettings and every setting at the browser's paths`, () => {
    const file = `force-install-${browser}-windows.reg`;
    const text = read(file);
    expect(/^[\x20-\x7e\r\n\t]*$/.test(text) && !text.replace(/\r\n/g, '').includes('\n'), `${file}: plain ASCII with CRLF line endings`).toBe(true);
    const tree = parseReg(text);
    const root = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${facts.vendor}`;
    const policyPath = `${root}\\3rdparty\\extensions\\${UNPACKED_CHROME_ID}\\policy`;
    const vendorKey = findKey(tree, root) as RegKey;
    const settings = vendorKey.values.get('extensionsettings')?.value;
    if (settings?.type !== 'sz') throw new Error(`${file}: ExtensionSettings must be a REG_SZ holding JSON under [${root}]`);
    const parsed = JSON.parse(settings.data) as Record<string, Record<string, unknown>>;
    expect(Object.keys(parsed), `${file}: ExtensionSettings must name only the extension`).toEqual([UNPACKED_CHROME_ID]);
    entryProblems(parsed[UNPACKED_CHROME_ID], file);
    const stray = leafPaths(tree).filter((path) => path.toLowerCase() !== root.toLowerCase() && !path.toLowerCase().startsWith(policyPath.toLowerCase()));
    expect(stray, `${file}: write nothing else`).toEqual([]);
    const values = registryToJson(findKey(tree, policyPath) as RegKey, schema as Schema);
    expect(values, `${file}: the settings must be the SETTING_DOCS examples`).toEqual(EXAMPLES);
    expect(validateSettings(values).problems).toEqual([]);
  });

  it(`force-install-${browser}-macos.mobileconfig: a profile with ExtensionSettings and every setting`, () => {
    const file = `force-install-${browser}-macos.mobileconfig`;
    const asDict = (v: PlistValue | undefined, what: string): PlistDict => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${file}: ${what} must be a <dict>`);
      return v;
    };
    const profile = asDict(parsePlist(read(file)), 'the root');
    expect([profile.PayloadType, profile.PayloadVersion], `${file}: a Configuration profile, version 1`).toEqual(['Configuration', 1]);
    const payloads = profile.PayloadContent as PlistValue[];
    expect(payloads, `${file}: one Custom Settings payload`).toHaveLength(1);
    const payload = asDict(payloads[0], 'PayloadContent[0]');
    expect(payload.PayloadType).toBe('com.apple.ManagedClient.preferences');
    for (const p of [profile, payload]) expect(p.PayloadUUID, `${file}: PayloadUUID`).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
    expect(profile.PayloadUUID).not.toBe(payload.PayloadUUID);
    const domain = browser === 'chrome' ? 'com.google.Chrome' : 'com.microsoft.Edge';
    const domains = asDict(payload.PayloadContent, 'the payload content');
    expect(Object.keys(domains).sort(), `${file}: the browser's domain and the extension's domain`).toEqual([domain, `${domain}.extensions.${UNPACKED_CHROME_ID}`].sort());
    const forced = (name: string) => {
      const list = asDict(domains[name], name).Forced as PlistValue[];
      expect(list, `${file}: ${name} needs Forced with one dict`).toHaveLength(1);
      return asDict(asDict(list[0], 'Forced[0]').mcx_preference_settings, 'mcx_preference_settings');
    };
    const extensionSettings = asDict(forced(domain).ExtensionSettings, 'ExtensionSettings');
    expect(Object.keys(extensionSettings)).toEqual([UNPACKED_CHROME_ID]);
    entryProblems(asDict(extensionSettings[UNPACKED_CHROME_ID], 'the entry'), file);
    const values = forced(`${domain}.extensions.${UNPACKED_CHROME_ID}`);
    expect(values, `${file}: the settings must be the SETTING_DOCS examples`).toEqual(EXAMPLES);
    expect(validateSettings(values).problems).toEqual([]);
  });
});

describe(DETECTION_SCRIPT, () => {
  const script = () => read(DETECTION_SCRIPT);

  it('checks the extension id by default and accepts only ids of the right form', () => {
    expect(script()).toContain(`[string] $ExtensionId = '${UNPACKED_CHROME_ID}'`);
    expect(script()).toContain("[ValidatePattern('^[a-p]{32}$')]");
    expect(script()).toContain("[ValidateSet('Chrome', 'Edge')]");
  });

  it('looks at the registry paths the browsers read, and the profile folders they install into', () => {
    const text = script();
    expect(text).toContain("$vendor = @{ Chrome = 'Google\\Chrome'; Edge = 'Microsoft\\Edge' }[$Browser]");
    expect(text).toContain('$policyRoot = "SOFTWARE\\Policies\\$vendor"');
    expect(text).toContain('$extensionPolicy = "$policyRoot\\3rdparty\\extensions\\$ExtensionId\\policy"');
    expect(text).toContain("$userData = @{ Chrome = 'Google\\Chrome\\User Data'; Edge = 'Microsoft\\Edge\\User Data' }[$Browser]");
    expect(text).toContain('\\Extensions\\$ExtensionId');
    for (const name of ["'ExtensionSettings'", "'ExtensionInstallForcelist'", "'force_installed'"]) expect(text).toContain(name);
  });

  it('expands those paths to the ones the ADMX and .reg files write', () => {
    // The script's strings, with its variables filled in as PowerShell would.
    for (const [browser, facts] of Object.entries(BROWSERS)) {
      const expanded = `SOFTWARE\\Policies\\${facts.vendor}\\3rdparty\\extensions\\${UNPACKED_CHROME_ID}\\policy`;
      const admxKey = attr(all(one(one(parseXml(`signin-block-helper-${browser}.admx`), 'policyDefinitions', browser), 'policies', browser), 'policy')[0], 'key') as string;
      expect(admxKey.toLowerCase()).toBe(expanded.toLowerCase());
      expect(read(`force-install-${browser}-windows.reg`)).toContain(`[HKEY_LOCAL_MACHINE\\${expanded}]`);
    }
  });

  it('reports with exit codes Intune reads: 0 when all is there, 1 otherwise', () => {
    expect(script().match(/^\s*exit (\d)$/gm)?.map((line) => line.trim())).toEqual(['exit 1', 'exit 0']);
  });
});
