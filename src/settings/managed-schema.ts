import { SETTINGS, SETTING_KEYS, type JsonSchema } from './settings-spec';

/**
 * The `storage.managed_schema` that Chrome and Edge check policy values against. Chrome's rules:
 * top level "type": "object" and no additionalProperties/patternProperties there. The build writes
 * it as schema.json (scripts/build/schema-plugin.ts), where manifest.json's
 * `storage.managed_schema` points.
 *
 * Each key carries its type only, no title or description. Chrome's guide says both "are optional and
 * are used to show a user-friendly name and documentation to the administrator"
 * (https://developer.chrome.com/docs/extensions/mv3/manifest/storage), but Chromium's parser only
 * checks that they are strings and keeps neither: a parsed schema node holds the type, the
 * sensitiveValue flag and the restrictions, a property only its key
 * (https://github.com/chromium/chromium/blob/main/components/policy/core/common/schema.cc,
 * `Schema::InternalStorage::Parse`: `schema_nodes_.push_back({.type = type, .extra = kInvalid,
 * .is_sensitive_value = ...})`), so chrome://policy shows neither (our reading of the source). The
 * descriptions cost 0.8 KiB gzipped in every package and the titles 0.15 KiB (which went to keeping
 * a private window's pasted errors private); admins read both in the Group Policy templates
 * (docs/admin/templates) and docs/admin/README.md instead.
 */
export function managedSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) {
    properties[key] = { ...SETTINGS[key].schema };
  }
  return { type: 'object', properties };
}
