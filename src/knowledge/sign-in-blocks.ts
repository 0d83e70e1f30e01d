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

/** Who can make the block go away. 'it' means nothing the person does would help. */
export type WhoCanFix = 'you' | 'it' | 'both';

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
  /** Steps in order, before tailoring. Empty exactly when only IT can fix it. */
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
  authenticationFlows: {
    title: 'Conditional Access: Authentication flows',
    url: `${LEARN}/identity/conditional-access/concept-authentication-flows`,
  },
  securityInfoRegistration: {
    title: 'Common Conditional Access policy: Securing security info registration',
    url: `${LEARN}/identity/conditional-access/howto-conditional-access-policy-registration`,
  },
  remediateRisk: { title: 'Remediate risks and unblock users', url: `${LEARN}/id-protection/howto-identity-protection-remediate-unblock` },
  guestRisk: { title: 'Identity Protection and B2B users', url: `${LEARN}/id-protection/concept-identity-protection-b2b` },
  securityDefaults: { title: 'Security defaults in Microsoft Entra ID', url: `${LEARN}/fundamentals/security-defaults` },
  mfa: { title: 'How it works: Microsoft Entra multifactor authentication', url: `${LEARN}/identity/authentication/concept-mfa-howitworks` },
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
    // "Your device is required to be compliant to access this resource": 53000 by another number.
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
    // "Your device is required to be managed to access this resource."
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
    steps: ['use_approved_app', 'app_protection_setup', 'install_broker_app'],
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
    // Remote device (device code) flow blocked by a device-based policy.
    whoCanFix: 'you',
    steps: ['sign_in_without_device_code'],
    checks: ['sign-in-method'],
    pageHasFlagging: true,
    source: DOCS.authenticationFlows,
  },
  '530035': {
    officialName: 'BlockedBySecurityDefaults',
    whoCanFix: 'you',
    steps: ['sign_in_without_device_code', 'update_old_app'],
    checks: ['sign-in-method'],
    pageHasFlagging: true,
    source: DOCS.securityDefaults,
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

  // --- Risk and organization-wide policy: only IT
  '53011': {
    // "User blocked due to risk on home tenant."
    whoCanFix: 'it',
    steps: [],
    checks: ['risk'],
    pageHasFlagging: true,
    source: DOCS.guestRisk,
  },
  '530034': {
    officialName: 'DelegatedAdminBlockedDueToSuspiciousActivity',
    whoCanFix: 'it',
    steps: [],
    checks: ['risk'],
    pageHasFlagging: true,
    source: DOCS.errorCodes,
  },
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
    // Not Conditional Access, but often taken for it.
    officialName: 'EntitlementGrantsNotFound',
    whoCanFix: 'it',
    steps: [],
    checks: ['assignment'],
    pageHasFlagging: false,
    source: DOCS.assignUsers,
  },

  // --- Device authentication, outside Conditional Access's own page
  '50005': {
    officialName: 'DevicePolicyError',
    whoCanFix: 'both',
    steps: ['use_company_device'],
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
    officialName: 'UserStrongAuthClientAuthNRequired',
    whoCanFix: 'you',
    steps: ['complete_extra_check'],
    checks: ['mfa'],
    pageHasFlagging: false,
    source: DOCS.mfa,
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
  whoCanFix: 'both',
  steps: ['try_again_later', 'check_account'],
  checks: ['device'],
  pageHasFlagging: false,
  source: DOCS.errorCodes,
};

/** Title of the general entry when the page showed no code at all (the general title names the code). */
export const GENERAL_TITLE_WITHOUT_CODE_KEY = 'block_general_title_no_code';

export function findBlock(code: string | undefined): SignInBlock | undefined {
  return code !== undefined && Object.hasOwn(SIGN_IN_BLOCKS, code) ? SIGN_IN_BLOCKS[code] : undefined;
}
