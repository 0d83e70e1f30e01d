import {
  DEFAULT_SETTINGS,
  PLACEHOLDER_PATTERN,
  REDACTABLE_FIELDS,
  TICKET_PLACEHOLDERS,
  type SettingKey,
  type Settings,
} from './settings-spec';

export interface SettingProblem {
  key: string;
  /** Plain English for admins and the options page: what is wrong and how to fix it. */
  reason: string;
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
export function httpsUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a full web address; it must start with https://';
  }
  if (url.protocol !== 'https:') return `must start with https:// (it uses ${url.protocol}), so it can't run code or leak details over plain http`;
  if (!url.hostname) return 'has no host name';
  if (url.username || url.password) return 'must not contain a user name or password';
  return undefined;
}

/** The template's problem, if any: it must be an https URL once filled, using only known placeholders. */
export function ticketTemplateProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]).filter((name) => !(TICKET_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) return `uses unknown placeholder {${unknown[0]}}; known ones are ${TICKET_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
  const sample = template.replace(PLACEHOLDER_PATTERN, 'x');
  return httpsUrlProblem(sample);
}

type Check = (value: unknown) => { value?: unknown; reason?: string };

const text = (max: number, format?: (s: string) => string | undefined): Check => (value) => {
  if (typeof value !== 'string') return { reason: `must be text, not ${describe(value)}` };
  const trimmed = value.trim();
  if (trimmed.length > max) return { reason: `is ${trimmed.length} characters long; the limit is ${max}` };
  if (trimmed && format) {
    const reason = format(trimmed);
    if (reason) return { reason };
  }
  return { value: trimmed };
};

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return `a ${typeof value}`;
}

const CHECKS: Record<SettingKey, Check> = {
  supportName: text(MAX_TEXT.supportName),
  supportEmail: text(254, (s) => (EMAIL.test(s) ? undefined : 'is not an e-mail address like servicedesk@contoso.com')),
  supportPhone: text(MAX_TEXT.supportPhone, (s) => (PHONE.test(s) ? undefined : 'may only hold digits, spaces, +, -, ( ) and .')),
  supportUrl: text(MAX_TEXT.url, httpsUrlProblem),
  ticketUrlTemplate: text(MAX_TEXT.url, ticketTemplateProblem),
  orgMessage: text(MAX_TEXT.orgMessage),
  redactFields: (value) => {
    if (!Array.isArray(value)) return { reason: `must be a list of field names, not ${describe(value)}` };
    const unknown = value.find((f) => !(REDACTABLE_FIELDS as readonly unknown[]).includes(f));
    if (unknown !== undefined) return { reason: `has unknown field ${JSON.stringify(unknown)}; use ${REDACTABLE_FIELDS.join(', ')}` };
    return { value: [...new Set(value)] };
  },
  extraAdvice: (value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: `must be a map from error code to text, not ${describe(value)}` };
    const advice: Record<string, string> = {};
    for (const [code, tip] of Object.entries(value)) {
      if (!CODE.test(code)) return { reason: `has key "${code}", which is not an error code like 53003` };
      if (typeof tip !== 'string' || tip.trim().length > MAX_TEXT.extraAdvice) return { reason: `advice for ${code} must be text of at most ${MAX_TEXT.extraAdvice} characters` };
      advice[code] = tip.trim();
    }
    return { value: advice };
  },
  showPageNotice: (value) => (typeof value === 'boolean' ? { value } : { reason: `must be true or false, not ${describe(value)}` }),
};

/**
 * Checks settings from policy or from the options page. Each valid value is kept; each invalid
 * value or unknown key is refused with a reason and never used, so the defaults stand in for it.
 */
export function validateSettings(raw: unknown): ValidatedSettings {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const problems: SettingProblem[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { values: {}, problems: raw == null ? [] : [{ key: '(all)', reason: 'settings must be an object' }] };
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.prototype.hasOwnProperty.call(CHECKS, key)) {
      problems.push({ key, reason: `is not a setting of this extension; known settings are ${Object.keys(DEFAULT_SETTINGS).join(', ')}` });
      continue;
    }
    const result = CHECKS[key as SettingKey](value);
    if (result.reason) problems.push({ key, reason: result.reason });
    else values[key as SettingKey] = result.value;
  }
  return { values: values as Partial<Settings>, problems };
}
