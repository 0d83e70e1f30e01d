/**
 * Turns what was captured about a blocked sign-in into plain advice: what happened, who can fix
 * it, and the few steps that fit this person's browser, system and device.
 *
 * How: the code's entry in sign-in-blocks.ts gives the default steps; the rules in advice-rules.ts
 * add steps in front of them, swap them, or leave some out, when the situation says so; steps.ts
 * words a step for the person's system where it differs.
 */
import type { Detection, OsName } from '../detection/detection';
import type { MessageKey, Translate } from '../extension/i18n';
import { errorCodeOf } from '../page/detail-formats';
import { errorLookupUrl } from '../page/signin-hosts';
import { type AdviceRule, RULES, type Situation } from './advice-rules';
import { cliToolOf } from './cli-tools';
import { deviceKindOf } from './device-state';
import { GENERAL_BLOCK, GENERAL_TITLE_WITHOUT_CODE_KEY, findBlock, type DocLink, type WhoCanFix } from './sign-in-blocks';
import { PLATFORM_VARIANTS, PRECISE_REPLACES_GENERAL, STEPS, type StepId } from './steps';

export { RULES, type AdviceRule, type Situation } from './advice-rules';

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
  /** What to tell IT; names the Correlation ID and the time when the page showed no Request ID. */
  tellIt: string;
  /** Explain Microsoft's "Enable flagging": only where the page has it (Conditional Access blocks). */
  flaggingHelps: boolean;
  source: DocLink | undefined;
  /** Unknown codes: Microsoft's lookup page for the code, for the IT team (Microsoft: "for developer usage only"). */
  lookupUrl: string | undefined;
}

/** More than this and people stop reading. */
export const MAX_STEPS = 5;

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

function situationOf(detection: Detection): Situation {
  // "53003", also from "AADSTS53003" (a detection built elsewhere, e.g. the sample); undefined when there is no usable code.
  const code = errorCodeOf(detection.errorCode);
  const block = findBlock(code);
  return {
    detection,
    code,
    block: block ?? GENERAL_BLOCK,
    known: block !== undefined,
    platform: currentPlatform(detection),
    cliTool: cliToolOf(detection),
    device: deviceKindOf(detection.deviceState),
  };
}

/** The step in this system's words; undefined where the system has no such step. */
function inPlatformWords(id: StepId, platform: OsName): StepId | undefined {
  const variants = PLATFORM_VARIANTS[platform];
  if (variants === undefined || !Object.hasOwn(variants, id)) return id;
  return variants[id] ?? undefined;
}

function chooseSteps({ block, platform }: Situation, rules: readonly AdviceRule[]): StepId[] {
  if (block.steps.length === 0) return [];
  const defaults = rules.find((rule) => rule.insteadOfDefaults)?.insteadOfDefaults ?? block.steps;
  const leftOut = new Set(rules.flatMap((rule) => rule.leaveOut ?? []));
  const wanted = [...rules.flatMap((rule) => rule.steps ?? []), ...defaults].filter((id) => !leftOut.has(id));
  const chosen = [...new Set(wanted.flatMap((id) => inPlatformWords(id, platform) ?? []))];
  const precise = chosen.filter((id) => !chosen.some((other) => PRECISE_REPLACES_GENERAL[other] === id));
  return precise.slice(0, MAX_STEPS);
}

/** A known code has its own title; the general title names the code, when there is one. */
function titleOf({ code, block, known }: Situation, t: Translate): string {
  if (known) return t(block.titleKey);
  if (code === undefined) return t(GENERAL_TITLE_WITHOUT_CODE_KEY);
  return t(block.titleKey, code);
}

/**
 * Without a Request ID, the helpdesk finds the sign-in by the Correlation ID and the time
 * (Microsoft's sign-in logs filter by both; docs/reference/error-page.md).
 */
function tellItOf({ block, detection }: Situation, t: Translate): string {
  const tellIt = t(block.tellItKey);
  if (detection.requestId?.trim()) return tellIt;
  return `${tellIt} ${t(detection.correlationId?.trim() ? 'advice_tell_it_no_request_id' : 'advice_tell_it_no_ids')}`;
}

const WHO_CAN_FIX_KEYS: Record<WhoCanFix, MessageKey> = {
  you: 'advice_who_you',
  both: 'advice_who_both',
  it: 'advice_who_it',
  'app-owner': 'advice_who_app_owner',
  unknown: 'advice_who_unknown',
};

export function chooseAdvice(detection: Detection, t: Translate): Advice {
  const situation = situationOf(detection);
  const { code, block, known } = situation;
  const rules = RULES.filter((rule) => rule.when(situation));
  const steps = chooseSteps(situation, rules);
  const nothingYouCanDo = steps.length === 0;
  const whoCanFix: WhoCanFix = nothingYouCanDo ? (block.whoCanFix === 'app-owner' ? 'app-owner' : 'it') : block.whoCanFix;
  const notes = rules.flatMap((rule) => (rule.note ? [t(rule.note)] : []));
  const whoCanFixText = t(WHO_CAN_FIX_KEYS[whoCanFix]);

  return {
    code,
    known,
    officialName: block.officialName,
    title: titleOf(situation, t),
    whatHappened: [t(block.whatKey), ...notes].join(' '),
    whoCanFix,
    whoCanFixText,
    steps: steps.map((id) => ({ id, text: t(STEPS[id].messageKey) })),
    nothingYouCanDo,
    // When only the app's owners can fix it, say that: "send the details to your IT team" alone
    // would hide that IT has to pass it on.
    nothingYouCanDoText: nothingYouCanDo ? (whoCanFix === 'app-owner' ? whoCanFixText : t('advice_nothing_you_can_do')) : undefined,
    tellIt: tellItOf(situation, t),
    flaggingHelps: block.pageHasFlagging,
    source: block.source,
    lookupUrl: !known && code !== undefined ? errorLookupUrl(detection.host, code) : undefined,
  };
}
