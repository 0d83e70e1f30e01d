/**
 * What each Microsoft Entra sign-in block means and what helps, as data in one place.
 *
 * Facts: Microsoft's error-code reference and Conditional Access docs (each entry's `source`),
 * summarised in docs/reference/conditional-access-errors.md. The words people read live in
 * src/locales/<lang>/blocks.json (`block_<code>_title`, `_what`, `_tell_it`); the steps in steps.ts.
 * choose-advice.ts tailors the default steps to what the page and the browser tell us.
 */
import type { KeyPart, MessageKey } from '../extension/message-key';
import type { StepId } from './steps';

/**
 * Who can make the block go away. 'it' and 'app-owner' mean nothing the person does would help
 * ('app-owner': the app itself is set up wrongly, so only the people who run it can fix it);
 * 'unknown' is for codes without an entry, where saying "you may be able to fix this" would be a guess.
 */
export type WhoCanFix = 'you' | 'both' | 'it' | 'app-owner' | 'unknown';

/** What the blocking policy looks at. The situation rules in choose-advice.ts key on these. */
export type Check =
  | 'device' // the device's identity, registration, management or compliance
  | 'location' // the network or country the person signs in from
  | 'app' // the client app
  | 'sign-in-method' // how the person signs in, e.g. device code or legacy protocols
  | 'risk' // Identity Protection risk on the account
  | 'mfa' // a second factor
  | 'assignment' // whether the person is allowed into the app at all
  | 'organization-policy'; // a tenant-wide decision only IT can see

export interface DocLink {
  title: string;
  url: string;
}

export interface SignInBlock {
  /** Microsoft's error string, e.g. "BlockedByConditionalAccess"; absent where Microsoft publishes none. */
  officialName?: string;
  titleKey: MessageKey;
  whatKey: MessageKey;
  tellItKey: MessageKey;
  whoCanFix: WhoCanFix;
  /** Steps in order, before tailoring. Empty exactly when only IT or the app's owner can fix it. */
  steps: readonly StepId[];
  checks: readonly Check[];
  /** The code itself means the browser did not present the device's identity, whatever the page shows. */
  deviceNotPresented?: boolean;
  /**
   * Microsoft's page for this code has the Conditional Access troubleshooting panel with
   * "Enable flagging" (the codes of the Conditional Access family).
   */
  pageHasFlagging: boolean;
  /** The Microsoft document the entry rests on. */
  source: DocLink;
}

const LEARN = 'https://learn.microsoft.com/en-us/entra';

export const DOCS = {
  errorCodes: { title: 'Microsoft Entra authentication and authorization error codes', url: `${LEARN}/identity-platform/reference-error-codes` },
  troubleshootConditionalAccess: {
    title: 'Troubleshooting sign-in problems with Conditional Access',
    url: `${LEARN}/identity/conditional-access/troubleshoot-conditional-access`,
  },
  supportedBrowsers: {
    title: 'Conditional Access conditions: supported browsers',
    url: `${LEARN}/identity/conditional-access/concept-conditional-access-conditions#supported-browsers`,
  },
  devicePlatforms: {
    title: 'Conditional Access conditions: device platforms',
    url: `${LEARN}/identity/conditional-access/concept-conditional-access-conditions#device-platforms`,
  },
  grant: { title: 'Conditional Access: Grant', url: `${LEARN}/identity/conditional-access/concept-conditional-access-grant` },
  grantCompliantDevice: {
    title: 'Conditional Access grant: require device to be marked as compliant',
    url: `${LEARN}/identity/conditional-access/concept-conditional-access-grant#require-device-to-be-marked-as-compliant`,
  },
  grantHybridJoinedDevice: {
    title: 'Conditional Access grant: require Microsoft Entra hybrid joined device',
    url: `${LEARN}/identity/conditional-access/concept-conditional-access-grant#require-microsoft-entra-hybrid-joined-device`,
  },
  grantApprovedApp: {
    title: 'Conditional Access grant: require approved client app',
    url: `${LEARN}/identity/conditional-access/concept-conditional-access-grant#require-approved-client-app`,
  },
  grantAppProtection: {
    title: 'Conditional Access grant: require app protection policy',
    url: `${LEARN}/identity/conditional-access/concept-conditional-access-grant#require-app-protection-policy`,
  },
  protocolTracking: {
    title: 'Conditional Access: Authentication flows, troubleshooting unexpected blocks',
    url: `${LEARN}/identity/conditional-access/concept-authentication-flows#troubleshooting-unexpected-blocks`,
  },
  securityInfoRegistration: {
    title: 'Conditional Access policy: Securing security info registration',
    url: `${LEARN}/identity/conditional-access/policy-all-users-security-info-registration`,
  },
  crossTenantAccess: { title: 'Cross-tenant access overview', url: `${LEARN}/external-id/cross-tenant-access-overview` },
  authenticationStrengthTroubleshooting: {
    title: 'Troubleshoot Conditional Access authentication strengths',
    url: `${LEARN}/identity/authentication/troubleshoot-authentication-strengths`,
  },
  remediateRisk: { title: 'Remediate risks and unblock users', url: `${LEARN}/id-protection/howto-identity-protection-remediate-unblock` },
  guestRisk: { title: 'Identity Protection and B2B users', url: `${LEARN}/id-protection/concept-identity-protection-b2b` },
  securityDefaults: { title: 'Security defaults in Microsoft Entra ID', url: `${LEARN}/fundamentals/security-defaults` },
  securityInfo: {
    title: 'Combined security information registration',
    url: `${LEARN}/identity/authentication/concept-registration-mfa-sspr-combined`,
  },
  assignUsers: {
    title: 'Manage users and groups assignment to an application',
    url: `${LEARN}/identity/enterprise-apps/assign-user-or-group-access-portal`,
  },
  registeredDevices: { title: 'Microsoft Entra registered devices', url: `${LEARN}/identity/devices/concept-device-registration` },
  manageDevices: { title: 'Manage device identities', url: `${LEARN}/identity/devices/manage-device-identities` },
} satisfies Record<string, DocLink>;

/** The codes blocks.json has a title for; `textOf` below does not compile for a code whose `_what` or `_tell_it` is missing. */
type BlockTextCode = KeyPart<'block_', '_title'>;

/** The three message keys of a code's text. Codes that mean the same thing share one code's text. */
const textOf = (code: BlockTextCode) => ({
  titleKey: `block_${code}_title` as const,
  whatKey: `block_${code}_what` as const,
  tellItKey: `block_${code}_tell_it` as const,
});

const COMPLIANT_DEVICE_STEPS: readonly StepId[] = ['company_portal_fix', 'company_portal_sync', 'use_company_device'];
const APP_PROTECTION_STEPS: readonly StepId[] = ['use_approved_app', 'app_protection_setup', 'install_broker_app'];

/**
 * A code's entry as written below: its texts are `block_<code>_*` in blocks.json, or another
 * code's where both mean the same thing (`sameTextAs`). test/unit/sign-in-blocks.test.ts checks
 * that each code's three texts exist.
 */
type BlockEntry = Omit<SignInBlock, 'titleKey' | 'whatKey' | 'tellItKey'> & { sameTextAs?: BlockTextCode };

const BLOCK_ENTRIES: Readonly<Record<string, BlockEntry>> = {
  // --- Conditional Access: the device
  '53000': {
    officialName: 'DeviceNotCompliant',
    whoCanFix: 'both',
    steps: COMPLIANT_DEVICE_STEPS,
    checks: ['device'],
    pageHasFlagging: true,
    source: DOCS.grantCompliantDevice,
  },
  '530002': {
    // "Your device is required to be compliant to access this resource": 53000 by another number
    // (seen in real captures; the error-code reference does not list it).
    sameTextAs: '53000',
    whoCanFix: 'both',
    steps: COMPLIANT_DEVICE_STEPS,
    checks: ['device'],
    pageHasFlagging: true,
    source: DOCS.grantCompliantDevice,
  },
  '53001': {
    officialName: 'DeviceNotDomainJoined',
    whoCanFix: 'both',
    steps: ['use_company_device'],
    checks: ['device'],
    pageHasFlagging: true,
    source: DOCS.grantHybridJoinedDevice,
  },
  '530003': {
    // "Your device is required to be managed to access this resource" (real captures, often from a
    // device-code or container sign-in; choose-advice.ts puts the device-code step first when it knows).
    whoCanFix: 'both',
    steps: ['enroll_device', 'use_company_device'],
    checks: ['device', 'sign-in-method'],
    pageHasFlagging: true,
    source: DOCS.grant,
  },
  '530001': {
    // "You can't get there from here": the browser cannot present the device for a device-based policy.
    whoCanFix: 'both',
    steps: ['use_company_device'],
    checks: ['device'],
    deviceNotPresented: true,
    pageHasFlagging: true,
    source: DOCS.supportedBrowsers,
  },
  '530004': {
    // "AcceptCompliantDevice setting isn't configured for this organization": a guest met a device
    // rule of the organization being visited, which does not trust the guest's home device status.
    // Only that organization's admins can change its cross-tenant trust settings:
    // https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/error-code-aadsts530004-acceptcompliantdevice-setting-not-configured
    whoCanFix: 'it',
    steps: [],
    checks: ['device'],
    pageHasFlagging: true,
    source: DOCS.crossTenantAccess,
  },

  // --- Conditional Access: the app
  '53002': {
    officialName: 'ApplicationUsedIsNotAnApprovedApp',
    whoCanFix: 'you',
    steps: ['use_approved_app', 'install_broker_app'],
    checks: ['app'],
    pageHasFlagging: true,
    source: DOCS.grantApprovedApp,
  },
  '53009': {
    // Microsoft's troubleshooting table: "Application needs to enforce Intune protection policies".
    whoCanFix: 'you',
    steps: APP_PROTECTION_STEPS,
    checks: ['app'],
    pageHasFlagging: true,
    source: DOCS.grantAppProtection,
  },
  '53005': {
    // "Application needs to enforce Intune protection policies", the number apps and Edge receive
    // for the same requirement as 53009 (Microsoft's MSAL libraries; not in the error-code reference).
    sameTextAs: '53009',
    whoCanFix: 'you',
    steps: APP_PROTECTION_STEPS,
    checks: ['app'],
    pageHasFlagging: true,
    source: DOCS.grantAppProtection,
  },

  // --- Conditional Access: any condition
  '53003': {
    officialName: 'BlockedByConditionalAccess',
    whoCanFix: 'both',
    steps: ['office_network', 'use_company_device'],
    checks: ['device', 'location', 'app', 'sign-in-method'],
    pageHasFlagging: true,
    source: DOCS.troubleshootConditionalAccess,
  },

  // --- Conditional Access: the way of signing in
  '530033': {
    // Remote device (device code) flow blocked by a device-based policy. "When you use the
    // device-code OAuth flow, the required grant control for the managed device or a device state
    // condition isn't supported" (the grant doc). 'both': on a headless host or in a container the
    // person may have no browser to sign in with.
    whoCanFix: 'both',
    steps: ['sign_in_without_device_code'],
    checks: ['sign-in-method'],
    pageHasFlagging: true,
    source: DOCS.grantHybridJoinedDevice,
  },
  '530035': {
    officialName: 'BlockedBySecurityDefaults',
    whoCanFix: 'you',
    steps: ['sign_in_without_device_code', 'update_old_app'],
    checks: ['sign-in-method'],
    pageHasFlagging: true,
    source: DOCS.securityDefaults,
  },
  '530036': {
    // "The refresh token is invalid due to authentication flow checks by Conditional Access ... the
    // token will never be usable and should be deleted": a saved sign-in that once used a device code
    // ("protocol tracking"). A fresh sign-in without a device code is the way back. It comes from a
    // tool or an app, seldom from a page with the flagging panel.
    whoCanFix: 'both',
    steps: ['clear_saved_sign_in'],
    checks: ['sign-in-method'],
    pageHasFlagging: false,
    source: DOCS.protocolTracking,
  },

  // --- Registering sign-in methods
  '53004': {
    officialName: 'ProofUpBlockedDueToRisk',
    whoCanFix: 'it',
    steps: [],
    checks: ['risk'],
    pageHasFlagging: true,
    source: DOCS.remediateRisk,
  },
  '53010': {
    officialName: 'ProofUpBlockedDueToSecurityInfoAcr',
    whoCanFix: 'both',
    steps: ['set_up_security_info_at_office', 'ask_temporary_access_pass'],
    checks: ['location', 'device'],
    pageHasFlagging: true,
    source: DOCS.securityInfoRegistration,
  },

  // --- Risk on the account
  '53011': {
    // "User blocked due to risk on home tenant." A guest can usually fix it with self-service
    // password reset at home: "If your organization enables it, you can use self-service password
    // reset to unblock your account" (Identity Protection and B2B users).
    whoCanFix: 'both',
    steps: ['reset_password_sspr'],
    checks: ['risk'],
    pageHasFlagging: true,
    source: DOCS.guestRisk,
  },
  '530034': {
    // The partner admin's account risk at home. "A password reset through SSPR also remediates user
    // risk" (Remediate risks); that it unblocks this code too is the project's inference.
    officialName: 'DelegatedAdminBlockedDueToSuspiciousActivity',
    whoCanFix: 'both',
    steps: ['reset_password_sspr'],
    checks: ['risk'],
    pageHasFlagging: true,
    source: DOCS.remediateRisk,
  },
  '50053': {
    // Two causes under one number: too many wrong passwords (IdsLocked), or "sign-in was blocked
    // because it came from an IP address with malicious activity". Microsoft publishes no single name.
    whoCanFix: 'both',
    steps: ['wait_then_change_network'],
    checks: ['risk', 'location'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },

  // --- Organization-wide policy: only IT
  '530032': {
    officialName: 'BlockedByConditionalAccessOnSecurityPolicy',
    whoCanFix: 'it',
    steps: [],
    checks: ['organization-policy'],
    pageHasFlagging: true,
    source: DOCS.errorCodes,
  },
  '50131': {
    officialName: 'ConditionalAccessFailed',
    whoCanFix: 'it',
    steps: [],
    checks: ['organization-policy'],
    pageHasFlagging: false,
    source: DOCS.troubleshootConditionalAccess,
  },
  '50105': {
    // Not Conditional Access, but often taken for it. Signing in with another account can help.
    officialName: 'EntitlementGrantsNotFound',
    whoCanFix: 'both',
    steps: ['check_account'],
    checks: ['assignment'],
    pageHasFlagging: false,
    source: DOCS.assignUsers,
  },

  // --- The wrong account, or a guest: not Conditional Access
  '50020': {
    // "User account ... does not exist in tenant ... Sign out and sign in again with a different
    // Microsoft Entra user account", or be invited as a guest by the organization that owns the app.
    officialName: 'UserUnauthorized',
    whoCanFix: 'both',
    steps: ['check_account'],
    checks: ['assignment'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '16000': {
    // The same words as 50020; "fairly common when you ... sign in ... by using personal Microsoft Account".
    officialName: 'InteractionRequired',
    sameTextAs: '50020',
    whoCanFix: 'both',
    steps: ['check_account'],
    checks: ['assignment'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '50034': {
    // "The user mis-typed their username, or isn't in the tenant": the same advice as 50020.
    officialName: 'UserAccountNotFound',
    sameTextAs: '50020',
    whoCanFix: 'both',
    steps: ['check_account'],
    checks: ['assignment'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '500208': {
    // "The domain is not a valid login domain for the account type", e.g. a personal Microsoft
    // account where only work or school accounts are allowed. No official name is published.
    whoCanFix: 'you',
    steps: ['check_account'],
    checks: ['assignment'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '500212': {
    // The guest's own (home) admins do not allow access to the organization being visited.
    officialName: 'NotAllowedByOutboundPolicyTenant',
    whoCanFix: 'it',
    steps: [],
    checks: ['organization-policy'],
    pageHasFlagging: false,
    source: DOCS.crossTenantAccess,
  },
  '500213': {
    // The organization being visited does not let this guest in.
    officialName: 'NotAllowedByInboundPolicyTenant',
    whoCanFix: 'it',
    steps: [],
    checks: ['organization-policy'],
    pageHasFlagging: false,
    source: DOCS.crossTenantAccess,
  },

  // --- The app itself is set up wrongly: only the people who run the app can fix it
  '700016': {
    officialName: 'UnauthorizedClient_DoesNotMatchRequest',
    sameTextAs: 'app',
    whoCanFix: 'app-owner',
    steps: [],
    checks: ['app'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '50011': {
    officialName: 'InvalidReplyTo',
    sameTextAs: 'app',
    whoCanFix: 'app-owner',
    steps: [],
    checks: ['app'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '7000112': {
    officialName: 'UnauthorizedClientApplicationDisabled',
    sameTextAs: 'app',
    whoCanFix: 'app-owner',
    steps: [],
    checks: ['app'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '900023': {
    // "Specified tenant identifier '…' is neither a valid DNS name, nor a valid external domain": the
    // app asked for an organization that does not exist (real capture test/fixtures/900023-new-ui;
    // the error-code reference does not list this number).
    sameTextAs: 'app',
    whoCanFix: 'app-owner',
    steps: [],
    checks: ['app'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
  '500014': {
    officialName: 'InvalidResourceServicePrincipalDisabled',
    sameTextAs: 'app',
    whoCanFix: 'app-owner',
    steps: [],
    checks: ['app'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },

  // --- Device authentication, outside Conditional Access's own page
  '50005': {
    // The platform is read from the user agent, which "can be modified" and "isn't verified".
    officialName: 'DevicePolicyError',
    whoCanFix: 'both',
    steps: ['browser_identity_unchanged', 'use_company_device'],
    checks: ['device'],
    pageHasFlagging: false,
    source: DOCS.devicePlatforms,
  },
  '50097': {
    officialName: 'DeviceAuthenticationRequired',
    whoCanFix: 'both',
    steps: ['use_company_device'],
    checks: ['device'],
    deviceNotPresented: true,
    pageHasFlagging: false,
    source: DOCS.supportedBrowsers,
  },
  '50129': {
    officialName: 'DeviceIsNotWorkplaceJoined',
    whoCanFix: 'both',
    steps: ['register_device', 'use_company_device'],
    checks: ['device'],
    pageHasFlagging: false,
    source: DOCS.registeredDevices,
  },
  '50155': {
    officialName: 'DeviceAuthenticationFailed',
    whoCanFix: 'both',
    steps: ['restart_device', 'use_company_device'],
    checks: ['device'],
    pageHasFlagging: false,
    source: DOCS.manageDevices,
  },
  '50187': {
    officialName: 'DeviceInformationNotProvided',
    whoCanFix: 'both',
    steps: ['restart_device', 'use_company_device'],
    checks: ['device'],
    deviceNotPresented: true,
    pageHasFlagging: false,
    source: DOCS.supportedBrowsers,
  },
  '135011': {
    // "Device used during the authentication is disabled."
    whoCanFix: 'it',
    steps: [],
    checks: ['device'],
    pageHasFlagging: false,
    source: DOCS.manageDevices,
  },

  // --- A second factor
  '50076': {
    // Also when the rule wants a stronger method: "restart the session, select Sign-in options"
    // (troubleshooting authentication strengths). A new or lost phone needs IT.
    officialName: 'UserStrongAuthClientAuthNRequired',
    whoCanFix: 'both',
    steps: ['complete_extra_check', 'lost_phone'],
    checks: ['mfa'],
    pageHasFlagging: false,
    source: DOCS.authenticationStrengthTroubleshooting,
  },
  '50079': {
    officialName: 'UserStrongAuthEnrollmentRequired',
    whoCanFix: 'you',
    steps: ['set_up_security_info'],
    checks: ['mfa'],
    pageHasFlagging: false,
    source: DOCS.securityInfo,
  },
  '50158': {
    // "Redirected to another page (such as terms of use or a third party MFA provider)".
    officialName: 'ExternalSecurityChallenge',
    whoCanFix: 'you',
    steps: ['complete_external_check'],
    checks: ['mfa'],
    pageHasFlagging: false,
    source: DOCS.errorCodes,
  },
};

export const SIGN_IN_BLOCKS: Readonly<Record<string, SignInBlock>> = Object.fromEntries(
  Object.entries(BLOCK_ENTRIES).map(([code, { sameTextAs, ...entry }]) => [code, { ...entry, ...textOf(sameTextAs ?? (code as BlockTextCode)) }]),
);

/**
 * Any other code, or none. It may be about anything, so it counts as checking the device: the
 * rules that need evidence from the page (a private window, "Device state: Unregistered") still apply.
 */
export const GENERAL_BLOCK: SignInBlock = {
  ...textOf('general'),
  whoCanFix: 'unknown',
  // The most common errors without an entry are about the account, so checking it comes first.
  steps: ['check_account', 'try_again_later'],
  checks: ['device'],
  pageHasFlagging: false,
  source: DOCS.errorCodes,
};

/** Title of the general entry when the page showed no code at all (the general title names the code). */
export const GENERAL_TITLE_WITHOUT_CODE_KEY = 'block_general_title_no_code';

export function findBlock(code: string | undefined): SignInBlock | undefined {
  return code !== undefined && Object.hasOwn(SIGN_IN_BLOCKS, code) ? SIGN_IN_BLOCKS[code] : undefined;
}
