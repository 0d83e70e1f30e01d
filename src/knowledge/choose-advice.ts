/**
 * Turns what was captured about a blocked sign-in into plain advice: what happened, who can fix
 * it, and the few steps that fit this person's browser, system and device.
 *
 * How: the code's entry in sign-in-blocks.ts gives the default steps; the RULES table below adds
 * steps in front of them, or swaps them, when the situation says so. Rules are small named
 * predicates, read top to bottom; every matching rule contributes.
 */
import type { BrowserName, Detection, OsName } from '../detection/detection';
import type { MessageKey, Translate } from '../extension/i18n';
import { errorCodeOf } from '../page/detail-formats';
import { errorLookupUrl } from '../page/signin-hosts';
import {
  GENERAL_BLOCK,
  GENERAL_TITLE_WITHOUT_CODE_KEY,
  findBlock,
  type Check,
  type DocLink,
  type SignInBlock,
  type WhoCanFix,
} from './sign-in-blocks';
import { CLI_TOOLS, cliToolOf, type CliTool } from './cli-tools';
import { PRECISE_REPLACES_GENERAL, STEPS, type StepId } from './steps';

export interface AdviceStep {
  id: string;
  text: string;
}

export interface Advice {
  code: string | undefined;
  /** The code is in the knowledge base. */
  known: boolean;
  officialName: string | undefined;
  /** Localized plain title. */
  title: string;
  /** One or two sentences, plus a sentence about the device where the page says something about it. */
  whatHappened: string;
  whoCanFix: WhoCanFix;
  /** Localized sentence, e.g. "Only your IT team can fix this." */
  whoCanFixText: string;
  /** Ordered, tailored; empty when nothing the person can do would help. */
  steps: AdviceStep[];
  /** True: the popup says so plainly and goes straight to contacting IT. */
  nothingYouCanDo: boolean;
  nothingYouCanDoText: string | undefined;
  /** What to tell IT. */
  tellIt: string;
  /** Explain Microsoft's "Enable flagging": only where the page has it (Conditional Access blocks). */
  flaggingHelps: boolean;
  source: DocLink | undefined;
  /** Unknown codes: Microsoft's lookup page for the code, for the person to click. */
  lookupUrl: string | undefined;
}

/** More than this and people stop reading. */
export const MAX_STEPS = 5;

// --- What we know about the sign-in ----------------------------------------------------------

export interface Situation {
  detection: Detection;
  code: string | undefined;
  block: SignInBlock;
  /** The system the person is using now. */
  platform: OsName;
  cliTool: CliTool | undefined;
}

/** The page's "Device platform" text, for when the browser could not tell us the system. */
const PLATFORM_NAMES: ReadonlyArray<[RegExp, OsName]> = [
  [/windows/i, 'Windows'],
  [/mac\s?os|os x/i, 'macOS'],
  [/\bios\b|iphone|ipad/i, 'iOS'],
  [/android/i, 'Android'],
  [/chrome\s?os/i, 'ChromeOS'],
  [/linux|ubuntu/i, 'Linux'],
];

function currentPlatform(detection: Detection): OsName {
  if (detection.os !== 'Other') return detection.os;
  return PLATFORM_NAMES.find(([pattern]) => pattern.test(detection.devicePlatform ?? ''))?.[1] ?? 'Other';
}

// --- Predicates --------------------------------------------------------------------------------

type Predicate = (s: Situation) => boolean;

const all = (...predicates: Predicate[]): Predicate => (s) => predicates.every((p) => p(s));
const any = (...predicates: Predicate[]): Predicate => (s) => predicates.some((p) => p(s));
const not = (predicate: Predicate): Predicate => (s) => !predicate(s);

const isCode = (code: string): Predicate => (s) => s.code === code;
const blockChecks = (check: Check): Predicate => (s) => s.block.checks.includes(check);
const onPlatform = (...platforms: OsName[]): Predicate => (s) => platforms.includes(s.platform);
const inBrowser = (...browsers: BrowserName[]): Predicate => (s) => browsers.includes(s.detection.browser);
const inPrivateWindow: Predicate = (s) => s.detection.privateWindow;
const signedInWith = (tool: CliTool): Predicate => (s) => s.cliTool === tool;
const signedInWithCliTool: Predicate = (s) => s.cliTool !== undefined;

/** "Device state:" as the page shows it: Unregistered, Registered, Managed or Compliant. */
const deviceStateIs = (state: 'unregistered' | 'registered' | 'managed' | 'compliant'): Predicate => (s) =>
  s.detection.deviceState?.trim().toLowerCase() === state;

/** The page shows no device identity: "Device identifier: Not available" or "Device state: Unregistered". */
const pageSawNoDevice: Predicate = any((s) => /^not available$/i.test(s.detection.deviceId?.trim() ?? ''), deviceStateIs('unregistered'));

/**
 * The browser did not present the device's identity to a policy that checks the device: the code
 * says so, or the page shows no device. Left out for command-line tools: their fix is how they sign
 * in, and on Windows they sign in through the system, not the browser.
 */
const browserMissedDevice: Predicate = all(
  blockChecks('device'),
  not(signedInWithCliTool),
  any((s) => s.block.deviceNotPresented === true, pageSawNoDevice),
);

// --- Rules -------------------------------------------------------------------------------------

export interface AdviceRule {
  /** What the rule knows, in one line. */
  name: string;
  when: Predicate;
  /** Steps to put before the block's own steps, in this order. */
  steps?: readonly StepId[];
  /** Steps to use instead of the block's own steps (the first matching rule that has them wins). */
  insteadOfDefaults?: readonly StepId[];
  /** Message key of a sentence added to "what happened". */
  note?: MessageKey;
}

export const RULES: readonly AdviceRule[] = [
  {
    name: 'A private window always fails device checks, so leaving it comes first',
    when: all(inPrivateWindow, blockChecks('device')),
    steps: ['normal_window'],
  },
  ...CLI_TOOLS.map(
    (tool): AdviceRule => ({
      name: `${tool.name} sign-ins often use a device code, which never passes a device check`,
      when: all(signedInWith(tool), any(blockChecks('device'), blockChecks('sign-in-method'))),
      steps: [tool.step],
    }),
  ),

  // Supported browsers for device-based policies: Windows (Edge, Chrome with the extension, Firefox
  // with Windows SSO), macOS (Edge, Chrome, Safari), iOS (Edge, Safari), Android (Edge, Chrome), Linux (Edge).
  {
    name: 'Chrome on Windows needs the Microsoft Single Sign On extension; Edge works too',
    when: all(browserMissedDevice, onPlatform('Windows'), inBrowser('Chrome')),
    steps: ['chrome_sso_extension', 'use_edge_work_account'],
  },
  {
    name: 'Edge presents the device only when signed in with the work account',
    when: all(browserMissedDevice, onPlatform('Windows', 'macOS', 'Linux'), inBrowser('Edge')),
    steps: ['edge_sign_in_work_account'],
  },
  {
    name: 'Firefox on Windows needs "Allow Windows single sign-on"',
    when: all(browserMissedDevice, onPlatform('Windows'), inBrowser('Firefox')),
    steps: ['firefox_windows_sso'],
  },
  {
    name: 'Other browsers on Windows cannot present the device',
    when: all(browserMissedDevice, onPlatform('Windows'), inBrowser('Opera', 'Safari', 'Other')),
    steps: ['use_edge_work_account'],
  },
  {
    name: 'Chrome on macOS needs the Microsoft Single Sign On extension; Safari and Edge work too',
    when: all(browserMissedDevice, onPlatform('macOS'), inBrowser('Chrome')),
    steps: ['chrome_sso_extension', 'mac_use_safari_or_edge'],
  },
  {
    name: 'Other browsers on macOS cannot present the device',
    when: all(browserMissedDevice, onPlatform('macOS'), inBrowser('Firefox', 'Opera', 'Other')),
    steps: ['mac_use_safari_or_edge'],
  },
  {
    name: 'On Linux only Edge can present the device',
    when: all(browserMissedDevice, onPlatform('Linux'), not(inBrowser('Edge'))),
    steps: ['linux_use_edge'],
  },
  {
    name: 'On iPhone and iPad only Safari and Edge can present the device',
    when: all(browserMissedDevice, onPlatform('iOS'), not(inBrowser('Safari', 'Edge'))),
    steps: ['ios_use_safari_or_edge'],
  },
  {
    name: 'On Android only Edge and Chrome can present the device',
    when: all(browserMissedDevice, onPlatform('Android'), not(inBrowser('Edge', 'Chrome'))),
    steps: ['android_use_edge_or_chrome'],
  },

  // App protection on Windows lives in Edge's work profile, not in a phone app.
  {
    name: 'App protection on Windows: sign in to Edge with the work account',
    when: all(isCode('53009'), onPlatform('Windows'), inBrowser('Edge')),
    insteadOfDefaults: ['edge_sign_in_work_account', 'app_protection_setup'],
  },
  {
    name: 'App protection on Windows: use Edge with the work account',
    when: all(isCode('53009'), onPlatform('Windows'), not(inBrowser('Edge'))),
    insteadOfDefaults: ['use_edge_work_account', 'app_protection_setup'],
  },

  // What "Device state" says about a 53003 block, whose policy may look at anything.
  {
    name: 'Compliant: the device is fine, so the block is about the place or the app',
    when: all(isCode('53003'), deviceStateIs('compliant')),
    insteadOfDefaults: ['office_network'],
    note: 'advice_note_device_passed',
  },
  {
    name: 'Registered: the policy may want a managed device, or be about the app or the place',
    when: all(isCode('53003'), deviceStateIs('registered')),
    insteadOfDefaults: ['enroll_device', 'use_company_device', 'office_network'],
    note: 'advice_note_device_known',
  },
  {
    name: 'Managed: the device may not be compliant right now',
    when: all(isCode('53003'), deviceStateIs('managed')),
    insteadOfDefaults: ['company_portal_fix', 'company_portal_sync', 'office_network'],
    note: 'advice_note_device_managed',
  },
  {
    name: 'No device seen: often the cause of a 53003 block',
    when: all(isCode('53003'), pageSawNoDevice),
    note: 'advice_note_device_not_seen',
  },
];

// --- Choosing ----------------------------------------------------------------------------------

function situationOf(detection: Detection): Situation {
  // "53003", also from "AADSTS53003" (a detection built elsewhere, e.g. the sample); undefined when there is no usable code.
  const code = errorCodeOf(detection.errorCode);
  return { detection, code, block: findBlock(code) ?? GENERAL_BLOCK, platform: currentPlatform(detection), cliTool: cliToolOf(detection) };
}

function chooseSteps(block: SignInBlock, rules: readonly AdviceRule[]): StepId[] {
  if (block.whoCanFix === 'it') return [];
  const defaults = rules.find((rule) => rule.insteadOfDefaults)?.insteadOfDefaults ?? block.steps;
  const chosen = [...new Set([...rules.flatMap((rule) => rule.steps ?? []), ...defaults])];
  const precise = chosen.filter((id) => !chosen.some((other) => PRECISE_REPLACES_GENERAL[other] === id));
  return precise.slice(0, MAX_STEPS);
}

/** A known code has its own title; the general title names the code, when there is one. */
function titleOf({ code, block }: Situation, known: boolean, t: Translate): string {
  if (known) return t(block.titleKey);
  if (code === undefined) return t(GENERAL_TITLE_WITHOUT_CODE_KEY);
  return t(block.titleKey, code);
}

const WHO_CAN_FIX_KEYS: Record<WhoCanFix, MessageKey> = { you: 'advice_who_you', both: 'advice_who_both', it: 'advice_who_it' };

export function chooseAdvice(detection: Detection, t: Translate): Advice {
  const situation = situationOf(detection);
  const { code, block } = situation;
  const known = findBlock(code) !== undefined;
  const rules = RULES.filter((rule) => rule.when(situation));
  const steps = chooseSteps(block, rules);
  const nothingYouCanDo = steps.length === 0;
  const whoCanFix: WhoCanFix = nothingYouCanDo ? 'it' : block.whoCanFix;
  const notes = rules.flatMap((rule) => (rule.note ? [t(rule.note)] : []));

  return {
    code,
    known,
    officialName: block.officialName,
    title: titleOf(situation, known, t),
    whatHappened: [t(block.whatKey), ...notes].join(' '),
    whoCanFix,
    whoCanFixText: t(WHO_CAN_FIX_KEYS[whoCanFix]),
    steps: steps.map((id) => ({ id, text: t(STEPS[id].messageKey) })),
    nothingYouCanDo,
    nothingYouCanDoText: nothingYouCanDo ? t('advice_nothing_you_can_do') : undefined,
    tellIt: t(block.tellItKey),
    flaggingHelps: block.pageHasFlagging,
    source: block.source,
    lookupUrl: !known && code !== undefined ? errorLookupUrl(detection.host, code) : undefined,
  };
}
