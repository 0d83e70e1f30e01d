/**
 * The Group Policy templates (ADMX with its en-US ADML) for the extension's settings in Chrome and
 * in Edge, generated from the settings contract (src/settings/settings-spec.ts for the types,
 * setting-docs.ts for the words), so a new or changed setting reaches the templates by running
 * scripts/tasks/write-admin-templates.mjs; test/unit/admin-templates.test.ts fails until then.
 *
 * Where each element writes what Chrome reads (Chrome's and Edge's registry layout for extension
 * policy: `...\3rdparty\extensions\<id>\policy`, text as REG_SZ, true/false as REG_DWORD 1/0, a list
 * as a subkey with values named 1, 2, 3, a map as a subkey with one value per entry), per
 * Microsoft's ADMX element reference (list: https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/cc725892(v=ws.10),
 * quoted in docs/reference/helpdesk-and-policy.md):
 * - text: a `<text>` element with `valueName` (REG_SZ);
 * - true/false: the policy's own `valueName` with `enabledValue` 1 and `disabledValue` 0, so
 *   "Enabled" is true and "Disabled" is false, as in Google's own chrome.admx;
 * - list: a `<list>` element with its own `key` and `valuePrefix=""`, which writes values named
 *   1, 2, 3 (as chrome.admx does for ExtensionInstallForcelist);
 * - map: a `<list>` element with `explicitValue="true"`: the admin types each entry's name (the
 *   error code) and its value.
 * Force-install and pinning are left to the browsers' own templates on purpose: they live in one
 * ExtensionSettings value and one numbered ExtensionInstallForcelist list shared by every
 * extension, which a second template would overwrite (our reasoning; see docs/admin/README.md).
 */
import { SETTING_DOCS } from '../../src/settings/setting-docs.ts';
import { SETTINGS, SETTING_KEYS, type SettingKey } from '../../src/settings/settings-spec.ts';

export type TemplateBrowser = 'chrome' | 'edge';

interface BrowserFacts {
  name: string;
  /** The browser's policy key under HKLM/HKCU. */
  policyRoot: string;
  /** Our ADMX namespace; unique per browser so both templates can sit in one central store. */
  namespace: string;
  prefix: string;
}

export const TEMPLATE_BROWSERS: Record<TemplateBrowser, BrowserFacts> = {
  chrome: { name: 'Google Chrome', policyRoot: 'Software\\Policies\\Google\\Chrome', namespace: 'SigninBlockHelper.Policies.GoogleChrome', prefix: 'sbh_chrome' },
  edge: { name: 'Microsoft Edge', policyRoot: 'Software\\Policies\\Microsoft\\Edge', namespace: 'SigninBlockHelper.Policies.MicrosoftEdge', prefix: 'sbh_edge' },
};

/** The key the browser reads the extension's mandatory policy from. */
export const extensionPolicyKey = (browser: TemplateBrowser, id: string): string => `${TEMPLATE_BROWSERS[browser].policyRoot}\\3rdparty\\extensions\\${id}\\policy`;

/** The file names, the same for both parts so the ADML is found next to its ADMX. */
export const templateFileName = (browser: TemplateBrowser): string => `signin-block-helper-${browser}`;

/** How a setting is written in the registry, from its JSON-schema type. */
export type RegistryShape = 'text' | 'boolean' | 'list' | 'map';

export function registryShape(key: SettingKey): RegistryShape {
  const schema = SETTINGS[key].schema as { type?: string; items?: { type?: string }; additionalProperties?: { type?: string } };
  if (schema.type === 'string') return 'text';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'array' && schema.items?.type === 'string') return 'list';
  if (schema.type === 'object' && schema.additionalProperties?.type === 'string') return 'map';
  // A new type needs its own ADMX element: fail the generation rather than write a wrong one.
  throw new Error(`admin-templates: no ADMX element for ${key}'s schema ${JSON.stringify(schema)}`);
}

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CATEGORY = 'SigninBlockHelper';
const SUPPORTED = 'SUPPORTED_EXTENSION_POLICY';
/** The longest text any setting takes (a ticket link, 2,000); each setting's own limit is checked by the extension. */
const MAX_TEXT = 2000;

function policyXml(browser: TemplateBrowser, id: string, key: SettingKey): string {
  const base = extensionPolicyKey(browser, id);
  const open = `    <policy name="${key}" class="Both" displayName="$(string.${key})" explainText="$(string.${key}_Explain)"`;
  const common = `      <parentCategory ref="${CATEGORY}" />\n      <supportedOn ref="${SUPPORTED}" />`;
  const shape = registryShape(key);
  if (shape === 'boolean') {
    return `${open} key="${base}" valueName="${key}">
${common}
      <enabledValue><decimal value="1" /></enabledValue>
      <disabledValue><decimal value="0" /></disabledValue>
    </policy>`;
  }
  const element =
    shape === 'text'
      ? `<text id="${key}" valueName="${key}" maxLength="${MAX_TEXT}" required="true" />`
      : shape === 'list'
        ? `<list id="${key}" key="${base}\\${key}" valuePrefix="" />`
        : `<list id="${key}" key="${base}\\${key}" explicitValue="true" />`;
  return `${open} presentation="$(presentation.${key})" key="${base}">
${common}
      <elements>
        ${element}
      </elements>
    </policy>`;
}

/**
 * The ADMX document around a template's policies: the same envelope for every browser, with its
 * own namespace so the templates can sit side by side in one central store.
 */
function admxDocument(about: string, target: { prefix: string; namespace: string }, policies: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from src/settings/settings-spec.ts and setting-docs.ts by scripts/tasks/write-admin-templates.mjs: do not edit. -->
<!-- Sign-in Block Helper settings for ${about}. See docs/admin/README.md, "Group Policy templates". -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="${target.prefix}" namespace="${target.namespace}" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="${SUPPORTED}" displayName="$(string.${SUPPORTED})" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="${CATEGORY}" displayName="$(string.${CATEGORY})" />
  </categories>
  <policies>
${policies}
  </policies>
</policyDefinitions>
`;
}

export function admx(browser: TemplateBrowser, id: string): string {
  const facts = TEMPLATE_BROWSERS[browser];
  return admxDocument(`${facts.name}, extension id ${id}`, facts, SETTING_KEYS.map((key) => policyXml(browser, id, key)).join('\n'));
}

const HOW_TO_ENTER: Record<RegistryShape, string> = {
  text: 'Enter the text.',
  boolean: 'Enabled: on (true). Disabled: off (false). Not configured: the person\'s own choice.',
  list: 'Click Show and enter one value per line.',
  map: 'Click Show and enter the error code as the value name and the text as the value.',
};

const exampleText = (key: SettingKey): string => {
  const example = SETTING_DOCS[key].example as unknown;
  if (Array.isArray(example)) return example.join(', ');
  if (example && typeof example === 'object') return Object.entries(example).map(([name, value]) => `${name}: ${String(value)}`).join('; ');
  return String(example);
};

function explain(browser: TemplateBrowser, id: string, key: SettingKey): string {
  const shape = registryShape(key);
  const where = shape === 'list' || shape === 'map' ? `the subkey ${extensionPolicyKey(browser, id)}\\${key}` : `${key} under ${extensionPolicyKey(browser, id)}`;
  return [
    SETTING_DOCS[key].description,
    '',
    HOW_TO_ENTER[shape],
    `Example: ${exampleText(key)}`,
    '',
    `Writes ${where} (HKLM for Computer Configuration, HKCU for User Configuration). The extension checks every value and lists any it refuses, with the reason, on its options page.`,
  ].join('\n');
}

function presentationXml(key: SettingKey): string | undefined {
  const label = xml(SETTING_DOCS[key].title);
  switch (registryShape(key)) {
    case 'boolean':
      return undefined;
    case 'text':
      return `      <presentation id="${key}">\n        <textBox refId="${key}">\n          <label>${label}</label>\n        </textBox>\n      </presentation>`;
    default:
      return `      <presentation id="${key}">\n        <listBox refId="${key}">${label}</listBox>\n      </presentation>`;
  }
}

export function adml(browser: TemplateBrowser, id: string): string {
  const facts = TEMPLATE_BROWSERS[browser];
  const strings: [string, string][] = [
    [CATEGORY, 'Sign-in Block Helper'],
    [SUPPORTED, `${facts.name} with the Sign-in Block Helper extension (id ${id})`],
    ...SETTING_KEYS.flatMap((key): [string, string][] => [
      [key, SETTING_DOCS[key].title],
      [`${key}_Explain`, explain(browser, id, key)],
    ]),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from src/settings/settings-spec.ts and setting-docs.ts by scripts/tasks/write-admin-templates.mjs: do not edit. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Sign-in Block Helper for ${facts.name}</displayName>
  <description>Settings of the Sign-in Block Helper extension (id ${id}) in ${facts.name}.</description>
  <resources>
    <stringTable>
${strings.map(([name, text]) => `      <string id="${name}">${xml(text)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${SETTING_KEYS.map(presentationXml)
  .filter((p): p is string => p !== undefined)
  .join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

// ---- Firefox: one policy holding the settings as JSON ----

/**
 * Firefox reads extension policy on Windows from a REG_MULTI_SZ value named by the add-on's id,
 * holding JSON, under Software\Policies\Mozilla\Firefox\3rdparty\Extensions ("For GPO and
 * Intune, the extension developer should provide an ADMX file":
 * https://mozilla.github.io/policy-templates/#3rdparty). A `<multiText>` element writes
 * REG_MULTI_SZ. One JSON policy rather than one per setting, because Firefox turns a key of
 * separate values into strings and numbers, not the lists and true/false the settings need (ours,
 * from Mozilla's examples, which show only the JSON form).
 */
export const FIREFOX_EXTENSIONS_KEY = 'Software\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions';

export function firefoxAdmx(geckoId: string): string {
  const policy = `    <policy name="settingsJson" class="Both" displayName="$(string.settingsJson)" explainText="$(string.settingsJson_Explain)" presentation="$(presentation.settingsJson)" key="${FIREFOX_EXTENSIONS_KEY}">
      <parentCategory ref="${CATEGORY}" />
      <supportedOn ref="${SUPPORTED}" />
      <elements>
        <multiText id="settingsJson" valueName="${xml(geckoId)}" maxLength="${MAX_TEXT * 8}" required="true" />
      </elements>
    </policy>`;
  return admxDocument(`Mozilla Firefox, add-on id ${xml(geckoId)}`, { prefix: 'sbh_firefox', namespace: 'SigninBlockHelper.Policies.MozillaFirefox' }, policy);
}

export function firefoxAdml(geckoId: string): string {
  const explain = [
    'The extension\'s settings as one JSON object, for example:',
    JSON.stringify(EXAMPLES(), null, 2),
    '',
    `Keys: ${SETTING_KEYS.map((key) => `${key} (${SETTING_DOCS[key].title})`).join('; ')}. Leave out the keys you don't set.`,
    '',
    `Writes the REG_MULTI_SZ value ${geckoId} under ${FIREFOX_EXTENSIONS_KEY} (HKLM for Computer Configuration, HKCU for User Configuration), which Firefox hands the extension. The extension checks every value and lists any it refuses, with the reason, on its options page.`,
  ].join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated from src/settings/settings-spec.ts and setting-docs.ts by scripts/tasks/write-admin-templates.mjs: do not edit. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Sign-in Block Helper for Mozilla Firefox</displayName>
  <description>Settings of the Sign-in Block Helper add-on (id ${xml(geckoId)}) in Mozilla Firefox.</description>
  <resources>
    <stringTable>
      <string id="${CATEGORY}">Sign-in Block Helper</string>
      <string id="${SUPPORTED}">Mozilla Firefox 67 or later with the Sign-in Block Helper add-on (id ${xml(geckoId)})</string>
      <string id="settingsJson">Settings (JSON)</string>
      <string id="settingsJson_Explain">${xml(explain)}</string>
    </stringTable>
    <presentationTable>
      <presentation id="settingsJson">
        <multiTextBox refId="settingsJson">Settings as JSON</multiTextBox>
      </presentation>
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** Every generated file, by its path under docs/admin/templates/. */
export function adminTemplateFiles(ids: Record<TemplateBrowser, string>, geckoId: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const browser of Object.keys(TEMPLATE_BROWSERS) as TemplateBrowser[]) {
    files[`${templateFileName(browser)}.admx`] = admx(browser, ids[browser]);
    files[`en-US/${templateFileName(browser)}.adml`] = adml(browser, ids[browser]);
    files[`force-install-${browser}-windows.reg`] = forceInstallReg(browser, ids[browser]);
    files[`force-install-${browser}-macos.mobileconfig`] = forceInstallMobileconfig(browser, ids[browser]);
  }
  files['signin-block-helper-firefox.admx'] = firefoxAdmx(geckoId);
  files['en-US/signin-block-helper-firefox.adml'] = firefoxAdml(geckoId);
  return files;
}

// ---- Force-install samples with the settings: a .reg file (Windows) and a .mobileconfig (macOS) ----

/** The stores' update URLs (Chrome Web Store; Edge Add-ons), as Google's and Microsoft's ExtensionSettings docs give them. */
export const STORE_UPDATE_URL: Record<TemplateBrowser, string> = {
  chrome: 'https://clients2.google.com/service/update2/crx',
  edge: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx',
};

/** The ExtensionSettings entry that force-installs the extension and shows its button (Chrome: toolbar_pin; Edge: toolbar_state). */
export function forceInstallEntry(browser: TemplateBrowser): Record<string, string> {
  const pin: Record<string, string> = browser === 'chrome' ? { toolbar_pin: 'force_pinned' } : { toolbar_state: 'force_shown' };
  return { installation_mode: 'force_installed', update_url: STORE_UPDATE_URL[browser], ...pin };
}

const EXAMPLES = (): Record<SettingKey, unknown> => Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_DOCS[key].example])) as Record<SettingKey, unknown>;

const regString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function forceInstallReg(browser: TemplateBrowser, id: string): string {
  const hklm = (path: string) => `HKEY_LOCAL_MACHINE\\${path.replace(/^Software/, 'SOFTWARE')}`;
  const policy = hklm(extensionPolicyKey(browser, id));
  const values: string[] = [];
  const subkeys: string[] = [];
  for (const [key, example] of Object.entries(EXAMPLES()) as [SettingKey, unknown][]) {
    const shape = registryShape(key);
    if (shape === 'text') values.push(`${regString(key)}=${regString(String(example))}`);
    else if (shape === 'boolean') values.push(`${regString(key)}=dword:0000000${example ? 1 : 0}`);
    else {
      const entries = shape === 'list' ? (example as string[]).map((item, i) => [String(i + 1), item]) : Object.entries(example as Record<string, string>);
      subkeys.push('', `[${policy}\\${key}]`, ...entries.map(([name, value]) => `${regString(name)}=${regString(value)}`));
    }
  }
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Sign-in Block Helper for ${TEMPLATE_BROWSERS[browser].name}: force-install, ${browser === 'chrome' ? 'pin' : 'show'} the toolbar button, and the settings (Contoso values).`,
    `; Generated by scripts/tasks/write-admin-templates.mjs from the settings spec: regenerate rather than edit.`,
    `; ${id} is the id of unpacked builds: use your store or self-hosted id (--id). See docs/admin/README.md.`,
    '; ExtensionSettings is ONE value for all extensions: if you already set it, add this entry to yours instead.',
    `; Import as an administrator: reg import <this file> /reg:64, then check ${browser}://policy.`,
    '',
    `[${hklm(TEMPLATE_BROWSERS[browser].policyRoot)}]`,
    `"ExtensionSettings"=${regString(JSON.stringify({ [id]: forceInstallEntry(browser) }))}`,
    '',
    '; Start clean, so values left over from an older version of this file go away.',
    `[-${policy}]`,
    '',
    `[${policy}]`,
    ...values,
    ...subkeys,
    '',
  ];
  return lines.join('\r\n');
}

type Plist = string | number | boolean | Plist[] | { [key: string]: Plist };

function plistXml(value: Plist, indent: string): string {
  if (typeof value === 'string') return `${indent}<string>${xml(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return `${indent}<integer>${value}</integer>`;
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.map((v) => plistXml(v, `${indent}  `)), `${indent}</array>`].join('\n');
  return [`${indent}<dict>`, ...Object.entries(value).flatMap(([k, v]) => [`${indent}  <key>${xml(k)}</key>`, plistXml(v, `${indent}  `)]), `${indent}</dict>`].join('\n');
}

/** A fixed UUID per payload, so regenerating changes nothing; admins put in their own (uuidgen). */
const FIXED_UUIDS: Record<TemplateBrowser, [string, string]> = {
  chrome: ['5B0E4C1A-6D2F-4E8B-9A71-3C5D7E9F1A20', '8C3F2A61-0B4D-4F7E-A592-6D1E3B7C9F40'],
  edge: ['2A7D9E13-4C6B-4A85-B3F0-9E1C5D7A2B60', 'E4B1C8D2-7A3F-4D69-8B05-1F2E6C9A3D80'],
};

export function forceInstallMobileconfig(browser: TemplateBrowser, id: string): string {
  const domain = browser === 'chrome' ? 'com.google.Chrome' : 'com.microsoft.Edge';
  const forced = (settings: Plist): Plist => ({ Forced: [{ mcx_preference_settings: settings }] });
  const [profileUuid, payloadUuid] = FIXED_UUIDS[browser];
  const profile: Plist = {
    PayloadContent: [
      {
        PayloadContent: {
          [domain]: forced({ ExtensionSettings: { [id]: forceInstallEntry(browser) } }),
          [`${domain}.extensions.${id}`]: forced(EXAMPLES() as Plist),
        },
        PayloadDisplayName: `Sign-in Block Helper for ${TEMPLATE_BROWSERS[browser].name}`,
        PayloadIdentifier: `com.contoso.signin-block-helper.${browser}.preferences`,
        PayloadType: 'com.apple.ManagedClient.preferences',
        PayloadUUID: payloadUuid,
        PayloadVersion: 1,
      },
    ],
    PayloadDisplayName: `Sign-in Block Helper: install and settings (${TEMPLATE_BROWSERS[browser].name})`,
    PayloadIdentifier: `com.contoso.signin-block-helper.${browser}`,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: profileUuid,
    PayloadVersion: 1,
  };
  const body = plistXml(profile, '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<!--
  Sign-in Block Helper for ${TEMPLATE_BROWSERS[browser].name} on macOS: force-install, ${browser === 'chrome' ? 'pin' : 'show'} the toolbar button, and the settings (Contoso values).
  Generated by scripts/tasks/write-admin-templates.mjs from the settings spec: regenerate rather than edit.
  ${domain} gets ExtensionSettings (ONE value for all extensions: if your MDM already sets it, add this entry there);
  ${domain}.extensions.${id} gets the extension's settings. Both as Forced (mandatory) managed preferences.
  ${id} is the id of unpacked builds: use your store or self-hosted id (--id), and your own PayloadUUIDs (uuidgen).
-->
<plist version="1.0">
${body}
</plist>
`;
}
