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

/**
 * Microsoft's My Sign-ins page, where a person sees their own recent sign-ins: "You can always
 * access your own sign-ins history at https://mysignins.microsoft.com"
 * (docs/reference/advice-sources.md, "Self-service links"). Microsoft documents it for the global
 * cloud only; the China (21Vianet) edition of the same document leaves it out and no US Government
 * address is documented, so those clouds get none rather than a guess.
 */
const MY_SIGN_INS: Partial<Record<CloudId, string>> = { global: 'https://mysignins.microsoft.com' };

/** The My Sign-ins page of the error's cloud, where Microsoft documents one. */
export function mySignInsUrl(cloud: CloudId): string | undefined {
  return MY_SIGN_INS[cloud];
}
