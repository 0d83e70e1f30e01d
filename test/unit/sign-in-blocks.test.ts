import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/knowledge/advice-rules';
import { CLI_TOOLS } from '../../src/knowledge/cli-tools';
import { GENERAL_BLOCK, GENERAL_TITLE_WITHOUT_CODE_KEY, SIGN_IN_BLOCKS, type SignInBlock } from '../../src/knowledge/sign-in-blocks';
import { PLATFORM_VARIANTS, PRECISE_REPLACES_GENERAL, STEPS, STEP_IDS, isStepId } from '../../src/knowledge/steps';
import { allEnglishMessages } from './helpers/english';

/** Microsoft's error strings, from the AADSTS error-code reference and the Conditional Access troubleshooting page. */
const OFFICIAL_NAMES: Record<string, string> = {
  '53000': 'DeviceNotCompliant',
  '53001': 'DeviceNotDomainJoined',
  '53002': 'ApplicationUsedIsNotAnApprovedApp',
  '53003': 'BlockedByConditionalAccess',
  '53004': 'ProofUpBlockedDueToRisk',
  '53010': 'ProofUpBlockedDueToSecurityInfoAcr',
  '530032': 'BlockedByConditionalAccessOnSecurityPolicy',
  '530034': 'DelegatedAdminBlockedDueToSuspiciousActivity',
  '530035': 'BlockedBySecurityDefaults',
  '50005': 'DevicePolicyError',
  '50076': 'UserStrongAuthClientAuthNRequired',
  '50079': 'UserStrongAuthEnrollmentRequired',
  '50097': 'DeviceAuthenticationRequired',
  '50105': 'EntitlementGrantsNotFound',
  '50129': 'DeviceIsNotWorkplaceJoined',
  '50131': 'ConditionalAccessFailed',
  '50155': 'DeviceAuthenticationFailed',
  '50158': 'ExternalSecurityChallenge',
  '50187': 'DeviceInformationNotProvided',
  '16000': 'InteractionRequired',
  '50020': 'UserUnauthorized',
  '50034': 'UserAccountNotFound',
  '500212': 'NotAllowedByOutboundPolicyTenant',
  '500213': 'NotAllowedByInboundPolicyTenant',
  '700016': 'UnauthorizedClient_DoesNotMatchRequest',
  '50011': 'InvalidReplyTo',
  '7000112': 'UnauthorizedClientApplicationDisabled',
  '500014': 'InvalidResourceServicePrincipalDisabled',
};

/** Codes Microsoft documents elsewhere, without an official name: each must have an entry too. */
const CODES_WITHOUT_NAMES = ['530001', '530002', '530003', '530004', '530033', '530036', '53005', '53009', '53011', '50053', '500208', '135011', '900023'];

const messages = allEnglishMessages();
const OWN_FILES = ['blocks.json', 'steps.json'];
const ownKeys = Object.entries(messages).filter(([, { file }]) => OWN_FILES.includes(file)).map(([key]) => key);
const entries: Array<[string, SignInBlock]> = [...Object.entries(SIGN_IN_BLOCKS), ['general', GENERAL_BLOCK]];

function expectMessage(key: string, where: string) {
  expect(messages[key], `${where}: add "${key}" to src/locales/en/${key.startsWith('block_') ? 'blocks' : 'steps'}.json`).toBeDefined();
  expect(messages[key]?.message.trim(), `${where}: "${key}" is empty`).not.toBe('');
}

describe('the knowledge base', () => {
  it('keys every entry by an AADSTS code as the page prints it (digits only)', () => {
    for (const code of Object.keys(SIGN_IN_BLOCKS)) expect(code, `"${code}": use the digits after AADSTS`).toMatch(/^\d{5,7}$/);
  });

  it('has an entry for each code Microsoft names below', () => {
    for (const code of [...Object.keys(OFFICIAL_NAMES), ...CODES_WITHOUT_NAMES]) expect(SIGN_IN_BLOCKS[code], `add ${code} to src/knowledge/sign-in-blocks.ts`).toBeDefined();
  });

  it.each(entries)('%s has a title, what happened and what to tell IT in English', (code, block) => {
    for (const key of [block.titleKey, block.whatKey, block.tellItKey]) expectMessage(key, code);
  });

  it('has a title for an error without a code', () => {
    expectMessage(GENERAL_TITLE_WITHOUT_CODE_KEY, 'general');
  });

  it("uses Microsoft's official names where Microsoft publishes one", () => {
    for (const [code, block] of Object.entries(SIGN_IN_BLOCKS)) {
      expect(block.officialName, code).toBe(OFFICIAL_NAMES[code]);
    }
  });

  it.each(entries)('%s rests on a learn.microsoft.com document', (code, block) => {
    const url = new URL(block.source.url);
    expect(url.protocol, code).toBe('https:');
    expect(url.hostname, code).toBe('learn.microsoft.com');
    expect(url.pathname, code).toMatch(/^\/en-us\/entra\//);
    expect(block.source.title.trim(), code).not.toBe('');
  });

  it.each(entries)('%s offers steps exactly when the person can do something', (code, block) => {
    const onlyOthers = block.whoCanFix === 'it' || block.whoCanFix === 'app-owner';
    expect(block.steps.length === 0, `${code}: whoCanFix is "${block.whoCanFix}"`).toBe(onlyOthers);
    expect(new Set(block.steps).size, `${code}: a step is listed twice`).toBe(block.steps.length);
  });

  it('lists the Conditional Access family as the pages with "Enable flagging"', () => {
    const withFlagging = Object.entries(SIGN_IN_BLOCKS).filter(([, block]) => block.pageHasFlagging).map(([code]) => code);
    expect(withFlagging.every((code) => /^530\d{2,3}$/.test(code))).toBe(true);
    expect(GENERAL_BLOCK.pageHasFlagging).toBe(false);
  });
});

describe('the steps', () => {
  const stepsUsed = new Set<string>([
    ...entries.flatMap(([, block]) => block.steps),
    ...RULES.flatMap((rule) => [...(rule.steps ?? []), ...(rule.insteadOfDefaults ?? [])]),
    ...CLI_TOOLS.map((tool) => tool.step),
    ...Object.values(PLATFORM_VARIANTS).flatMap((variants) => Object.values(variants ?? {}).filter((id) => id !== null)),
  ]);

  it('uses only steps that exist', () => {
    expect([...stepsUsed].filter((id) => !isStepId(id))).toEqual([]);
    for (const variants of Object.values(PLATFORM_VARIANTS)) {
      for (const [general, variant] of Object.entries(variants ?? {})) expect(isStepId(general) && (variant === null || isStepId(variant)), general).toBe(true);
    }
    for (const [precise, general] of Object.entries(PRECISE_REPLACES_GENERAL)) {
      expect(isStepId(precise) && general !== undefined && isStepId(general), `${precise} narrows ${general}`).toBe(true);
    }
  });

  it('has no step that nothing uses', () => {
    expect(STEP_IDS.filter((id) => !stepsUsed.has(id))).toEqual([]);
  });

  it.each(STEP_IDS)('%s has its text in English, with the action in a short first sentence', (id) => {
    expectMessage(STEPS[id].messageKey, id);
    const first = messages[STEPS[id].messageKey]!.message.match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? '';
    expect(first.length, `${id}: the helpdesk ticket quotes the first sentence; keep it short`).toBeGreaterThan(0);
    expect(first.length, `${id}: "${first}"`).toBeLessThanOrEqual(90);
  });

  it('marks only asking IT as not self-service', () => {
    expect(STEP_IDS.filter((id) => !STEPS[id].selfService)).toEqual(['lost_phone', 'ask_temporary_access_pass']);
  });
});

describe('the English message files this knowledge owns', () => {
  const adviceSources = ['choose-advice.ts', 'advice-rules.ts'].map((file) => readFileSync(join(process.cwd(), 'src/knowledge', file), 'utf8')).join('\n');
  const usedKeys = new Set<string>([
    ...entries.flatMap(([, block]) => [block.titleKey, block.whatKey, block.tellItKey]),
    GENERAL_TITLE_WITHOUT_CODE_KEY,
    ...STEP_IDS.map((id) => STEPS[id].messageKey),
    ...RULES.flatMap((rule) => (rule.note ? [rule.note] : [])),
    ...ownKeys.filter((key) => key.startsWith('advice_') && adviceSources.includes(`'${key}'`)),
  ]);

  it('exist', () => {
    expect(ownKeys.length).toBeGreaterThan(0);
  });

  it('only hold keys starting with block_, step_ or advice_', () => {
    expect(ownKeys.filter((key) => !/^(?:block|step|advice)_[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });

  it('hold no message that nothing shows', () => {
    expect(ownKeys.filter((key) => !usedKeys.has(key))).toEqual([]);
  });

  it('define every placeholder they use, and use every placeholder they define', () => {
    for (const file of OWN_FILES) {
      const content = JSON.parse(readFileSync(join(process.cwd(), 'src/locales/en', file), 'utf8')) as Record<
        string,
        { message: string; description?: string; placeholders?: Record<string, { content: string }> }
      >;
      for (const [key, { message, description, placeholders = {} }] of Object.entries(content)) {
        const used = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
        expect(used, `${file} › ${key}`).toEqual(Object.keys(placeholders).map((name) => name.toLowerCase()).sort());
        expect(description?.trim(), `${file} › ${key}: say who reads it, and where`).toBeTruthy();
      }
    }
  });
});
