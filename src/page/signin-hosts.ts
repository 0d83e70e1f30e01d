/**
 * The Microsoft Entra sign-in hosts that render the error page, by cloud.
 * Source: the authority list Microsoft ships in MSAL, `instanceDiscoveryMetadata` in
 * https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/authority/AuthorityMetadata.ts
 * (docs/reference/error-page.md §3).
 * `manifest.json` must list exactly these hosts as content-script matches; a convention
 * test keeps the two in step.
 */
export const SIGN_IN_HOSTS = {
  'login.microsoftonline.com': 'global',
  'login.microsoft.com': 'global',
  'login.windows.net': 'global',
  'login.microsoftonline.us': 'usgov',
  'login.usgovcloudapi.net': 'usgov',
  'login-us.microsoftonline.com': 'usgov',
  'login.partner.microsoftonline.cn': 'china',
  'login.chinacloudapi.cn': 'china',
  'login.microsoftonline.de': 'germany',
  'login.sovcloud-identity.fr': 'sovereign-fr',
  'login.sovcloud-identity.de': 'sovereign-de',
  'login.sovcloud-identity.sg': 'sovereign-sg',
} as const;

export type SignInHost = keyof typeof SIGN_IN_HOSTS;
export type CloudId = (typeof SIGN_IN_HOSTS)[SignInHost];

export function isSignInHost(host: string): host is SignInHost {
  return Object.hasOwn(SIGN_IN_HOSTS, host);
}

/** True only for an https URL on one of the sign-in hosts (no look-alikes, no ports). */
export function isSignInUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.port === '' && isSignInHost(parsed.hostname);
  } catch {
    return false;
  }
}

/** Microsoft's own lookup page for an error code, on the same cloud's sign-in host. */
export function errorLookupUrl(host: SignInHost, code: string): string {
  return `https://${host}/error?code=${encodeURIComponent(code)}`;
}
