/**
 * Fixed extension ids, so policy files can name the extension before it is installed.
 * Chrome/Edge: the manifest's `key` (a public key; no private key is kept in this repository)
 * fixes the id of unpacked and self-hosted builds. The stores assign their own ids, which
 * admins take from the store listing; store builds drop `key` (see docs/admin).
 * Firefox: the gecko id is fixed in the manifest and is the same everywhere.
 */
export const UNPACKED_CHROME_ID = 'ocbgeekbphhkimakfdeopelbekegpkad';
export const GECKO_ID = '{5d0c6b1e-7c5a-4f7e-9a43-2f9b5c1e8a61}';
