import type { MessageKey } from '../extension/message-key';
import { BIDI_CONTROLS, ERROR_CODE } from '../page/detail-formats';
import { REDACTABLE_FIELDS, type RedactableField } from './redactable-fields';
import { PLACEHOLDER_PATTERN, TICKET_PLACEHOLDERS } from './ticket-placeholders';

/** The refusals src/locales/<lang>/settings.json has a message for (`settingProblem_<name>`). */
export type ProblemName = MessageKey extends infer Key ? (Key extends `settingProblem_${infer Name}` ? Name : never) : never;

/**
 * Why a value was refused, as a message key of src/locales/<lang>/settings.json and its
 * substitutions, so admins and people read it in their own language: see `reasonText`.
 */
export interface Reason {
  key: `settingProblem_${ProblemName}`;
  args: string[];
}

export const because = (name: ProblemName, ...args: (string | number)[]): Reason => ({ key: `settingProblem_${name}`, args: args.map(String) });

/**
 * A setting's validator: the value to use (trimmed, deduplicated), the reason it is refused, or
 * both when the valid part of a value applies and the rest is refused.
 */
export type SettingCheck<T> = (value: unknown) => { value?: T; reason?: Reason | Reason[] };

const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9 ().-]{3,30}$/;

export const emailProblem = (s: string) => (EMAIL.test(s) ? undefined : because('notEmail'));
export const phoneProblem = (s: string) => (PHONE.test(s) ? undefined : because('notPhone'));

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

/** Bidi controls could make a helpdesk address or tip read other than it is (security review, finding 9). */
const unBidi = (s: string) => s.replace(BIDI_CONTROLS, '').trim();

/** Text, trimmed, at most `max` characters, and when not empty in the shape `format` asks for. */
export const text = (max: number, format?: (s: string) => Reason | undefined): SettingCheck<string> => (value) => {
  if (typeof value !== 'string') return { reason: because('notText') };
  const trimmed = unBidi(value);
  if (trimmed.length > max) return { reason: because('tooLong', trimmed.length, max) };
  if (trimmed && format) {
    const reason = format(trimmed);
    if (reason) return { reason };
  }
  return { value: trimmed };
};

/**
 * true or false, also written as text or 0/1: Firefox hands policies.json values over unchecked, and
 * admins write all three (ours: the field deployment's typo was `"false"`).
 */
export const yesOrNo: SettingCheck<boolean> = (value) => {
  const word = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : value;
  if (word === true || word === 'true' || word === '1') return { value: true };
  if (word === false || word === 'false' || word === '0') return { value: false };
  return { reason: because('notBoolean') };
};

/**
 * A list or map written as JSON text, read as its value; other text stays text. Firefox has no
 * schema and hands policy values over as written, and a registry or macOS profile value is text
 * (ours: admins paste the JSON they would put in policies.json there).
 */
const fromJson = (value: unknown) => {
  try {
    return typeof value === 'string' ? JSON.parse(value) : value;
  } catch {
    return value;
  }
};

/** How a refused entry is named to the admin: text quoted and cut short, anything else by its type. */
const shown = (entry: unknown) => (typeof entry === 'string' ? JSON.stringify(entry).slice(0, 60) : typeof entry);

/** The refused entries, the first ten of them: a policy may hold thousands. */
const listed = (entries: string[]) => entries.slice(0, 10).join(', ') + (entries.length > 10 ? ', …' : '');

/**
 * A list of redactable field names, each once, also as JSON text or one name as text. Fails closed:
 * a value that is not a list, or that names anything but these fields, leaves out every field
 * until the admin fixes it, since an admin asked for something to be left out and a misspelt
 * "ipaddress" must not put the IP address back.
 */
export const redactableFields: SettingCheck<RedactableField[]> = (raw) => {
  // One name written as text is a list of one: unambiguous, and a wrong one still fails closed.
  const parsed = fromJson(raw);
  const value = Array.isArray(parsed) || typeof raw !== 'string' ? parsed : [raw];
  if (!Array.isArray(value)) return { value: [...REDACTABLE_FIELDS], reason: because('notList') };
  const unknown: string[] = [];
  // An index loop, not a for-of over entries: a hole or `undefined` must be refused too.
  for (let i = 0; i < value.length; i++) if (!(REDACTABLE_FIELDS as readonly unknown[]).includes(value[i])) unknown.push(shown(value[i]));
  if (unknown.length) return { value: [...REDACTABLE_FIELDS], reason: because('unknownField', listed(unknown), REDACTABLE_FIELDS.join(', ')) };
  return { value: [...new Set(value as RedactableField[])] };
};

/** How many codes extraAdvice may hold: with 300 characters each, at most 15,000 characters in all. */
export const MAX_ADVICE_CODES = 50;

/**
 * Advice text by error code, also as JSON text: codes of 4 to 7 digits, each text trimmed and at
 * most `max` characters, the first MAX_ADVICE_CODES valid ones. Bad and excess entries are refused
 * and named, by kind; the others apply.
 */
export const adviceByCode = (max: number): SettingCheck<Record<string, string>> => (raw) => {
  const value = fromJson(raw);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { reason: because('notMap') };
  const advice: Record<string, string> = {};
  const notCodes: string[] = [];
  const badTips: string[] = [];
  const excess: string[] = [];
  let kept = 0;
  for (const [code, tip] of Object.entries(value)) {
    const text = typeof tip === 'string' ? unBidi(tip) : undefined;
    if (!ERROR_CODE.test(code)) notCodes.push(code.slice(0, 20));
    else if (text === undefined || text.length > max) badTips.push(code);
    else if (kept >= MAX_ADVICE_CODES) excess.push(code);
    else {
      advice[code] = text;
      kept += 1;
    }
  }
  const reason = [
    ...(notCodes.length ? [because('notCode', listed(notCodes))] : []),
    ...(badTips.length ? [because('adviceTooLong', listed(badTips), max)] : []),
    ...(excess.length ? [because('tooManyCodes', MAX_ADVICE_CODES, listed(excess))] : []),
  ];
  // Nothing valid: no value, so the person's own advice stays rather than policy locking it empty.
  if (!reason.length) return { value: advice };
  return kept ? { value: advice, reason } : { reason };
};
