import ids from './extension-ids.json' with { type: 'json' };

/**
 * Fixed extension ids, so policy files can name the extension before it is installed.
 * Chrome/Edge: the manifest's `key` (a public key; no private key is kept in this repository)
 * fixes the id of unpacked and self-hosted builds. The stores assign their own ids, which
 * admins take from the store listing; store builds drop `key` (see docs/admin).
 * Firefox: the gecko id is fixed in the manifest and is the same everywhere.
 * The values live in extension-ids.json, which plain Node scripts (test/e2e/firefox-with-extension.mjs) import too.
 */
export const UNPACKED_CHROME_ID: string = ids.unpackedChrome;
export const GECKO_ID: string = ids.gecko;
