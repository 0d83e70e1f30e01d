/**
 * Every message name, as the compiler reads it from the English sources: `t()` takes only these,
 * so a typo or a missing message is a type error, and keys built from codes and field names
 * (`block_${code}_title`, `field_${field}`) are checked when the code and field are typed. Type-only
 * imports: nothing of the JSON reaches the bundle. One line per file of src/locales/en/;
 * test/unit/locales.test.ts checks that the list matches the folder.
 */
type English = typeof import('../locales/en/blocks.json') &
  typeof import('../locales/en/extension.json') &
  typeof import('../locales/en/options.json') &
  typeof import('../locales/en/popup.json') &
  typeof import('../locales/en/settings.json') &
  typeof import('../locales/en/steps.json');

export type MessageKey = Exclude<keyof English, 'default'> & string;
