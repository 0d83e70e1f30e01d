/**
 * The situation rules: what the page and the browser tell us, and what that changes in the advice.
 * Rules are small predicates, each with a comment that says what it knows, read top to bottom;
 * every matching rule contributes.
 * choose-advice.ts applies them to the code's entry in sign-in-blocks.ts.
 *
 * Sources (summarised in docs/reference/advice-sources.md):
 * - supported browsers, private windows, the certificate prompt, Firefox 133+ on macOS:
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-conditions#supported-browsers
 * - a device code never presents the device: "When you use the device-code OAuth flow, the required
 *   grant control for the managed device or a device state condition isn't supported":
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant#require-microsoft-entra-hybrid-joined-device
 * - app protection on Windows (Edge work profile, no device management):
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-all-users-windows-app-protection
 * - app protection on Android needs Company Portal as the broker:
 *   https://learn.microsoft.com/en-us/entra/identity/conditional-access/concept-conditional-access-grant#require-app-protection-policy
 */
import type { BrowserName, Detection, OsName } from '../detection/detection';
import type { MessageKey } from '../extension/i18n';
import type { CliTool } from './cli-tools';
import { CLI_TOOLS } from './cli-tools';
import type { DeviceKind } from './device-state';
import type { Check, SignInBlock } from './sign-in-blocks';
import type { StepId } from './steps';

/** What we know about the sign-in. */
export interface Situation {
  detection: Detection;
  code: string | undefined;
  block: SignInBlock;
  /** The code has its own entry (not the general one). */
  known: boolean;
  /** The system the person is using now. */
  platform: OsName;
  cliTool: CliTool | undefined;
  device: DeviceKind | undefined;
}

export interface AdviceRule {
  when: Predicate;
  /** Steps to put before the block's own steps, in this order. */
  steps?: readonly StepId[];
  /** Steps to use instead of the block's own steps (the first matching rule that has them wins). */
  insteadOfDefaults?: readonly StepId[];
  /** Steps this situation makes pointless, wherever they came from. */
  leaveOut?: readonly StepId[];
  /** Message key of a sentence added to "what happened". */
  note?: MessageKey;
}

// --- Predicates --------------------------------------------------------------------------------

type Predicate = (s: Situation) => boolean;

const all = (...predicates: Predicate[]): Predicate => (s) => predicates.every((p) => p(s));
const any = (...predicates: Predicate[]): Predicate => (s) => predicates.some((p) => p(s));
const not = (predicate: Predicate): Predicate => (s) => !predicate(s);

const isCode = (...codes: string[]): Predicate => (s) => s.code !== undefined && codes.includes(s.code);
const blockChecks = (check: Check): Predicate => (s) => s.block.checks.includes(check);
const onPlatform = (...platforms: OsName[]): Predicate => (s) => platforms.includes(s.platform);
const inBrowser = (...browsers: BrowserName[]): Predicate => (s) => browsers.includes(s.detection.browser);
const deviceIs = (...kinds: DeviceKind[]): Predicate => (s) => s.device !== undefined && kinds.includes(s.device);
const knownCode: Predicate = (s) => s.known;
const inPrivateWindow: Predicate = (s) => s.detection.privateWindow;
const signedInWith = (tool: CliTool): Predicate => (s) => s.cliTool === tool;
/** The tab showed Microsoft's code-entry page just before the error, whatever the tool was. */
const deviceCodeSeen: Predicate = (s) => s.detection.deviceCodeSignIn === true;
const codePresentsNoDevice: Predicate = (s) => s.block.deviceNotPresented === true;
const appProtectionCode = isCode('53009', '53005');

/** The page shows no device identity: "Device identifier: Not available" or "Device state: Unregistered". */
const pageSawNoDevice: Predicate = any((s) => /^not available$/i.test(s.detection.deviceId?.trim() ?? ''), deviceIs('unregistered'));

/**
 * The browser did not present the device's identity to a policy that checks the device: the code
 * says so, or the page shows no device. Not when a device code is known: then the browser was only
 * where the code was typed, and no browser setting helps. Command-line tools are no exception
 * otherwise: az login, Connect-AzAccount and Connect-MgGraph often sign in in the default browser.
 */
const browserMissedDevice: Predicate = all(blockChecks('device'), not(deviceCodeSeen), any(codePresentsNoDevice, pageSawNoDevice));

// --- Rules -------------------------------------------------------------------------------------

export const RULES: readonly AdviceRule[] = [
  {
    // A private window always fails device checks, so leaving it comes first
    when: all(inPrivateWindow, blockChecks('device'), not(deviceCodeSeen)),
    steps: ['normal_window'],
  },

  // A device code, from any tool: Microsoft's managed "Block device code flow" policy and security
  // defaults block it, and it can never pass a device check.
  {
    // A device code never passes a device check or a device-code block: sign in on the device itself
    // Not 53010: registering sign-in methods is about where and on what, not how the app signs in.
    when: all(deviceCodeSeen, knownCode, any(blockChecks('device'), blockChecks('sign-in-method')), not(isCode('53010'))),
    steps: ['sign_in_without_device_code'],
    note: 'advice_note_device_code',
  },
  {
    // After a device code, fixing this device does not help; a company device signed in directly does
    when: all(deviceCodeSeen, knownCode, blockChecks('device'), not(isCode('53003', '53010'))),
    insteadOfDefaults: ['use_company_device'],
  },
  ...CLI_TOOLS.map(
    (tool): AdviceRule => ({
      // <tool> sign-ins often use a device code, which never passes a device check
      when: all(signedInWith(tool), any(blockChecks('device'), blockChecks('sign-in-method'))),
      steps: [tool.step],
    }),
  ),

  // Supported browsers for device-based policies: Windows (Edge, Chrome with the extension, Firefox
  // with Windows SSO), macOS (Edge, Chrome, Safari; Firefox 133+ once IT sets up the SSO plug-in),
  // iOS (Edge, Safari), Android (Edge, Chrome), Linux (Edge, once set up in the Intune app).
  {
    // Chrome on Windows needs the Microsoft Single Sign On extension; Edge works too
    when: all(browserMissedDevice, onPlatform('Windows'), inBrowser('Chrome')),
    steps: ['chrome_sso_extension', 'use_edge_work_account'],
  },
  {
    // Edge on Linux passes the device only once the computer is set up in the Microsoft Intune app
    when: all(browserMissedDevice, onPlatform('Linux'), inBrowser('Edge')),
    steps: ['enroll_device'],
  },
  {
    // Edge presents the device only when signed in with the work account
    when: all(browserMissedDevice, onPlatform('Windows', 'macOS', 'Linux'), inBrowser('Edge')),
    steps: ['edge_sign_in_work_account'],
  },
  {
    // Firefox on Windows needs "Allow Windows single sign-on"
    when: all(browserMissedDevice, onPlatform('Windows'), inBrowser('Firefox')),
    steps: ['firefox_windows_sso'],
  },
  {
    // Other browsers on Windows cannot present the device
    when: all(browserMissedDevice, onPlatform('Windows'), inBrowser('Opera', 'Safari', 'Other')),
    steps: ['use_edge_work_account'],
  },
  {
    // Chrome on macOS needs the Microsoft Single Sign On extension; Safari and Edge work too
    when: all(browserMissedDevice, onPlatform('macOS'), inBrowser('Chrome')),
    steps: ['chrome_sso_extension', 'mac_use_safari_or_edge'],
  },
  {
    // Firefox on macOS passes only once IT sets up the SSO plug-in; Safari or Edge are what the person can do
    when: all(browserMissedDevice, onPlatform('macOS'), inBrowser('Firefox', 'Opera', 'Other')),
    steps: ['mac_use_safari_or_edge'],
  },
  {
    // Safari and Edge on a Mac the page did not see: the Mac needs Company Portal (it brings the SSO plug-in)
    when: all(browserMissedDevice, pageSawNoDevice, onPlatform('macOS'), inBrowser('Safari', 'Edge')),
    steps: ['enroll_device'],
  },
  {
    // On Linux only Edge can present the device
    when: all(browserMissedDevice, onPlatform('Linux'), not(inBrowser('Edge'))),
    steps: ['linux_use_edge'],
  },
  {
    // On iPhone and iPad only Safari and Edge can present the device
    when: all(browserMissedDevice, onPlatform('iOS'), not(inBrowser('Safari', 'Edge'))),
    steps: ['ios_use_safari_or_edge'],
  },
  {
    // On Android only Edge and Chrome can present the device
    when: all(browserMissedDevice, onPlatform('Android'), not(inBrowser('Edge', 'Chrome'))),
    steps: ['android_use_edge_or_chrome'],
  },
  {
    // On Apple and Android devices the browser shows the device by a certificate; cancelling its prompt hides the device
    when: all(browserMissedDevice, codePresentsNoDevice, onPlatform('macOS', 'iOS', 'Android')),
    steps: ['choose_device_certificate'],
  },

  // App protection: on Windows it lives in Edge's work profile; on Android, Company Portal is the broker.
  {
    // App protection on Windows: the Edge work profile, without handing the device to IT
    when: all(appProtectionCode, onPlatform('Windows'), inBrowser('Edge')),
    insteadOfDefaults: ['edge_windows_app_protection', 'app_protection_setup'],
  },
  {
    // App protection on Windows: Edge with the work account, set up for app protection
    when: all(appProtectionCode, onPlatform('Windows'), not(inBrowser('Edge'))),
    insteadOfDefaults: ['use_edge_work_account', 'edge_windows_app_protection', 'app_protection_setup'],
  },
  {
    // App protection on Android: Company Portal, the broker, comes first
    when: all(appProtectionCode, onPlatform('Android')),
    insteadOfDefaults: ['install_broker_app', 'use_approved_app', 'app_protection_setup'],
  },

  // What "Device state" says about a 53003 block, whose policy may look at anything. A Block policy
  // is not a "require compliant device" policy (that one fails with 53000), so enrolling is the
  // least likely fix. After a device code the state is the browser's, not the tool's: no note.
  {
    // Compliant: the device is fine, so the block is about the place, the app, the account or the sign-in
    when: all(isCode('53003'), deviceIs('compliant'), not(deviceCodeSeen)),
    insteadOfDefaults: ['office_network', 'check_account'],
    note: 'advice_note_device_passed',
  },
  {
    // Joined: a company computer, so the block is about something else
    when: all(isCode('53003'), deviceIs('company'), not(deviceCodeSeen)),
    insteadOfDefaults: ['office_network', 'check_account'],
    note: 'advice_note_device_company',
  },
  {
    // Registered: most likely the place or the app; a managed device last
    when: all(isCode('53003'), deviceIs('registered'), not(deviceCodeSeen)),
    insteadOfDefaults: ['office_network', 'use_company_device', 'enroll_device'],
    note: 'advice_note_device_known',
  },
  {
    // Managed: the device may not be compliant right now
    when: all(isCode('53003'), deviceIs('managed'), not(deviceCodeSeen)),
    insteadOfDefaults: ['company_portal_fix', 'company_portal_sync', 'office_network'],
    note: 'advice_note_device_managed',
  },
  {
    // No device seen: not registered, or the browser did not show it
    when: all(isCode('53003'), pageSawNoDevice, not(deviceCodeSeen)),
    note: 'advice_note_device_not_seen',
  },
  {
    // A joined computer is already the organization’s: never send it to a company computer or to enrolment
    when: deviceIs('company'),
    leaveOut: ['use_company_device', 'enroll_device', 'register_device'],
  },
];
