/**
 * What the page's "Device state:" line says about the device, in the few kinds the advice needs.
 *
 * The page prints Unregistered, Registered, Managed or Compliant (docs/reference/error-page.md).
 * Sign-in logs and helpdesk copies also name the join type, as "Microsoft Entra joined", "Microsoft
 * Entra hybrid joined", "Microsoft Entra registered", their old "Azure AD" names, or the trust types
 * AzureAd, ServerAd and Workplace:
 * https://learn.microsoft.com/en-us/entra/identity/devices/overview and
 * https://learn.microsoft.com/en-us/graph/api/resources/device (trustType).
 * A joined device is one the organization set up itself, so it is a company computer. Anything else,
 * for example a translated word, is 'other': no rule assumes anything about it.
 */
export type DeviceKind = 'unregistered' | 'registered' | 'managed' | 'compliant' | 'company' | 'other';

const KINDS: ReadonlyArray<[RegExp, DeviceKind]> = [
  [/^unregistered$/, 'unregistered'],
  // "Workplace joined" is the old name of registering a personal device, so it comes before "joined".
  [/^(?:registered|workplace(?:[ -]?joined)?|(?:microsoft entra|azure ad) registered)$/, 'registered'],
  [/^managed$/, 'managed'],
  [/^compliant$/, 'compliant'],
  [/^(?:azuread|serverad)$|\bhybrid\b|\bdomain[ -]?joined\b|\bjoined\b/, 'company'],
];

export function deviceKindOf(deviceState: string | undefined): DeviceKind | undefined {
  const state = deviceState?.trim().toLowerCase();
  if (!state) return undefined;
  return KINDS.find(([pattern]) => pattern.test(state))?.[1] ?? 'other';
}
