import { SETTINGS, SETTING_KEYS, keysWithInput, type KeysWithInput, type SettingKey, type Settings } from '../src/settings/settings-spec';
import { CUSTOM_TEMPLATE, NO_TICKET_SYSTEM, detectTicketSystem, findPreset, presetOutput } from './ticket-system';

export interface AdviceRow {
  /** Stable across edits, for element ids and list keys. */
  id: number;
  code: string;
  text: string;
}

/** Settings the form holds as they are: a text input, a checkbox, a set of choices. */
type PlainKey = KeysWithInput<'text' | 'checkbox' | 'choices'>;
const PLAIN_KEYS: readonly PlainKey[] = keysWithInput('text', 'checkbox', 'choices');

/** The text settings edited in plain inputs, in the order the page shows them (the rows' order). */
export const TEXT_KEYS = keysWithInput('text');
export type TextKey = (typeof TEXT_KEYS)[number];

/** What the page edits: the settings as typed (not yet checked), plus the ticket system choice. */
export type OptionsForm = { [K in PlainKey]: Settings[K] } & {
  /** NO_TICKET_SYSTEM, CUSTOM_TEMPLATE or a preset id. */
  ticketSystem: string;
  presetValues: Record<string, string>;
  /** Typed (custom) or built from the preset's answers; empty while they do not fit. */
  ticketUrlTemplate: string;
  /** extraAdvice, one row per code. */
  adviceRows: AdviceRow[];
};

let lastRowId = 0;
export function newAdviceRow(code = '', text = ''): AdviceRow {
  lastRowId += 1;
  return { id: lastRowId, code, text };
}

/** A copy, so editing the form never changes the settings it came from. */
const copy = <T>(value: T): T => (Array.isArray(value) ? ([...value] as T) : value);

function plainValues(from: Pick<Settings, PlainKey>): Pick<Settings, PlainKey> {
  return Object.fromEntries(PLAIN_KEYS.map((key) => [key, copy(from[key])])) as Pick<Settings, PlainKey>;
}

export function formFromSettings(settings: Settings): OptionsForm {
  const choice = detectTicketSystem(settings.ticketUrlTemplate);
  return {
    ...plainValues(settings),
    ticketSystem: choice.system,
    presetValues: choice.presetValues,
    ticketUrlTemplate: settings.ticketUrlTemplate,
    adviceRows: Object.entries(settings.extraAdvice).map(([code, text]) => newAdviceRow(code, text)),
  };
}

/** The settings the form stands for, unchecked (validateSettings decides what is usable). Blank advice rows are ignored. */
export function formToSettings(form: OptionsForm): Settings {
  const extraAdvice: Record<string, string> = {};
  for (const row of form.adviceRows) {
    if (row.code.trim() || row.text.trim()) extraAdvice[row.code.trim()] = row.text;
  }
  return {
    ...plainValues(form),
    ticketUrlTemplate: form.ticketSystem === NO_TICKET_SYSTEM ? '' : form.ticketUrlTemplate,
    extraAdvice,
  };
}

/** Only the person's own settings: policy-set keys are never saved locally. */
export function ownSettings(form: OptionsForm, locked: ReadonlySet<SettingKey>): Partial<Settings> {
  const all = formToSettings(form);
  return Object.fromEntries(SETTING_KEYS.filter((key) => !locked.has(key)).map((key) => [key, all[key]])) as Partial<Settings>;
}

/**
 * Picks a ticket system and keeps the template in step: a preset builds it from its answers
 * (a portal-only preset sets the helpdesk portal instead), "none" clears it, "custom" keeps the
 * text so a built template can be tweaked by hand.
 */
export function chooseTicketSystem(form: OptionsForm, system: string, presetValues: Record<string, string>): OptionsForm {
  const next = { ...form, ticketSystem: system, presetValues };
  if (system === NO_TICKET_SYSTEM) return { ...next, ticketUrlTemplate: '' };
  if (system === CUSTOM_TEMPLATE) return next;
  const preset = findPreset(system);
  if (!preset) return next;
  const built = presetOutput(preset, presetValues);
  return { ...next, ticketUrlTemplate: built?.ticketUrlTemplate ?? '', supportUrl: built?.supportUrl ?? form.supportUrl };
}

/** The part of the form that edits one setting. */
function formPart(form: OptionsForm, key: SettingKey): Partial<OptionsForm> {
  switch (SETTINGS[key].input.kind) {
    case 'ticketTemplate':
      return { ticketSystem: form.ticketSystem, presetValues: form.presetValues, ticketUrlTemplate: form.ticketUrlTemplate };
    case 'adviceRows':
      return { adviceRows: form.adviceRows };
    default:
      return { [key]: form[key as PlainKey] };
  }
}

/**
 * New settings arrived while the page is open (policy comes a few seconds after start, or was
 * changed): locked keys take the new value, and so do keys the person has not edited; their
 * unsaved edits stay.
 */
export function rebaseForm(draft: OptionsForm, before: Settings, after: Settings, locked: ReadonlySet<SettingKey>): OptionsForm {
  const fresh = formFromSettings(after);
  const edited = formToSettings(draft);
  let next = draft;
  for (const key of SETTING_KEYS) {
    if (locked.has(key) || JSON.stringify(edited[key]) === JSON.stringify(before[key])) next = { ...next, ...formPart(fresh, key) };
  }
  return next;
}
