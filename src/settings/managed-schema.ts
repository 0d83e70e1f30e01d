import { DEFAULT_SETTINGS, REDACTABLE_FIELDS, SETTING_DOCS, type SettingKey } from './settings-spec';

type JsonSchema = Record<string, unknown>;

const TYPES: Record<SettingKey, JsonSchema> = {
  supportName: { type: 'string' },
  supportEmail: { type: 'string' },
  supportPhone: { type: 'string' },
  supportUrl: { type: 'string' },
  ticketUrlTemplate: { type: 'string' },
  orgMessage: { type: 'string' },
  redactFields: { type: 'array', items: { type: 'string', enum: [...REDACTABLE_FIELDS] } },
  extraAdvice: { type: 'object', additionalProperties: { type: 'string' } },
  showPageNotice: { type: 'boolean' },
};

/**
 * The `storage.managed_schema` that Chrome and Edge check policy values against, with a title and
 * description for every key (shown to admins). Chrome's rules: top level "type": "object" and no
 * additionalProperties/patternProperties there. `public/schema.json` is this, written out; a test
 * keeps the two equal.
 */
export function managedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    properties[key] = { ...TYPES[key], title: SETTING_DOCS[key].title, description: SETTING_DOCS[key].description };
  }
  return { type: 'object', properties };
}
