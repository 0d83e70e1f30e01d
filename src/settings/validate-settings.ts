import type { Translate } from '../extension/i18n';
import {
  DEFAULT_SETTINGS,
  PLACEHOLDER_PATTERN,
  REDACTABLE_FIELDS,
  TICKET_PLACEHOLDERS,
  type SettingKey,
  type Settings,
} from './settings-spec';

/**
 * Why a value was refused, as a message key of src/locales/<lang>/settings.json and its
 * substitutions, so admins and people read it in their own language: see `reasonText`.
 */
export interface Reason {
  key: string;
  args: string[];
}

export interface SettingProblem {
  key: string;
  reason: Reason;
}

const because = (key: string, ...args: (string | number)[]): Reason => ({ key: `settingProblem_${key}`, args: args.map(String) });

/** What is wrong and how to fix it, in the reader's language. */
export function reasonText(reason: Reason, t: Translate): string {
  return t(reason.key, reason.args);
}

export interface ValidatedSettings {
  values: Partial<Settings>;
  problems: SettingProblem[];
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9 ().-]{3,30}$/;
const CODE = /^\d{4,7}$/;
const MAX_TEXT = { supportName: 80, supportPhone: 30, orgMessage: 500, extraAdvice: 300, url: 2000 } as const;

/** An absolute https URL with a host, or the reason it is not. */
export function httpsUrlProblem(value: string): Reason | undefined {
  // The URL parser drops tabs and line breaks; a link that only parses once they are gone is not one.
  if (/\p{Cc}/u.test(value)) return because('notUrl');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return because('notUrl');
  }
  if (url.protocol !== 'https:') return because('notHttps', url.protocol);
  if (!url.hostname) return because('noHost');
  if (url.username || url.password) return because('urlCredentials');
  return undefined;
}

/** The template's problem, if any: it must be an https URL once filled, using only known placeholders. */
export function ticketTemplateProblem(template: string): Reason | undefined {
  const unknown = [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]).filter((name) => !(TICKET_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) return because('unknownPlaceholder', `{${unknown[0]}}`, TICKET_PLACEHOLDERS.map((p) => `{${p}}`).join(', '));
  if (/\p{Cc}/u.test(template)) return because('notUrl');
  // Page values fill placeholders: none may stand where they could choose the host.
  if (/^[a-z]*:\/*[^/?#]*\{/i.test(template)) return because('placeholderInHost');
  const sample = template.replace(PLACEHOLDER_PATTERN, 'x');
  return httpsUrlProblem(sample);
}

type Check = (value: unknown) => { value?: unknown; reason?: Reason };

const text = (max: number, format?: (s: string) => Reason | undefined): Check => (value) => {
  if (typeof value !== 'string') return { reason: because('notText') };
  const trimmed = value.trim();
  if (trimmed.length > max) return { reason: because('tooLong', trimmed.length, max) };
  if (trimmed && format) {
    const reason = format(trimmed);
    if (reason) return { reason };
  }
  return { value: trimmed };
};

const CHECKS: Record<SettingKey, Check> = {
  supportName: text(MAX_TEXT.supportName),
  supportEmail: text(254, (s) => (EMAIL.test(s) ? undefined : because('notEmail'))),
  supportPhone: text(MAX_TEXT.supportPhone, (s) => (PHONE.test(s) ? undefined : because('notPhone'))),
  supportUrl: text(MAX_TEXT.url, httpsUrlProblem),
  ticketUrlTemplate: text(MAX_TEXT.url, ticketTemplateProblem),
  orgMessage: text(MAX_TEXT.orgMessage),
  redactFields: (value) => {
    if (!Array.isArray(value)) return { reason: because('notList') };
    // An index loop, not find(): a hole or `undefined` must be refused too.
    for (let i = 0; i < value.length; i++) {
      if (!(REDACTABLE_FIELDS as readonly unknown[]).includes(value[i])) {
        const shown = typeof value[i] === 'string' ? JSON.stringify(value[i]).slice(0, 60) : typeof value[i];
        return { reason: because('unknownField', shown, REDACTABLE_FIELDS.join(', ')) };
      }
    }
    return { value: [...new Set(value)] };
  },
  extraAdvice: (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: because('notMap') };
    const advice: Record<string, string> = {};
    for (const [code, tip] of Object.entries(value)) {
      if (!CODE.test(code)) return { reason: because('notCode', code.slice(0, 20)) };
      if (typeof tip !== 'string' || tip.trim().length > MAX_TEXT.extraAdvice) return { reason: because('adviceTooLong', code, MAX_TEXT.extraAdvice) };
      advice[code] = tip.trim();
    }
    return { value: advice };
  },
  showPageNotice: (value) => (typeof value === 'boolean' ? { value } : { reason: because('notBoolean') }),
};

/**
 * Checks settings from policy or from the options page. Each valid value is kept; each invalid
 * value or unknown key is refused with a reason and never used, so the defaults stand in for it.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const problems: SettingProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { values: {}, problems: raw == null ? [] : [{ key: '(all)', reason: because('notObject') }] };
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.prototype.hasOwnProperty.call(CHECKS, key)) {
      problems.push({ key: key.slice(0, 60), reason: because('unknownSetting', Object.keys(DEFAULT_SETTINGS).join(', ')) });
      continue;
    }
    const result = CHECKS[key as SettingKey](value);
    if (result.reason) problems.push({ key, reason: result.reason });
    else values[key as SettingKey] = result.value;
  }
  return { values: values as Partial<Settings>, problems };
}
