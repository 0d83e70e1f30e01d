import { describe, expect, it } from 'vitest';
import type { KeyPart } from '../../src/extension/message-key';
import type { BrowserName, Detection, OsName } from '../../src/detection/detection';
import { MAX_STEPS, chooseAdvice } from '../../src/knowledge/choose-advice';
import { CLI_TOOLS } from '../../src/knowledge/cli-tools';
import { adviceSummaryForTicket, ticketAdvice } from '../../src/ticket/advice-summary';
import { SIGN_IN_BLOCKS } from '../../src/knowledge/sign-in-blocks';
import type { StepId } from '../../src/knowledge/steps';
import { errorLookupUrl } from '../../src/page/signin-hosts';
import { fixture as loadFixture } from '../fixtures/index.mjs';
import { english } from './helpers/english';

const GUID = '0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7';
const AZURE_CLI = '04b07795-8ddb-461a-bbee-02f9e1bf7b46';

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
    ...given,
  };
}

/** What the page shows when the browser presented no device. */
const noDevice = { deviceId: 'Not available', deviceState: 'Unregistered' } as const;
const stepIds = (given: Partial<Detection>) => chooseAdvice(detection(given), english).steps.map((step) => step.id);

// code × device state × platform × browser × app × private window -> steps, in order.
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
  ['53003, Firefox on macOS, no device', { errorCode: '53003', browser: 'Firefox', os: 'macOS', ...noDevice },
    ['mac_use_safari_or_edge', 'office_network', 'use_company_device']],
  ['53003, Safari on macOS, no device', { errorCode: '53003', browser: 'Safari', os: 'macOS', ...noDevice },
    ['office_network', 'use_company_device']],
  ['53003, Firefox on Linux, no device', { errorCode: '53003', browser: 'Firefox', os: 'Linux', ...noDevice },
    ['linux_use_edge', 'office_network', 'use_company_device']],
  ['53003, Chrome on Linux, only an identifier "Not available"', { errorCode: '53003', browser: 'Chrome', os: 'Linux', deviceId: 'Not available' },
    ['linux_use_edge', 'office_network', 'use_company_device']],
  ['53003, Edge on Linux, no device', { errorCode: '53003', browser: 'Edge', os: 'Linux', ...noDevice },
    ['edge_sign_in_work_account', 'office_network', 'use_company_device']],
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
  ['unknown code, private window', { errorCode: '700016', privateWindow: true }, ['normal_window', 'try_again_later', 'check_account']],
  ['no code, private window', { privateWindow: true }, ['normal_window', 'try_again_later', 'check_account']],
  ['50076, private window: not about the device', { errorCode: '50076', privateWindow: true }, ['complete_extra_check']],

  // What "Device state" says about a 53003 block.
  ['53003, Compliant: the device is fine, try the office network', { errorCode: '53003', deviceId: GUID, deviceState: 'Compliant' }, ['office_network']],
  ['53003, Registered: the policy wants more, or the app or the place', { errorCode: '53003', deviceId: GUID, deviceState: 'Registered', devicePlatform: 'Windows 10' },
    ['enroll_device', 'use_company_device', 'office_network']],
  ['53003, Managed: maybe not compliant now', { errorCode: '53003', deviceId: GUID, deviceState: 'Managed' },
    ['company_portal_fix', 'company_portal_sync', 'office_network']],
  ['53003, device lines absent', { errorCode: '53003' }, ['office_network', 'use_company_device']],

  // Command-line tools and device-code sign-ins: sign in interactively, never with a device code.
  ['53003, Azure CLI by app id (real page: Not available, Unregistered, Windows 10)',
    { errorCode: '53003', browser: 'Chrome', os: 'Windows', appName: 'Microsoft Azure CLI', appId: AZURE_CLI, devicePlatform: 'Windows 10', ...noDevice },
    ['sign_in_azure_cli', 'office_network', 'use_company_device']],
  ['53003, Azure CLI by app id only', { errorCode: '53003', appId: AZURE_CLI.toUpperCase(), ...noDevice }, ['sign_in_azure_cli', 'office_network', 'use_company_device']],
  ['53003, Azure PowerShell by name', { errorCode: '53003', appName: 'Microsoft Azure PowerShell', ...noDevice }, ['sign_in_azure_powershell', 'office_network', 'use_company_device']],
  ['53003, Azure PowerShell by app id', { errorCode: '53003', appId: '1950a06c-22ad-4e31-a9cf-35634496f2af' }, ['sign_in_azure_powershell', 'office_network', 'use_company_device']],
  ['53003, Microsoft Graph Command Line Tools', { errorCode: '53003', appName: 'Microsoft Graph Command Line Tools', ...noDevice }, ['sign_in_graph_powershell', 'office_network', 'use_company_device']],
  ['53003, Graph by app id', { errorCode: '53003', appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e' }, ['sign_in_graph_powershell', 'office_network', 'use_company_device']],
  ['530033, an unknown tool', { errorCode: '530033', appName: 'Contoso Sync' }, ['sign_in_without_device_code']],
  ['530033, Azure CLI: the precise step replaces the general one', { errorCode: '530033', appId: AZURE_CLI }, ['sign_in_azure_cli']],
  ['530035, Azure CLI (real: Windows 10, Unregistered)', { errorCode: '530035', appName: 'Microsoft Azure CLI', devicePlatform: 'Windows 10', deviceState: 'Unregistered' },
    ['sign_in_azure_cli', 'update_old_app']],
  ['530035, no tool', { errorCode: '530035' }, ['sign_in_without_device_code', 'update_old_app']],
  ['530003, Azure CLI', { errorCode: '530003', appId: AZURE_CLI, ...noDevice }, ['sign_in_azure_cli', 'enroll_device', 'use_company_device']],
  ['50076, Azure CLI: a second factor, not the sign-in method', { errorCode: '50076', appId: AZURE_CLI }, ['complete_extra_check']],

  // Compliant and managed devices.
  ['53000 on a managed device (real: Teams, Windows 10, Managed)', { errorCode: '53000', appName: 'Microsoft Teams', devicePlatform: 'Windows 10', deviceId: GUID, deviceState: 'Managed' },
    ['company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['53000, Chrome on Windows, no device', { errorCode: '53000', browser: 'Chrome', os: 'Windows', ...noDevice },
    ['chrome_sso_extension', 'use_edge_work_account', 'company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['53000, Chrome on iPhone, no device', { errorCode: '53000', browser: 'Chrome', os: 'iOS', ...noDevice },
    ['ios_use_safari_or_edge', 'company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['530002, managed', { errorCode: '530002', deviceId: GUID, deviceState: 'Managed' }, ['company_portal_fix', 'company_portal_sync', 'use_company_device']],
  ['530003, Edge on Windows, no device', { errorCode: '530003', ...noDevice }, ['edge_sign_in_work_account', 'enroll_device', 'use_company_device']],
  ['530003, a Linux container', { errorCode: '530003', browser: 'Other', os: 'Linux', ...noDevice }, ['linux_use_edge', 'enroll_device', 'use_company_device']],
  ['53001, Chrome on Windows, no device', { errorCode: '53001', browser: 'Chrome', ...noDevice }, ['chrome_sso_extension', 'use_edge_work_account', 'use_company_device']],
  ['53001, registered device', { errorCode: '53001', deviceId: GUID, deviceState: 'Registered' }, ['use_company_device']],

  // The browser cannot present the device: the code says so even without device lines.
  ['530001, Chrome on macOS (real page suggested Safari)', { errorCode: '530001', browser: 'Chrome', os: 'macOS', appName: 'OfficeHome', devicePlatform: 'macOS', ...noDevice },
    ['chrome_sso_extension', 'mac_use_safari_or_edge', 'use_company_device']],
  ['530001, Safari on macOS', { errorCode: '530001', browser: 'Safari', os: 'macOS', ...noDevice }, ['use_company_device']],
  ['530001, Edge on Windows, no device lines', { errorCode: '530001' }, ['edge_sign_in_work_account', 'use_company_device']],
  ['50097, Firefox on Windows', { errorCode: '50097', browser: 'Firefox' }, ['firefox_windows_sso', 'use_company_device']],
  ['50187, Chrome on Windows', { errorCode: '50187', browser: 'Chrome' }, ['chrome_sso_extension', 'use_edge_work_account', 'restart_device', 'use_company_device']],
  ['50155, Edge on Windows', { errorCode: '50155' }, ['restart_device', 'use_company_device']],
  ['50005, Firefox on Linux, no device', { errorCode: '50005', browser: 'Firefox', os: 'Linux', ...noDevice }, ['linux_use_edge', 'use_company_device']],
  ['50129, Edge on Windows', { errorCode: '50129' }, ['register_device', 'use_company_device']],

  // Apps.
  ['53002 on an iPhone: the approved app', { errorCode: '53002', browser: 'Safari', os: 'iOS' }, ['use_approved_app', 'install_broker_app']],
  ['53002 on Android', { errorCode: '53002', browser: 'Chrome', os: 'Android' }, ['use_approved_app', 'install_broker_app']],
  ['53009 on Android', { errorCode: '53009', browser: 'Chrome', os: 'Android' }, ['use_approved_app', 'app_protection_setup', 'install_broker_app']],
  ['53009 in Edge on Windows', { errorCode: '53009', browser: 'Edge', os: 'Windows' }, ['edge_sign_in_work_account', 'app_protection_setup']],
  ['53009 in Chrome on Windows', { errorCode: '53009', browser: 'Chrome', os: 'Windows' }, ['use_edge_work_account', 'app_protection_setup']],

  // A second factor.
  ['50079', { errorCode: '50079' }, ['set_up_security_info']],
  ['50158', { errorCode: '50158' }, ['complete_external_check']],

  // Unknown codes: general help.
  ['unknown code', { errorCode: '700016' }, ['try_again_later', 'check_account']],
  ['unknown code with "Device state: Unregistered", Chrome on Windows', { errorCode: '53005', browser: 'Chrome', ...noDevice },
    ['chrome_sso_extension', 'use_edge_work_account', 'try_again_later', 'check_account']],
];

describe('chooseAdvice picks and orders the steps', () => {
  it.each(CASES)('%s', (_, given, expected) => {
    expect(stepIds(given)).toEqual(expected);
  });
});

describe('real captures (test/fixtures), in the browser each would most likely come from', () => {
  const REAL: Array<[string, BrowserName, OsName, StepId[]]> = [
    ['53003-azure-cli-unregistered', 'Chrome', 'Windows', ['sign_in_azure_cli', 'office_network', 'use_company_device']],
    ['53003-registered-windows', 'Chrome', 'Windows', ['enroll_device', 'use_company_device', 'office_network']],
    ['53003-no-timestamp', 'Edge', 'Windows', ['office_network']],
    ['53003-old-title', 'Firefox', 'Windows', ['firefox_windows_sso', 'office_network', 'use_company_device']],
    ['53000-teams-managed-partial', 'Edge', 'Windows', ['company_portal_fix', 'company_portal_sync', 'use_company_device']],
    ['530001-macos-browser-not-supported', 'Chrome', 'macOS', ['chrome_sso_extension', 'mac_use_safari_or_edge', 'use_company_device']],
    ['530003-device-not-managed-partial', 'Firefox', 'Linux', ['linux_use_edge', 'enroll_device', 'use_company_device']],
    ['530035-security-defaults-partial', 'Edge', 'Windows', ['sign_in_azure_cli', 'update_old_app']],
    ['53004-ipv6', 'Safari', 'macOS', []],
    ['700016-message-only', 'Edge', 'Windows', ['try_again_later', 'check_account']],
  ];

  it.each(REAL)('%s in %s on %s', (fixture, browser, os, expected) => {
    expect(stepIds({ ...loadFixture(fixture).expected, browser, os })).toEqual(expected);
  });
});

describe('when nothing the person can do would help', () => {
  const ONLY_IT: KeyPart<'block_', '_tell_it'>[] = ['53004', '53011', '530032', '530034', '50105', '50131', '135011'];
  const worstCase = { privateWindow: true, browser: 'Chrome', appId: AZURE_CLI, ...noDevice } as const;

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
    expect(what(noDevice)).toBe(`${plain} ${english('advice_note_device_not_seen')}`);
  });

  it('gives an unknown code general help and a link to look it up on the same cloud', () => {
    const advice = chooseAdvice(detection({ errorCode: '700016', host: 'login.partner.microsoftonline.cn', cloud: 'china' }), english);
    expect(advice).toMatchObject({
      code: '700016',
      known: false,
      officialName: undefined,
      title: 'Microsoft sign-in failed (error 700016)',
      flaggingHelps: false,
      lookupUrl: errorLookupUrl('login.partner.microsoftonline.cn', '700016'),
      source: { url: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes' },
    });
    expect(advice.lookupUrl).toBe('https://login.partner.microsoftonline.cn/error?code=700016');
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
  const summary = (advice: ReturnType<typeof chooseAdvice>, tried: string[] = [], t = english) => adviceSummaryForTicket(ticketAdvice(advice, new Set(tried)), t);

  it('names the block and quotes the action of each step, on one line, none tried yet', () => {
    const advice = chooseAdvice(detection({ errorCode: '53003', browser: 'Chrome', ...noDevice }), english);
    expect(summary(advice)).toBe(
      "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess): " +
        'Suggested, not tried: ' +
        'Add the Microsoft Single Sign On extension to Chrome. ' +
        'Try Microsoft Edge instead. ' +
        'If your organization has a VPN, turn it on and try again. ' +
        'Use a computer or phone that your organization gave you, and sign in there.',
    );
  });

  it('says which steps were tried and which not, each in the advice’s order, and ignores ticks for steps not shown', () => {
    const advice = chooseAdvice(detection({ errorCode: '53003', browser: 'Chrome', ...noDevice }), english);
    const [first, second, third, fourth] = advice.steps.map((step) => step.id);
    expect(summary(advice, [third, first, 'restart_device'])).toBe(
      "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess): " +
        'Tried: Add the Microsoft Single Sign On extension to Chrome. If your organization has a VPN, turn it on and try again. ' +
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
    expect(summary(chooseAdvice(detection({}), english))).toMatch(/^Microsoft sign-in failed: Suggested, not tried: Wait a few minutes and try again\. /);
  });

  it('quotes only the first sentence in Japanese and Chinese too, where no space follows a full stop', () => {
    const steps: Record<string, string> = {
      step_try_again_later: '数分待ってから、もう一度お試しください。サインインの問題の中には、時間がたつと解消するものもあります。',
      step_check_account: '请检查你登录时使用的账户！它必须是工作账户。',
    };
    const cjk: typeof english = (key, subs) => steps[key] ?? english(key, subs);
    const quoted = summary(chooseAdvice(detection({}), cjk), [], cjk);
    expect(quoted).toContain('数分待ってから、もう一度お試しください。 请检查你登录时使用的账户！');
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
  const codes = [...Object.keys(SIGN_IN_BLOCKS), '700016', undefined];
  const states: Array<Partial<Detection>> = [{}, noDevice, { deviceId: GUID, deviceState: 'Registered' }, { deviceId: GUID, deviceState: 'Managed' }, { deviceId: GUID, deviceState: 'Compliant' }];
  const systems: OsName[] = ['Windows', 'macOS', 'Linux', 'ChromeOS', 'Android', 'iOS', 'Other'];
  const browsers: BrowserName[] = ['Edge', 'Chrome', 'Firefox', 'Safari', 'Opera', 'Other'];
  const apps: Array<Partial<Detection>> = [{}, { appName: 'Microsoft Teams' }, ...CLI_TOOLS.map((tool) => ({ appName: `Microsoft ${tool.name}` }))];
  const browserSteps: StepId[] = ['chrome_sso_extension', 'use_edge_work_account', 'edge_sign_in_work_account', 'firefox_windows_sso', 'mac_use_safari_or_edge', 'linux_use_edge', 'ios_use_safari_or_edge', 'android_use_edge_or_chrome'];

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
              for (const privateWindow of [false, true]) {
                const given = { errorCode, os, browser, privateWindow, ...state, ...app };
                const advice = chooseAdvice(detection(given), english);
                const ids = advice.steps.map((step) => step.id as StepId);
                check(ids.length <= MAX_STEPS, given, `more than ${MAX_STEPS} steps`);
                check(new Set(ids).size === ids.length, given, 'a step twice');
                check(advice.nothingYouCanDo === (ids.length === 0), given, 'nothingYouCanDo does not match the steps');
                check((advice.whoCanFix === 'it') === (ids.length === 0), given, 'whoCanFix does not match the steps');
                const checksDevice = errorCode === undefined || !(errorCode in SIGN_IN_BLOCKS) || SIGN_IN_BLOCKS[errorCode]!.checks.includes('device');
                if (privateWindow && ids.length > 0 && checksDevice) check(ids[0] === 'normal_window', given, 'leaving the private window is not first');
                if (ids.some((id) => id.startsWith('sign_in_'))) check(!ids.some((id) => browserSteps.includes(id)), given, 'browser steps next to a device-code step');
                if (os === 'Linux') check(!ids.includes('chrome_sso_extension') && !ids.includes('firefox_windows_sso'), given, 'a browser fix that does not work on Linux');
                const texts = [advice.title, advice.whatHappened, advice.whoCanFixText, advice.tellIt, ...advice.steps.map((step) => step.text)];
                check(texts.every((text) => /\s/.test(text)), given, 'a message key instead of a sentence');
                checked += 1;
              }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(checked).toBe(codes.length * states.length * systems.length * browsers.length * apps.length * 2);
  });
});
