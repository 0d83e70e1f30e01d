import { describe, expect, it } from 'vitest';
import type { KeyPart } from '../../src/extension/message-key';
import type { BrowserName, Detection, OsName } from '../../src/detection/detection';
import { MAX_STEPS, chooseAdvice } from '../../src/knowledge/choose-advice';
import { CLI_TOOLS } from '../../src/knowledge/cli-tools';
import { adviceSummaryForTicket, ticketAdvice } from '../../src/ticket/advice-summary';
import { SIGN_IN_BLOCKS, type WhoCanFix } from '../../src/knowledge/sign-in-blocks';
import type { StepId } from '../../src/knowledge/steps';
import { errorLookupUrl } from '../../src/page/signin-hosts';
import { fixture as loadFixture } from '../fixtures/index.mjs';
import { english } from './helpers/english';

const GUID = '0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7';
const AZURE_CLI = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';
const REQUEST_ID = 'f3e1c2a4-5b6d-4e7f-8a9b-0c1d2e3f4a5b';

function detection(given: Partial<Detection> = {}): Detection {
  return {
    tabId: 1,
    host: 'login.microsoftonline.com',
    cloud: 'global',
    capturedAt: '2026-01-20T21:33:20.000Z',
    timestampSource: 'page',
    browser: 'Edge',
    os: 'Windows',
    privateWindow: false,
    requestId: REQUEST_ID,
    ...given,
  };
}

/** What the page shows when the browser presented no device. */
const noDevice = { deviceId: 'Not available', deviceState: 'Unregistered' } as const;
const stepIds = (given: Partial<Detection>) => chooseAdvice(detection(given), english).steps.map((step) => step.id);

// code × device state × platform × browser × app × private window × device code -> steps, in order.
const CASES: Array<[string, Partial<Detection>, StepId[]]> = [
  // The browser did not present the device (53003, "Device identifier: Not available").
  ['53003, Chrome on Windows, no device', { errorCode: '53003', browser: 'Chrome', os: 'Windows', devicePlatform: 'Windows 10', appName: 'Microsoft Teams', ...noDevice },
    ['chrome_sso_extension', 'use_edge_work_account', 'office_network', 'use_company_device']],
  ['53003, Edge on Windows, no device', { errorCode: '53003', browser: 'Edge', os: 'Windows', ...noDevice },
    ['edge_sign_in_work_account', 'office_network', 'use_company_device']],
  ['53003, Firefox on Windows, no device', { errorCode: '53003', browser: 'Firefox', os: 'Windows', ...noDevice },
    ['firefox_windows_sso', 'office_network', 'use_company_device']],
  ['53003, Opera on Windows, no device', { errorCode: '53003', browser: 'Opera', os: 'Windows', ...noDevice },
    ['use_edge_work_account', 'office_network', 'use_company_device']],
  ['53003, Chrome on macOS, no device', { errorCode: '53003', browser: 'Chrome', os: 'macOS', ...noDevice },
    ['chrome_sso_extension', 'mac_use_safari_or_edge', 'office_network', 'use_company_device']],
  ['53003, Firefox on macOS, no device: Safari or Edge until IT sets Firefox up', { errorCode: '53003', browser: 'Firefox', os: 'macOS', ...noDevice },
    ['mac_use_safari_or_edge', 'office_network', 'use_company_device']],
  ['53003, Safari on macOS, no device: the Mac needs Company Portal', { errorCode: '53003', browser: 'Safari', os: 'macOS', ...noDevice },
    ['enroll_device', 'office_network', 'use_company_device']],
  ['53003, Edge on macOS, no device: the Edge profile, then Company Portal', { errorCode: '53003', browser: 'Edge', os: 'macOS', ...noDevice },
    ['edge_sign_in_work_account', 'enroll_device', 'office_network', 'use_company_device']],
  ['53003, Firefox on Linux, no device', { errorCode: '53003', browser: 'Firefox', os: 'Linux', ...noDevice },
    ['linux_use_edge', 'office_network', 'use_company_device']],
  ['53003, Chrome on Linux, only an identifier "Not available"', { errorCode: '53003', browser: 'Chrome', os: 'Linux', deviceId: 'Not available' },
    ['linux_use_edge', 'office_network', 'use_company_device']],
  ['53003, Edge on Linux, no device: the Intune app first, then the Edge profile', { errorCode: '53003', browser: 'Edge', os: 'Linux', ...noDevice },
    ['linux_intune_enroll', 'edge_sign_in_work_account', 'office_network', 'use_company_device']],
  ['53003, Chrome on iPhone, no device', { errorCode: '53003', browser: 'Chrome', os: 'iOS', ...noDevice },
    ['ios_use_safari_or_edge', 'office_network', 'use_company_device']],
  ['53003, Firefox on Android, no device', { errorCode: '53003', browser: 'Firefox', os: 'Android', ...noDevice },
    ['android_use_edge_or_chrome', 'office_network', 'use_company_device']],
  ['53003, unknown system, page says Windows 10, Chrome', { errorCode: '53003', browser: 'Chrome', os: 'Other', devicePlatform: 'Windows 10', ...noDevice },
    ['chrome_sso_extension', 'use_edge_work_account', 'office_network', 'use_company_device']],
  ['code given as AADSTS53003', { errorCode: 'AADSTS53003', browser: 'Edge', os: 'Windows', ...noDevice },
    ['edge_sign_in_work_account', 'office_network', 'use_company_device']],

  // A private window: leaving it comes first.
  ['53003, private Edge window on Windows', { errorCode: '53003', browser: 'Edge', os: 'Windows', privateWindow: true, ...noDevice },
    ['normal_window', 'edge_sign_in_work_account', 'office_network', 'use_company_device']],
  ['53003, Chrome Incognito on Windows', { errorCode: '53003', browser: 'Chrome', os: 'Windows', privateWindow: true, ...noDevice },
    ['normal_window', 'chrome_sso_extension', 'use_edge_work_account', 'office_network', 'use_company_device']],
  ['53000, Chrome Incognito on Windows: at most five steps', { errorCode: '53000', browser: 'Chrome', os: 'Windows', privateWindow: true, ...noDevice },
    ['normal_window', 'chrome_sso_extension', 'use_edge_work_account', 'company_portal_fix', 'company_portal_sync']],
  ['53010, private window', { errorCode: '53010', privateWindow: true }, ['normal_window', 'set_up_security_info_at_office', 'ask_temporary_access_pass']],
  ['unknown code, private window', { errorCode: '90023', privateWindow: true }, ['normal_window', 'check_account', 'try_again_later']],
  ['no code, private window', { privateWindow: true }, ['normal_window', 'check_account', 'try_again_later']],
  ['50076, private window: not about the device', { errorCode: '50076', privateWindow: true }, ['complete_extra_check', 'lost_phone']],

  // What "Device state" says about a 53003 block: a Block policy is not a compliance policy, so enrolling comes last.
  ['53003, Compliant: the device is fine; the place, or the account', { errorCode: '53003', deviceId: GUID, deviceState: 'Compliant' }, ['office_network', 'check_account']],
  ['53003, Registered: the place first, enrolling last', { errorCode: '53003', deviceId: GUID, deviceState: 'Registered', devicePlatform: 'Windows 10' },
    ['office_network', 'use_company_device', 'enroll_device']],
  ['53003, Managed: maybe not compliant now', { errorCode: '53003', deviceId: GUID, deviceState: 'Managed' },
    ['company_portal_fix', 'company_portal_sync', 'office_network']],
  ['53003, device lines absent', { errorCode: '53003' }, ['office_network', 'use_company_device']],

  // Device states beyond the four the page prints: a joined computer is the organization's own.
  ['53003, Microsoft Entra hybrid joined', { errorCode: '53003', deviceId: GUID, deviceState: 'Microsoft Entra hybrid joined' }, ['office_network', 'check_account']],
  ['53003, DomainJoined, Chrome', { errorCode: '53003', browser: 'Chrome', deviceId: GUID, deviceState: 'DomainJoined' }, ['office_network', 'check_account']],
  ['53003, Azure AD joined', { errorCode: '53003', deviceId: GUID, deviceState: 'Azure AD joined' }, ['office_network', 'check_account']],
  ['53000, Hybrid Azure AD joined: fix it in Company Portal, no other computer', { errorCode: '53000', deviceId: GUID, deviceState: 'Hybrid Azure AD joined' },
    ['company_portal_fix', 'company_portal_sync']],
  ['530003, Joined: no enrolment, no other computer, so only IT', { errorCode: '530003', deviceId: GUID, deviceState: 'Joined' }, []],
  ['50129, ServerAd (a trust type): never "connect this device"', { errorCode: '50129', deviceId: GUID, deviceState: 'ServerAd' }, []],
  ['53001, Hybrid Azure AD joined: only IT can tell why', { errorCode: '53001', deviceId: GUID, deviceState: 'Hybrid Azure AD joined' }, []],
  ['530001, Chrome, hybrid joined: the browser fix still applies', { errorCode: '530001', browser: 'Chrome', deviceId: GUID, deviceState: 'Microsoft Entra hybrid joined' },
    ['chrome_sso_extension', 'use_edge_work_account']],
  ['53003, Workplace joined is registered, not joined', { errorCode: '53003', deviceId: GUID, deviceState: 'Workplace joined' }, ['office_network', 'use_company_device', 'enroll_device']],
  ['53003, a state the extension does not know (a translation): the defaults, no note', { errorCode: '53003', deviceId: GUID, deviceState: 'Registriert' },
    ['office_network', 'use_company_device']],

  // Command-line tools: sign in interactively; in the browser, the browser fixes still apply.
  ['53003, Azure CLI by app id in Chrome (real page: Not available, Unregistered, Windows 10)',
    { errorCode: '53003', browser: 'Chrome', os: 'Windows', appName: 'Microsoft Azure CLI', appId: AZURE_CLI, devicePlatform: 'Windows 10', ...noDevice },
    ['sign_in_azure_cli', 'chrome_sso_extension', 'use_edge_work_account', 'office_network', 'use_company_device']],
  ['53003, Azure CLI by app id only', { errorCode: '53003', appId: AZURE_CLI.toUpperCase(), ...noDevice },
    ['sign_in_azure_cli', 'edge_sign_in_work_account', 'office_network', 'use_company_device']],
  ['53003, Azure PowerShell by name', { errorCode: '53003', appName: 'Microsoft Azure PowerShell', ...noDevice },
    ['sign_in_azure_powershell', 'edge_sign_in_work_account', 'office_network', 'use_company_device']],
  ['53003, Azure PowerShell by app id', { errorCode: '53003', appId: '1950a06c-22ad-4e31-a9cf-35634496f2af' }, ['sign_in_azure_powershell', 'office_network', 'use_company_device']],
  ['53003, Microsoft Graph Command Line Tools, Firefox on macOS', { errorCode: '53003', browser: 'Firefox', os: 'macOS', appName: 'Microsoft Graph Command Line Tools', ...noDevice },
    ['sign_in_graph_powershell', 'mac_use_safari_or_edge', 'office_network', 'use_company_device']],
  ['53003, Graph by app id', { errorCode: '53003', appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e' }, ['sign_in_graph_powershell', 'office_network', 'use_company_device']],
  ['530033, an unknown tool', { errorCode: '530033', appName: 'Contoso Sync' }, ['sign_in_without_device_code']],
  ['530033, Azure CLI: the precise step replaces the general one', { errorCode: '530033', appId: AZURE_CLI }, ['sign_in_azure_cli']],
  ['530035, Azure CLI (real: Windows 10, Unregistered)', { errorCode: '530035', appName: 'Microsoft Azure CLI', devicePlatform: 'Windows 10', deviceState: 'Unregistered' },
    ['sign_in_azure_cli', 'update_old_app']],
  ['530035, no tool', { errorCode: '530035' }, ['sign_in_without_device_code', 'update_old_app']],
  ['530003, Azure CLI', { errorCode: '530003', appId: AZURE_CLI, ...noDevice }, ['sign_in_azure_cli', 'edge_sign_in_work_account', 'enroll_device', 'use_company_device']],
  ['50076, Azure CLI: a second factor, not the sign-in method', { errorCode: '50076', appId: AZURE_CLI }, ['complete_extra_check', 'lost_phone']],

  // A device code from any tool (the tab showed the code-entry page): it never passes a device check,
  // so signing in without one comes first, and no browser or device fix is offered.
  ['53003, device code from an unknown tool, Registered (real capture: CLI for Microsoft 365)',
    { errorCode: '53003', browser: 'Chrome', appName: 'CLI for Microsoft 365', deviceCodeSignIn: true, deviceId: GUID, deviceState: 'Registered' },
    ['sign_in_without_device_code', 'office_network', 'use_company_device']],
  ['53003, device code, no device, Chrome: no browser steps', { errorCode: '53003', browser: 'Chrome', deviceCodeSignIn: true, ...noDevice },
    ['sign_in_without_device_code', 'office_network', 'use_company_device']],
  ['53003, device code in a private window: the window does not matter', { errorCode: '53003', deviceCodeSignIn: true, privateWindow: true, ...noDevice },
    ['sign_in_without_device_code', 'office_network', 'use_company_device']],
  ['53003, device code, Compliant: the state is the browser’s, so no device-state steps', { errorCode: '53003', deviceCodeSignIn: true, deviceId: GUID, deviceState: 'Compliant' },
    ['sign_in_without_device_code', 'office_network', 'use_company_device']],
  ['53003, device code from Azure CLI: the precise step', { errorCode: '53003', browser: 'Chrome', appId: AZURE_CLI, deviceCodeSignIn: true, ...noDevice },
    ['sign_in_azure_cli', 'office_network', 'use_company_device']],
  ['530003, device code: enrolling this device does not help', { errorCode: '530003', deviceCodeSignIn: true, ...noDevice }, ['sign_in_without_device_code', 'use_company_device']],
  ['53000, device code, Managed', { errorCode: '53000', deviceCodeSignIn: true, deviceId: GUID, deviceState: 'Managed' }, ['sign_in_without_device_code', 'use_company_device']],
  ['530002, device code', { errorCode: '530002', deviceCodeSignIn: true }, ['sign_in_without_device_code', 'use_company_device']],
  ['50097, device code, Firefox: no browser setting helps', { errorCode: '50097', browser: 'Firefox', deviceCodeSignIn: true }, ['sign_in_without_device_code', 'use_company_device']],
  ['530033, device code', { errorCode: '530033', deviceCodeSignIn: true }, ['sign_in_without_device_code']],
  ['530035, device code', { errorCode: '530035', deviceCodeSignIn: true }, ['sign_in_without_device_code', 'update_old_app']],
  ['53010, device code: registering methods is not about the flow', { errorCode: '53010', deviceCodeSignIn: true }, ['set_up_security_info_at_office', 'ask_temporary_access_pass']],
  ['unknown code, device code: no guess', { errorCode: '90023', deviceCodeSignIn: true }, ['check_account', 'try_again_later']],
  ['530036: a saved sign-in from a device code', { errorCode: '530036' }, ['clear_saved_sign_in']],
  ['530036 from Azure CLI', { errorCode: '530036', appId: AZURE_CLI }, ['sign_in_azure_cli', 'clear_saved_sign_in']],

  // Compliant and managed devices.
  ['53000 on a managed device (real: Teams, Windows 10, Managed)', { errorCode: '53000', appName: 'Microsoft Teams', devicePlatform: 'Windows 10', deviceId: GUID, deviceState: 'Managed' },
    ['company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['53000, Chrome on Windows, no device', { errorCode: '53000', browser: 'Chrome', os: 'Windows', ...noDevice },
    ['chrome_sso_extension', 'use_edge_work_account', 'company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['53000, Chrome on iPhone, no device', { errorCode: '53000', browser: 'Chrome', os: 'iOS', ...noDevice },
    ['ios_use_safari_or_edge', 'company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['53000, Firefox on Linux: the Intune app, not Company Portal', { errorCode: '53000', browser: 'Firefox', os: 'Linux', ...noDevice },
    ['linux_use_edge', 'linux_intune_fix', 'use_company_device']],
  ['53000, Edge on Linux, managed', { errorCode: '53000', browser: 'Edge', os: 'Linux', deviceId: GUID, deviceState: 'Managed' }, ['linux_intune_fix', 'use_company_device']],
  ['530002, managed', { errorCode: '530002', deviceId: GUID, deviceState: 'Managed' }, ['company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['530003, Edge on Windows, no device', { errorCode: '530003', ...noDevice }, ['edge_sign_in_work_account', 'enroll_device', 'use_company_device']],
  ['530003, a Linux container: the Intune app (which says WSL and containers can’t)', { errorCode: '530003', browser: 'Other', os: 'Linux', ...noDevice },
    ['linux_use_edge', 'linux_intune_enroll', 'use_company_device']],
  ['53001, Chrome on Windows, no device', { errorCode: '53001', browser: 'Chrome', ...noDevice }, ['chrome_sso_extension', 'use_edge_work_account', 'use_company_device']],
  ['53001, registered device', { errorCode: '53001', deviceId: GUID, deviceState: 'Registered' }, ['use_company_device']],

  // The browser cannot present the device: the code says so even without device lines.
  ['530001, Chrome on macOS (real page suggested Safari)', { errorCode: '530001', browser: 'Chrome', os: 'macOS', appName: 'OfficeHome', devicePlatform: 'macOS', ...noDevice },
    ['chrome_sso_extension', 'mac_use_safari_or_edge', 'choose_device_certificate', 'use_company_device']],
  ['530001, Safari on macOS: Company Portal brings the SSO plug-in Safari needs', { errorCode: '530001', browser: 'Safari', os: 'macOS', ...noDevice },
    ['enroll_device', 'choose_device_certificate', 'use_company_device']],
  ['530001, Edge on Windows, no device lines', { errorCode: '530001' }, ['edge_sign_in_work_account', 'use_company_device']],
  ['50097, Firefox on Windows', { errorCode: '50097', browser: 'Firefox' }, ['firefox_windows_sso', 'use_company_device']],
  ['50187, Chrome on Windows', { errorCode: '50187', browser: 'Chrome' }, ['chrome_sso_extension', 'use_edge_work_account', 'restart_device', 'use_company_device']],
  ['50187, Safari on iPhone: pick the certificate', { errorCode: '50187', browser: 'Safari', os: 'iOS' }, ['choose_device_certificate', 'restart_device', 'use_company_device']],
  ['50187, Chrome on Android: pick the certificate', { errorCode: '50187', browser: 'Chrome', os: 'Android' }, ['choose_device_certificate', 'restart_device', 'use_company_device']],
  ['50155, Edge on Windows', { errorCode: '50155' }, ['restart_device', 'use_company_device']],
  ['50005, Safari on iPad: how the browser names itself', { errorCode: '50005', browser: 'Safari', os: 'iOS' }, ['browser_identity_unchanged', 'use_company_device']],
  ['50005, Firefox on Linux, no device', { errorCode: '50005', browser: 'Firefox', os: 'Linux', ...noDevice }, ['linux_use_edge', 'browser_identity_unchanged', 'use_company_device']],
  ['50129, Edge on Windows', { errorCode: '50129' }, ['register_device', 'use_company_device']],
  ['50129, Edge on Linux: the Intune app', { errorCode: '50129', browser: 'Edge', os: 'Linux' }, ['linux_intune_enroll', 'use_company_device']],

  // Apps.
  ['53002 on an iPhone: the approved app', { errorCode: '53002', browser: 'Safari', os: 'iOS' }, ['use_approved_app', 'install_broker_app']],
  ['53002 on Android', { errorCode: '53002', browser: 'Chrome', os: 'Android' }, ['use_approved_app', 'install_broker_app']],
  ['53009 on Android: Company Portal, the broker, first', { errorCode: '53009', browser: 'Chrome', os: 'Android' }, ['install_broker_app', 'use_approved_app', 'app_protection_setup']],
  ['53005 on Android: the same as 53009', { errorCode: '53005', browser: 'Chrome', os: 'Android' }, ['install_broker_app', 'use_approved_app', 'app_protection_setup']],
  ['53005 on an iPhone', { errorCode: '53005', browser: 'Safari', os: 'iOS' }, ['use_approved_app', 'app_protection_setup', 'install_broker_app']],
  ['53009 in Edge on Windows: the work profile, without device management', { errorCode: '53009', browser: 'Edge', os: 'Windows' }, ['edge_windows_app_protection', 'app_protection_setup']],
  ['53009 in Chrome on Windows', { errorCode: '53009', browser: 'Chrome', os: 'Windows' }, ['use_edge_work_account', 'edge_windows_app_protection', 'app_protection_setup']],
  ['53005 in Edge on Windows', { errorCode: '53005', browser: 'Edge', os: 'Windows' }, ['edge_windows_app_protection', 'app_protection_setup']],

  // A second factor, and risk.
  ['50076: finish the check, or get help for a new or lost phone', { errorCode: '50076' }, ['complete_extra_check', 'lost_phone']],
  ['50079', { errorCode: '50079' }, ['set_up_security_info']],
  ['50158: terms of use or another service', { errorCode: '50158' }, ['complete_external_check']],
  ['53011: a guest resets the password at home', { errorCode: '53011' }, ['reset_password_sspr']],
  ['53011 in a private window: not about the device', { errorCode: '53011', privateWindow: true, ...noDevice }, ['reset_password_sspr']],
  ['530034: the partner admin resets the password at home', { errorCode: '530034' }, ['reset_password_sspr']],
  ['50053: locked for now, or a risky network', { errorCode: '50053' }, ['wait_then_change_network']],

  // The wrong account, or a guest.
  ['50020', { errorCode: '50020' }, ['check_account']],
  ['16000', { errorCode: '16000' }, ['check_account']],
  ['50034', { errorCode: '50034' }, ['check_account']],
  ['500208', { errorCode: '500208' }, ['check_account']],
  ['50105: maybe the wrong account', { errorCode: '50105' }, ['check_account']],

  // Unknown codes: general help, the account first.
  ['unknown code', { errorCode: '90023' }, ['check_account', 'try_again_later']],
  ['unknown code with "Device state: Unregistered", Chrome on Windows', { errorCode: '9002341', browser: 'Chrome', ...noDevice },
    ['chrome_sso_extension', 'use_edge_work_account', 'check_account', 'try_again_later']],
];

describe('chooseAdvice picks and orders the steps', () => {
  it.each(CASES)('%s', (_, given, expected) => {
    expect(stepIds(given)).toEqual(expected);
  });
});

describe('real captures (test/fixtures), in the browser each would most likely come from', () => {
  const REAL: Array<[string, BrowserName, OsName, StepId[]]> = [
    ['53003-azure-cli-unregistered', 'Chrome', 'Windows', ['sign_in_azure_cli', 'chrome_sso_extension', 'use_edge_work_account', 'office_network', 'use_company_device']],
    ['53003-registered-windows', 'Chrome', 'Windows', ['office_network', 'use_company_device', 'enroll_device']],
    ['53003-no-timestamp', 'Edge', 'Windows', ['office_network', 'check_account']],
    ['53003-old-title', 'Firefox', 'Windows', ['firefox_windows_sso', 'office_network', 'use_company_device']],
    ['53000-teams-managed-partial', 'Edge', 'Windows', ['company_portal_fix', 'company_portal_sync', 'use_company_device']],
    ['530001-macos-browser-not-supported', 'Chrome', 'macOS', ['chrome_sso_extension', 'mac_use_safari_or_edge', 'choose_device_certificate', 'use_company_device']],
    ['530003-device-not-managed-partial', 'Firefox', 'Linux', ['linux_use_edge', 'linux_intune_enroll', 'use_company_device']],
    ['530035-security-defaults-partial', 'Edge', 'Windows', ['sign_in_azure_cli', 'update_old_app']],
    ['53004-ipv6', 'Safari', 'macOS', []],
    ['700016-message-only', 'Edge', 'Windows', []],
  ];

  it('53003-registered-windows after the device-code page (as the content script marks it): no enrolment', () => {
    expect(stepIds({ ...loadFixture('53003-registered-windows').expected, browser: 'Chrome', os: 'Windows', deviceCodeSignIn: true })).toEqual([
      'sign_in_without_device_code',
      'office_network',
      'use_company_device',
    ]);
  });

  it.each(REAL)('%s in %s on %s', (fixture, browser, os, expected) => {
    expect(stepIds({ ...loadFixture(fixture).expected, browser, os })).toEqual(expected);
  });
});

describe('when nothing the person can do would help', () => {
  it.each(['700016', '50011', '900023'])('%s: only the app’s owners can fix it, and the person is told so where the steps would be', (code) => {
    const advice = chooseAdvice(detection({ errorCode: code }), english);
    expect(advice).toMatchObject({ steps: [], nothingYouCanDo: true, whoCanFix: 'app-owner' });
    expect(advice.nothingYouCanDoText).toBe(advice.whoCanFixText);
    expect(advice.nothingYouCanDoText).toMatch(/people who run this app/);
  });

  const ONLY_IT: KeyPart<'block_', '_tell_it'>[] = ['53004', '530032', '50131', '135011', '530004', '500212', '500213'];
  const worstCase = { privateWindow: true, browser: 'Chrome', appId: AZURE_CLI, deviceCodeSignIn: true, ...noDevice } as const;

  it.each(ONLY_IT)('%s: no steps, says so plainly, and points to IT', (code) => {
    for (const given of [{ errorCode: code }, { errorCode: code, ...worstCase }]) {
      const advice = chooseAdvice(detection(given), english);
      expect(advice.steps).toEqual([]);
      expect(advice.nothingYouCanDo).toBe(true);
      expect(advice.nothingYouCanDoText).toBe(english('advice_nothing_you_can_do'));
      expect(advice.whoCanFix).toBe('it');
      expect(advice.whoCanFixText).toBe('Only your IT team can fix this.');
      expect(advice.tellIt).toBe(english(`block_${code}_tell_it`));
    }
  });

  it.each(['700016', '50011', '7000112', '500014', '900023'])('%s: the app is set up wrongly, so only its owner can fix it', (code) => {
    for (const given of [{ errorCode: code }, { errorCode: code, ...worstCase }]) {
      const advice = chooseAdvice(detection(given), english);
      expect(advice).toMatchObject({ steps: [], nothingYouCanDo: true, whoCanFix: 'app-owner', known: true, lookupUrl: undefined });
      expect(advice.whoCanFixText).toBe(english('advice_who_app_owner'));
      expect(advice.title).toBe(english('block_app_title'));
      expect(advice.tellIt).toBe(english('block_app_tell_it'));
    }
  });

  it('53004: IT must clear the risk first', () => {
    const advice = chooseAdvice(detection({ errorCode: '53004', devicePlatform: 'macOS', ...noDevice }), english);
    expect(advice).toMatchObject({ nothingYouCanDo: true, officialName: 'ProofUpBlockedDueToRisk', flaggingHelps: true });
    expect(advice.tellIt).toMatch(/clear it/);
  });

  it('everywhere else there is something to try', () => {
    const advice = chooseAdvice(detection({ errorCode: '53003' }), english);
    expect(advice).toMatchObject({ nothingYouCanDo: false, nothingYouCanDoText: undefined, whoCanFix: 'both' });
  });
});

describe('who can fix it, honestly per code', () => {
  const WHO: Array<[string | undefined, WhoCanFix]> = [
    ['53011', 'both'], ['530034', 'both'], ['530033', 'both'], ['530036', 'both'], ['50053', 'both'], ['50076', 'both'],
    ['50020', 'both'], ['16000', 'both'], ['50034', 'both'], ['50105', 'both'], ['500208', 'you'], ['53005', 'you'],
    ['530004', 'it'], ['500212', 'it'], ['500213', 'it'], ['700016', 'app-owner'],
    ['90023', 'unknown'], [undefined, 'unknown'],
  ];

  it.each(WHO)('%s: %s', (errorCode, who) => {
    expect(chooseAdvice(detection({ errorCode }), english).whoCanFix).toBe(who);
  });

  it('never says "you may be able to fix this yourself" for a code it knows nothing about', () => {
    for (const errorCode of ['90023', '9002341', undefined]) {
      const advice = chooseAdvice(detection({ errorCode, browser: 'Chrome', ...noDevice }), english);
      expect(advice.whoCanFixText).toBe(english('advice_who_unknown'));
      expect(advice.whoCanFixText).not.toMatch(/fix this yourself/);
    }
  });
});

describe('new codes', () => {
  const NEW: Array<[string, string | undefined, StepId[], boolean]> = [
    // code, official name, steps, the page has "Enable flagging"
    ['53005', undefined, ['edge_windows_app_protection', 'app_protection_setup'], true],
    ['530004', undefined, [], true],
    ['530036', undefined, ['clear_saved_sign_in'], false],
    ['50053', undefined, ['wait_then_change_network'], false],
    ['50020', 'UserUnauthorized', ['check_account'], false],
    ['500208', undefined, ['check_account'], false],
    ['16000', 'InteractionRequired', ['check_account'], false],
    ['50034', 'UserAccountNotFound', ['check_account'], false],
    ['500212', 'NotAllowedByOutboundPolicyTenant', [], false],
    ['500213', 'NotAllowedByInboundPolicyTenant', [], false],
  ];

  it.each(NEW)('%s (%s) is known, with its steps', (errorCode, officialName, steps, flagging) => {
    const advice = chooseAdvice(detection({ errorCode }), english);
    expect(advice).toMatchObject({ known: true, officialName, flaggingHelps: flagging, lookupUrl: undefined });
    expect(advice.steps.map((step) => step.id)).toEqual(steps);
  });

  it('shares texts where the codes mean the same', () => {
    const title = (errorCode: string) => chooseAdvice(detection({ errorCode }), english).title;
    expect(title('53005')).toBe(title('53009'));
    expect(title('16000')).toBe(title('50020'));
    expect(title('50034')).toBe(title('50020'));
  });

  it('tells a guest which organization can fix it', () => {
    const tellIt = (errorCode: string) => chooseAdvice(detection({ errorCode }), english).tellIt;
    expect(tellIt('500213')).toMatch(/organization I'm visiting/);
    expect(tellIt('530004')).toMatch(/guest in another organization/);
    expect(tellIt('500212')).toMatch(/another organization/);
    expect(tellIt('50020')).toMatch(/invite me as a guest/);
  });
});

describe('the rest of the advice', () => {
  it('names a known block in plain words, with its official name and source', () => {
    const advice = chooseAdvice(detection({ errorCode: '53003', browser: 'Chrome', ...noDevice }), english);
    expect(advice).toMatchObject({
      code: '53003',
      known: true,
      officialName: 'BlockedByConditionalAccess',
      title: "Your IT team's security rules blocked this sign-in",
      whoCanFix: 'both',
      whoCanFixText: 'You may be able to fix this yourself. If not, your IT team can.',
      flaggingHelps: true,
      lookupUrl: undefined,
      source: { url: 'https://learn.microsoft.com/en-us/entra/identity/conditional-access/troubleshoot-conditional-access' },
    });
    expect(advice.steps[0]).toEqual({ id: 'chrome_sso_extension', text: english('step_chrome_sso_extension') });
    expect(advice.steps[0]!.text).toContain('Microsoft Single Sign On');
  });

  it('explains jargon where it first appears', () => {
    expect(chooseAdvice(detection({ errorCode: '53003' }), english).whatHappened).toContain("Conditional Access (your organization's sign-in rules)");
  });

  it('adds what the device state says to "what happened"', () => {
    const what = (given: Partial<Detection>) => chooseAdvice(detection({ errorCode: '53003', ...given }), english).whatHappened;
    const plain = english('block_53003_what');
    expect(what({})).toBe(plain);
    expect(what({ deviceId: GUID, deviceState: 'Compliant' })).toBe(`${plain} ${english('advice_note_device_passed')}`);
    expect(what({ deviceId: GUID, deviceState: 'Registered' })).toBe(`${plain} ${english('advice_note_device_known')}`);
    expect(what({ deviceId: GUID, deviceState: 'Managed' })).toBe(`${plain} ${english('advice_note_device_managed')}`);
    expect(what({ deviceId: GUID, deviceState: 'Microsoft Entra hybrid joined' })).toBe(`${plain} ${english('advice_note_device_company')}`);
    expect(what({ deviceId: GUID, deviceState: 'Registriert' })).toBe(plain);
    expect(what(noDevice)).toBe(`${plain} ${english('advice_note_device_not_seen')}`);
  });

  it('explains a device code, and says nothing about the device state then', () => {
    const what = (given: Partial<Detection>) => chooseAdvice(detection({ deviceCodeSignIn: true, ...given }), english).whatHappened;
    const note = english('advice_note_device_code');
    expect(what({ errorCode: '53003', deviceId: GUID, deviceState: 'Registered' })).toBe(`${english('block_53003_what')} ${note}`);
    expect(what({ errorCode: '530003', ...noDevice })).toBe(`${english('block_530003_what')} ${note}`);
    expect(what({ errorCode: '50076' })).toBe(english('block_50076_what'));
    expect(note).toMatch(/Microsoft's own security settings/);
  });

  it('names the Correlation ID and the time when the page showed no Request ID', () => {
    const tellIt = (given: Partial<Detection>) => chooseAdvice(detection({ errorCode: '53003', ...given }), english).tellIt;
    const plain = english('block_53003_tell_it');
    expect(tellIt({})).toBe(plain);
    expect(tellIt({ requestId: undefined, correlationId: GUID })).toBe(`${plain} ${english('advice_tell_it_no_request_id')}`);
    expect(tellIt({ requestId: ' ', correlationId: GUID })).toBe(`${plain} ${english('advice_tell_it_no_request_id')}`);
    expect(tellIt({ requestId: undefined })).toBe(`${plain} ${english('advice_tell_it_no_ids')}`);
    expect(english('advice_tell_it_no_request_id')).toMatch(/Correlation ID and the time/);
  });

  it('asks before anything that connects a device to the organization, and warns about shared computers', () => {
    for (const id of ['register_device', 'enroll_device', 'linux_intune_enroll', 'linux_use_edge'] as const) {
      const text = english(`step_${id}`);
      expect(text, id).toMatch(/if your organization allows it/);
      expect(text, id).toMatch(/shared/);
    }
  });

  it('gives an unknown code general help and a link to look it up on the same cloud', () => {
    const advice = chooseAdvice(detection({ errorCode: '90023', host: 'login.partner.microsoftonline.cn', cloud: 'china' }), english);
    expect(advice).toMatchObject({
      code: '90023',
      known: false,
      officialName: undefined,
      title: 'Microsoft sign-in failed (error 90023)',
      whoCanFix: 'unknown',
      flaggingHelps: false,
      lookupUrl: errorLookupUrl('login.partner.microsoftonline.cn', '90023'),
      source: { url: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes' },
    });
    expect(advice.lookupUrl).toBe('https://login.partner.microsoftonline.cn/error?code=90023');
  });

  it('copes with a page that showed no code', () => {
    const advice = chooseAdvice(detection({ errorCode: undefined }), english);
    expect(advice).toMatchObject({ code: undefined, known: false, title: 'Microsoft sign-in failed', lookupUrl: undefined });
    expect(chooseAdvice(detection({ errorCode: 'n/a' }), english).code).toBeUndefined();
  });

  it('offers "Enable flagging" only on Conditional Access pages', () => {
    const flagging = (errorCode: string) => chooseAdvice(detection({ errorCode }), english).flaggingHelps;
    expect(['53003', '53000', '530003', '53004'].map(flagging)).toEqual([true, true, true, true]);
    expect(['50076', '50105', '50097', '12345'].map(flagging)).toEqual([false, false, false, false]);
  });
});

describe('adviceSummaryForTicket', () => {
  const summary = (advice: ReturnType<typeof chooseAdvice>, tried: string[] = [], t = english) => adviceSummaryForTicket(ticketAdvice(advice, new Set(tried)), t, new Set());

  it('names the block and quotes the action of each step, on one line, none tried yet', () => {
    const advice = chooseAdvice(detection({ errorCode: '53003', browser: 'Chrome', ...noDevice }), english);
    expect(summary(advice)).toBe(
      "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess): " +
        'Suggested, not tried: ' +
        'Add the Microsoft Single Sign On extension to Chrome. ' +
        'Try Microsoft Edge instead. ' +
        'Check your network: turn off a personal VPN, or turn on the work VPN. ' +
        'Use a computer or phone that your organization gave you, and sign in there.',
    );
  });

  it('says which steps were tried and which not, each in the advice’s order, and ignores ticks for steps not shown', () => {
    const advice = chooseAdvice(detection({ errorCode: '53003', browser: 'Chrome', ...noDevice }), english);
    const [first, second, third, fourth] = advice.steps.map((step) => step.id);
    expect(summary(advice, [third, first, 'restart_device'])).toBe(
      "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess): " +
        'Tried: Add the Microsoft Single Sign On extension to Chrome. Check your network: turn off a personal VPN, or turn on the work VPN. ' +
        'Suggested, not tried: Try Microsoft Edge instead. Use a computer or phone that your organization gave you, and sign in there.',
    );
    expect(summary(advice, [first, second, third, fourth])).not.toContain('Suggested, not tried');
  });

  it('says only IT can fix it when there are no steps', () => {
    const advice = chooseAdvice(detection({ errorCode: '53004' }), english);
    expect(summary(advice)).toBe('IT must check the account first (AADSTS53004 ProofUpBlockedDueToRisk): Only your IT team can fix this.');
  });

  it('leaves out what is not known', () => {
    expect(summary(chooseAdvice(detection({ errorCode: '530033' }), english))).toBe(
      'Sign-in with a device code is blocked (AADSTS530033): Suggested, not tried: Sign in without a device code.',
    );
    expect(summary(chooseAdvice(detection({}), english))).toMatch(/^Microsoft sign-in failed: Suggested, not tried: Make sure you signed in with the right account\. /);
  });

  it('quotes only the first sentence in Japanese and Chinese too, where no space follows a full stop', () => {
    const steps: Record<string, string> = {
      step_try_again_later: '数分待ってから、もう一度お試しください。サインインの問題の中には、時間がたつと解消するものもあります。',
      step_check_account: '请检查你登录时使用的账户！它必须是工作账户。',
    };
    const cjk: typeof english = (key, subs) => steps[key] ?? english(key, subs);
    const quoted = summary(chooseAdvice(detection({}), cjk), [], cjk);
    expect(quoted).toContain('请检查你登录时使用的账户！ 数分待ってから、もう一度お試しください。');
    expect(quoted).not.toContain('解消するものもあります');
    expect(quoted).not.toContain('它必须是工作账户');
  });

  it('uses the translation it is given', () => {
    const shout: typeof english = (key, subs) => english(key, subs).toUpperCase();
    expect(summary(chooseAdvice(detection({ errorCode: '53004' }), shout), [], shout)).toBe(
      'IT MUST CHECK THE ACCOUNT FIRST (AADSTS53004 ProofUpBlockedDueToRisk): ONLY YOUR IT TEAM CAN FIX THIS.',
    );
  });
});

describe('every combination', () => {
  const codes = [...Object.keys(SIGN_IN_BLOCKS), '90023', undefined];
  const states: Array<Partial<Detection>> = [
    {},
    noDevice,
    { deviceId: GUID, deviceState: 'Registered' },
    { deviceId: GUID, deviceState: 'Managed' },
    { deviceId: GUID, deviceState: 'Compliant' },
    { deviceId: GUID, deviceState: 'Microsoft Entra hybrid joined' },
  ];
  const systems: OsName[] = ['Windows', 'macOS', 'Linux', 'ChromeOS', 'Android', 'iOS', 'Other'];
  const browsers: BrowserName[] = ['Edge', 'Chrome', 'Firefox', 'Safari', 'Opera', 'Other'];
  // No rule looks at other apps by name, so one stands for all of them.
  const apps: Array<Partial<Detection>> = [{ appName: 'Microsoft Teams' }, { appName: `Microsoft ${CLI_TOOLS[0]!.name}` }];
  const ways: Array<Partial<Detection>> = [{ privateWindow: false }, { privateWindow: true }, { deviceCodeSignIn: true }];
  const browserSteps: StepId[] = ['chrome_sso_extension', 'use_edge_work_account', 'edge_sign_in_work_account', 'firefox_windows_sso', 'mac_use_safari_or_edge', 'linux_use_edge', 'ios_use_safari_or_edge', 'android_use_edge_or_chrome'];
  const connectsDevice: StepId[] = ['use_company_device', 'enroll_device', 'register_device', 'linux_intune_enroll'];
  const notOnLinux: StepId[] = ['chrome_sso_extension', 'firefox_windows_sso', 'company_portal_fix', 'company_portal_sync', 'enroll_device', 'register_device'];

  it('gives short, translated, consistent advice', () => {
    const problems: string[] = [];
    const check = (ok: boolean, given: Partial<Detection>, what: string) => {
      if (!ok) problems.push(`${what}: ${JSON.stringify(given)}`);
    };
    let checked = 0;
    for (const errorCode of codes)
      for (const state of states)
        for (const os of systems)
          for (const browser of browsers)
            for (const app of apps)
              for (const way of ways) {
                const given = { errorCode, os, browser, ...way, ...state, ...app };
                const advice = chooseAdvice(detection(given), english);
                const ids = advice.steps.map((step) => step.id as StepId);
                const block = errorCode === undefined ? undefined : SIGN_IN_BLOCKS[errorCode];
                check(ids.length <= MAX_STEPS, given, `more than ${MAX_STEPS} steps`);
                check(new Set(ids).size === ids.length, given, 'a step twice');
                check(advice.nothingYouCanDo === (ids.length === 0), given, 'nothingYouCanDo does not match the steps');
                check((advice.whoCanFix === 'it' || advice.whoCanFix === 'app-owner') === (ids.length === 0), given, 'whoCanFix does not match the steps');
                check((advice.whoCanFix === 'unknown') === (block === undefined), given, 'an unknown code is not "unknown", or a known one is');
                const checksDevice = block === undefined || block.checks.includes('device');
                if (way.privateWindow && ids.length > 0 && checksDevice) check(ids[0] === 'normal_window', given, 'leaving the private window is not first');
                if (way.deviceCodeSignIn) {
                  // Browser steps for a device check; app protection's Edge profile is about the app, not the device.
                  if (checksDevice) check(!ids.some((id) => browserSteps.includes(id) || id === 'normal_window'), given, 'a browser step for a device check after a device code');
                  const codeMatters = block !== undefined && errorCode !== '53010' && (block.checks.includes('device') || block.checks.includes('sign-in-method'));
                  if (codeMatters && ids.length > 0) check(ids[0]!.startsWith('sign_in_'), given, 'signing in without a device code is not first');
                }
                if (state.deviceState === 'Microsoft Entra hybrid joined') check(!ids.some((id) => connectsDevice.includes(id)), given, 'a company computer sent to a company computer or to enrolment');
                if (os === 'Linux') check(!ids.some((id) => notOnLinux.includes(id)), given, 'a step that does not exist on Linux');
                const texts = [advice.title, advice.whatHappened, advice.whoCanFixText, advice.tellIt, ...advice.steps.map((step) => step.text)];
                check(texts.every((text) => /\s/.test(text)), given, 'a message key instead of a sentence');
                checked += 1;
              }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(checked).toBe(codes.length * states.length * systems.length * browsers.length * apps.length * ways.length);
  }, 30_000);
});
