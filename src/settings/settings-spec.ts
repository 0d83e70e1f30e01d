/**
 * The one settings contract, shared by browser policy (storage.managed), the options page
 * (storage.local) and the code: one row per key, and everything else derived from the rows (the
 * `Settings` type, the defaults, the checks, the managed-storage schema built into schema.json by
 * scripts/build/schema-plugin.ts, the options form). Adding a setting is one row here plus its
 * texts: its label and hint in src/locales/<lang>/options.json, and its admin docs in
 * setting-docs.ts (which the compiler asks for). Key names are part of the public admin
 * interface: never rename one.
 */
import type { MessageKey } from '../extension/message-key';
import { adviceByCode, emailProblem, httpsUrlProblem, phoneProblem, redactableFields, text, ticketTemplateProblem, yesOrNo, type SettingCheck } from './setting-checks';

export { REDACTABLE_FIELDS, type RedactableField } from './redactable-fields';
export { PLACEHOLDER_PATTERN, TICKET_PLACEHOLDERS, type TicketPlaceholder } from './ticket-placeholders';

export type JsonSchema = Record<string, unknown>;

/** How the options page edits a setting. */
export type SettingInput =
  /** A text input in the helpdesk card, in row order. */
  | { kind: 'text'; type?: 'email' | 'tel' | 'url'; autoComplete?: string; multiline?: boolean; spellcheck?: boolean }
  /** One checkbox. */
  | { kind: 'checkbox' }
  /** One checkbox per allowed value (RedactSection). */
  | { kind: 'choices' }
  /** A ticket system and its answers, or a template written by hand (TicketSystemSection). */
  | { kind: 'ticketTemplate' }
  /** Rows of error code and text (AdviceSection). */
  | { kind: 'adviceRows' };

export interface SettingSpec<T, I extends SettingInput = SettingInput> {
  default: T;
  /**
   * Its JSON-schema type in Chrome's managed_schema (the title and description: setting-docs.ts).
   * As loose as Chrome allows: Chrome drops a whole value that fails it, silently, so the row's
   * `check` does the validating and says what it refused. Chrome takes one type per value
   * ("Each schema must have either a $ref value or exactly one type",
   * https://developer.chrome.com/docs/extensions/mv3/manifest/storage), so only what is inside a
   * list or map can be left open: never an `enum` there.
   */
  schema: JsonSchema;
  /** The value to use, or the localized reason it is refused. */
  check: SettingCheck<T>;
  /** Message keys of its label and hint on the options page. */
  labelKey: MessageKey;
  hintKey: MessageKey;
  input: I;
}

/** One row, its value type taken from its check, so the default must fit it. */
const setting = <T, const I extends SettingInput>(spec: Omit<SettingSpec<T, I>, 'default'> & { default: NoInfer<T> }): SettingSpec<T, I> => spec;

const MAX_URL = 2000;

export const SETTINGS = {
  supportName: setting({
    default: '',
    schema: { type: 'string' },
    check: text(80),
    labelKey: 'optionsSupportNameLabel',
    hintKey: 'optionsSupportNameHint',
    input: { kind: 'text', spellcheck: true },
  }),
  supportEmail: setting({
    default: '',
    schema: { type: 'string' },
    check: text(254, emailProblem),
    labelKey: 'optionsSupportEmailLabel',
    hintKey: 'optionsSupportEmailHint',
    input: { kind: 'text', type: 'email', autoComplete: 'email' },
  }),
  supportPhone: setting({
    default: '',
    schema: { type: 'string' },
    check: text(30, phoneProblem),
    labelKey: 'optionsSupportPhoneLabel',
    hintKey: 'optionsSupportPhoneHint',
    input: { kind: 'text', type: 'tel', autoComplete: 'tel' },
  }),
  supportUrl: setting({
    default: '',
    schema: { type: 'string' },
    check: text(MAX_URL, httpsUrlProblem),
    labelKey: 'optionsSupportUrlLabel',
    hintKey: 'optionsSupportUrlHint',
    input: { kind: 'text', type: 'url', autoComplete: 'url' },
  }),
  ticketUrlTemplate: setting({
    default: '',
    schema: { type: 'string' },
    check: text(MAX_URL, ticketTemplateProblem),
    labelKey: 'optionsTicketTemplateLabel',
    hintKey: 'optionsTicketTemplateHint',
    input: { kind: 'ticketTemplate' },
  }),
  orgMessage: setting({
    default: '',
    schema: { type: 'string' },
    check: text(500),
    labelKey: 'optionsOrgMessageLabel',
    hintKey: 'optionsOrgMessageHint',
    input: { kind: 'text', multiline: true, spellcheck: true },
  }),
  redactFields: setting({
    default: [],
    schema: { type: 'array', items: { type: 'string' } },
    check: redactableFields,
    labelKey: 'optionsRedactLegend',
    hintKey: 'optionsRedactHint',
    input: { kind: 'choices' },
  }),
  extraAdvice: setting({
    default: {},
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    check: adviceByCode(300),
    labelKey: 'optionsAdviceHeading',
    hintKey: 'optionsAdviceHint',
    input: { kind: 'adviceRows' },
  }),
  showPageNotice: setting({
    default: true,
    schema: { type: 'boolean' },
    check: yesOrNo,
    labelKey: 'optionsShowPageNoticeLabel',
    hintKey: 'optionsShowPageNoticeHint',
    input: { kind: 'checkbox' },
  }),
  explainOtherPages: setting({
    default: true,
    schema: { type: 'boolean' },
    check: yesOrNo,
    labelKey: 'optionsExplainOtherPagesLabel',
    hintKey: 'optionsExplainOtherPagesHint',
    input: { kind: 'checkbox' },
  }),
} satisfies Record<string, SettingSpec<unknown>>;

type Rows = typeof SETTINGS;
export type SettingKey = keyof Rows;
export type Settings = { [K in SettingKey]: Rows[K] extends SettingSpec<infer T, SettingInput> ? T : never };

/** The keys whose options-page input is of this kind, in row order (the order the page shows them). */
export type KeysWithInput<Kind extends SettingInput['kind']> = { [K in SettingKey]: Rows[K]['input']['kind'] extends Kind ? K : never }[SettingKey];

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function keysWithInput<Kind extends SettingInput['kind']>(...kinds: Kind[]): KeysWithInput<Kind>[] {
  return SETTING_KEYS.filter((key) => (kinds as string[]).includes(SETTINGS[key].input.kind)) as KeysWithInput<Kind>[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS[key].default])) as Settings);
