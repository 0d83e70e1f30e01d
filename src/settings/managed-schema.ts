import { SETTING_DOCS } from './setting-docs';
import { SETTINGS, SETTING_KEYS, type JsonSchema } from './settings-spec';

/**
 * The `storage.managed_schema` that Chrome and Edge check policy values against, with a title and
 * description for every key (shown to admins). Chrome's rules: top level "type": "object" and no
 * additionalProperties/patternProperties there. The build writes it as schema.json
 * (scripts/build/schema-plugin.ts), where manifest.json's `storage.managed_schema` points.
 */
export function managedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) {
    properties[key] = { ...SETTINGS[key].schema, title: SETTING_DOCS[key].title, description: SETTING_DOCS[key].description };
  }
  return { type: 'object', properties };
}
