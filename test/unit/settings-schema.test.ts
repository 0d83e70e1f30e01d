import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../../src/settings/managed-schema';
import { DEFAULT_SETTINGS, SETTING_DOCS } from '../../src/settings/settings-spec';
import { validateSettings } from '../../src/settings/validate-settings';

const schemaPath = join(process.cwd(), 'public/schema.json');

describe('managed schema', () => {
  it('public/schema.json is generated from src/settings (regenerate: UPDATE_SCHEMA=1 npx vitest run test/unit/settings-schema.test.ts)', () => {
    const generated = `${JSON.stringify(managedSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA) writeFileSync(schemaPath, generated);
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
  });

  it('follows Chrome rules: an object at the top, no additional/pattern properties there, a title and description per key', () => {
    const schema = managedSchema() as { type: string; properties: Record<string, { title?: string; description?: string }> };
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('patternProperties');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    for (const [key, prop] of Object.entries(schema.properties)) {
      expect(prop.title, key).toBeTruthy();
      expect(prop.description, key).toBeTruthy();
    }
  });

  it('every documented example is a valid value', () => {
    for (const [key, doc] of Object.entries(SETTING_DOCS)) {
      expect(validateSettings({ [key]: doc.example }).problems, key).toEqual([]);
    }
  });
});
