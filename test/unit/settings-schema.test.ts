import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import baseManifest from '../../manifest.json' with { type: 'json' };
import { managedSchemaFile, managedSchemaJson, schemaPlugin } from '../../scripts/build/schema-plugin';
import { SETTING_DOCS } from '../../src/settings/setting-docs';
import { DEFAULT_SETTINGS, SETTINGS, SETTING_KEYS, keysWithInput, type RedactableField, type Settings } from '../../src/settings/settings-spec';
import { validateSettings } from '../../src/settings/validate-settings';

interface SchemaProperty {
  type: string;
  title?: string;
  description?: string;
  [word: string]: unknown;
}

/** What the build writes as schema.json (scripts/build/schema-plugin.ts), read back as the browser reads it. */
const schema = JSON.parse(managedSchemaJson()) as { type: string; properties: Record<string, SchemaProperty> };

describe('managed schema', () => {
  it('is written where manifest.json points (storage.managed_schema), and no longer kept in the sources', () => {
    expect(managedSchemaFile(baseManifest)).toBe('schema.json');
    expect(managedSchemaFile({ name: 'Firefox has none' })).toBeUndefined();
    expect(() => readFileSync(join(process.cwd(), 'public/schema.json')), 'the build generates it: delete public/schema.json').toThrow();
  });

  it('is emitted by the build plugin for Chrome and Edge, and not for Firefox, whose manifest drops storage.managed_schema', () => {
    const emitted = (manifest: unknown) => {
      const files: { type: string; fileName: string; source: string }[] = [];
      const hook = schemaPlugin(manifest).generateBundle as (this: unknown) => void;
      hook.call({ emitFile: (file: (typeof files)[number]) => files.push(file) });
      return files;
    };
    expect(emitted(baseManifest)).toEqual([{ type: 'asset', fileName: 'schema.json', source: managedSchemaJson() }]);
    const { storage: _storage, ...firefox } = baseManifest;
    expect(emitted(firefox)).toEqual([]);
  });

  it('follows Chrome rules: an object at the top, no additional/pattern properties there, each key its type only', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('patternProperties');
    expect(Object.keys(schema.properties)).toEqual(SETTING_KEYS);
    for (const [key, prop] of Object.entries(schema.properties)) {
      // Chrome keeps no title or description (src/settings/managed-schema.ts); admins read them in docs/admin.
      expect(prop, key).not.toHaveProperty('title');
      expect(prop, key).not.toHaveProperty('description');
    }
  });

  it("gives each key its row's type", () => {
    for (const key of SETTING_KEYS) {
      expect(schema.properties[key], key).toEqual(SETTINGS[key].schema);
    }
    // Chrome drops a whole value that fails the schema: one misspelt name would drop the whole list, and with it all redaction.
    expect(schema.properties.redactFields.items, 'names are checked by the extension, which keeps the known ones').toEqual({ type: 'string' });
    expect(JSON.stringify(schema), 'no enum anywhere').not.toContain('enum');
    expect(Object.fromEntries(SETTING_KEYS.map((key) => [key, schema.properties[key].type]))).toEqual({
      supportName: 'string',
      supportEmail: 'string',
      supportPhone: 'string',
      supportUrl: 'string',
      ticketUrlTemplate: 'string',
      orgMessage: 'string',
      redactFields: 'array',
      extraAdvice: 'object',
      showPageNotice: 'boolean',
      explainOtherPages: 'boolean',
    });
  });

  it('every documented example is a valid value', () => {
    for (const key of SETTING_KEYS) {
      expect(validateSettings({ [key]: SETTING_DOCS[key].example }).problems, key).toEqual([]);
    }
  });
});

describe('the settings rows', () => {
  it('give the value types, defaults and options-page inputs the code was written for', () => {
    expectTypeOf<Settings>().toEqualTypeOf<{
      supportName: string;
      supportEmail: string;
      supportPhone: string;
      supportUrl: string;
      ticketUrlTemplate: string;
      orgMessage: string;
      redactFields: RedactableField[];
      extraAdvice: Record<string, string>;
      showPageNotice: boolean;
      explainOtherPages: boolean;
    }>();
    expect(DEFAULT_SETTINGS).toEqual({
      supportName: '',
      supportEmail: '',
      supportPhone: '',
      supportUrl: '',
      ticketUrlTemplate: '',
      orgMessage: '',
      redactFields: [],
      extraAdvice: {},
      showPageNotice: true,
      explainOtherPages: true,
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(keysWithInput('text')).toEqual(['supportName', 'supportEmail', 'supportPhone', 'supportUrl', 'orgMessage']);
    expectTypeOf(keysWithInput('text')).toEqualTypeOf<('supportName' | 'supportEmail' | 'supportPhone' | 'supportUrl' | 'orgMessage')[]>();
  });

  it('check every value with its own row, as validateSettings does', () => {
    for (const key of SETTING_KEYS) {
      expect(SETTINGS[key].check(SETTINGS[key].default), `${key}: its default passes its check`).toEqual({ value: DEFAULT_SETTINGS[key] });
    }
  });
});
