import type { Plugin } from 'vite';

/**
 * Writes the named JSON files of the build without the indentation their writers give them
 * (@crxjs writes the manifest, schema-plugin.ts the managed-storage schema, both indented for
 * people): browsers read them the same either way, and the spaces cost about 100 bytes of the
 * package budget (scripts/build/budgets.ts). Only these files: a messages.json is written
 * compact already, and parsing it again would move its all-digit ids to the front.
 */
export function compactJsonPlugin(fileNames: readonly string[]): Plugin {
  return {
    name: 'signin-block-helper:compact-json',
    apply: 'build',
    generateBundle: {
      // After @crxjs and schema-plugin.ts have written theirs.
      order: 'post',
      handler(_options, bundle) {
        for (const fileName of fileNames) {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`compact-json: the build wrote no ${fileName}`);
          asset.source = JSON.stringify(JSON.parse(asset.source.toString()));
        }
      },
    },
  };
}
