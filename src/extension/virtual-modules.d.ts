/** The long message names in id order, from scripts/build/locales-plugin.ts (index N is id N in base 36). */
declare module 'virtual:message-keys' {
  const keys: readonly import('./message-key').MessageKey[];
  export default keys;
}
