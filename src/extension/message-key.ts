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

/**
 * What stands between `Prefix` and `Suffix` in the message names: `KeyPart<'block_', '_title'>` is
 * every error code that has a title, `KeyPart<'field_'>` every field with a label. Typing an id
 * with it makes a key built from the id (`block_${code}_what`) a checked MessageKey.
 */
export type KeyPart<Prefix extends string, Suffix extends string = ''> = MessageKey extends infer Key
  ? Key extends `${Prefix}${infer Part}${Suffix}`
    ? Part
    : never
  : never;
