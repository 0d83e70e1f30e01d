/**
 * The name of the message that says which way the shown language is written: "rtl" in Arabic or
 * Hebrew, "ltr" otherwise. The build writes it into the languages (scripts/build/locales-plugin.ts,
 * directionMessage); the popup and options pages set their `dir` from it before they are drawn.
 * Their stylesheets use logical properties, so the layout mirrors, while IDs, addresses and copied
 * texts stay left to right inside.
 */
export const DIRECTION_MESSAGE = 'dir';

/** Gives an extension page the browser's UI language and its direction, before anything is drawn. */
export function setPageLanguage(root: HTMLElement): void {
  root.lang = chrome.i18n.getUILanguage();
  root.dir = chrome.i18n.getMessage(DIRECTION_MESSAGE);
}
