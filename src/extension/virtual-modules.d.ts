/** The long message names in id order (index N is id N in base 36), front-coded: from scripts/build/locales-plugin.ts, read with src/extension/front-coding.ts. */
declare module 'virtual:message-keys' {
  const frontCodedKeys: string;
  export default frontCodedKeys;
}
