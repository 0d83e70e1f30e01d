import type { Plugin } from 'vite';
import { managedSchema } from '../../src/settings/managed-schema.ts';

/** The managed-storage schema as the browser reads it, built from the settings rows (src/settings/settings-spec.ts). */
export function managedSchemaJson(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}

/** Where a manifest wants its managed-storage schema: Chrome's and Edge's `storage.managed_schema`; Firefox's manifest has none. */
export function managedSchemaFile(manifest: unknown): string | undefined {
  const file = (manifest as { storage?: { managed_schema?: unknown } }).storage?.managed_schema;
  return typeof file === 'string' ? file : undefined;
}

/**
 * Writes the managed-storage schema where the manifest points, generated from the settings
 * contract at every build, so it can't drift from the code and is never committed.
 */
export function schemaPlugin(manifest: unknown): Plugin {
  return {
    name: 'signin-block-helper:managed-schema',
    generateBundle() {
      const fileName = managedSchemaFile(manifest);
      if (fileName) this.emitFile({ type: 'asset', fileName, source: managedSchemaJson() });
    },
  };
}
