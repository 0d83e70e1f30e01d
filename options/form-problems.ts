import type { Translate } from '../src/extension/i18n';
import { SETTINGS, type SettingKey } from '../src/settings/settings-spec';
import { presetFieldProblem } from '../src/ticket/ticket-presets';
import { reasonText, ticketTemplateProblem, validateSettings } from '../src/settings/validate-settings';
import { adviceFieldId, fieldId, presetFieldId } from './field-ids';
import { TEXT_KEYS, type OptionsForm } from './options-form';
import { CUSTOM_TEMPLATE, findPreset } from './ticket-system';

export interface FormProblem {
  /** The input it is about. */
  id: string;
  /** What is wrong and how to fix it, as one or two sentences. */
  message: string;
}

/** The reason the settings contract gives for refusing this one value, if any, in the reader's language. */
function refusal(key: SettingKey, value: unknown, t: Translate): string | undefined {
  const reason = validateSettings({ [key]: value }).problems[0]?.reason;
  return reason && reasonText(reason, t);
}

/**
 * Everything that stops the form from being saved, in page order. Checks are the settings
 * contract's own (validateSettings, ticketTemplateProblem, presetFieldProblem); locked keys are
 * the organisation's and never checked here.
 */
export function formProblems(form: OptionsForm, locked: ReadonlySet<SettingKey>, t: Translate): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (id: string, message: string) => problems.push({ id, message });

  for (const key of TEXT_KEYS) {
    if (locked.has(key)) continue;
    const reason = refusal(key, form[key], t);
    if (reason) add(fieldId(key), t('optionsProblem', [t(SETTINGS[key].labelKey), reason]));
  }

  if (!locked.has('ticketUrlTemplate')) {
    const preset = findPreset(form.ticketSystem);
    if (form.ticketSystem === CUSTOM_TEMPLATE) {
      const template = form.ticketUrlTemplate.trim();
      const problem = template ? ticketTemplateProblem(template) : undefined;
      const reason = problem ? reasonText(problem, t) : template ? refusal('ticketUrlTemplate', template, t) : undefined;
      if (reason) add(fieldId('ticketUrlTemplate'), t('optionsProblem', [t(SETTINGS.ticketUrlTemplate.labelKey), reason]));
    } else if (preset) {
      for (const field of preset.fields) {
        const problem = presetFieldProblem({ ...preset, fields: [field] }, { [field.id]: (form.presetValues[field.id] ?? '').trim() });
        if (problem) add(presetFieldId(field.id), t('optionsPresetFieldProblem', `${t(problem.field.labelKey)} ${reasonText(problem.reason, t)}`));
      }
    }
  }

  if (!locked.has('extraAdvice')) {
    const seen = new Set<string>();
    form.adviceRows.forEach((row, index) => {
      const code = row.code.trim();
      const number = String(index + 1);
      if (!code && !row.text.trim()) return;
      if (!code) add(adviceFieldId(row.id, 'code'), t('optionsAdviceNoCode', number));
      else if (refusal('extraAdvice', { [code]: '' }, t)) add(adviceFieldId(row.id, 'code'), t('optionsAdviceBadCode', [number, code]));
      else if (seen.has(code)) add(adviceFieldId(row.id, 'code'), t('optionsAdviceDuplicate', [number, code]));
      seen.add(code);
      if (!row.text.trim()) add(adviceFieldId(row.id, 'text'), t('optionsAdviceNoText', number));
      else if (refusal('extraAdvice', { '0000': row.text }, t)) add(adviceFieldId(row.id, 'text'), t('optionsAdviceTooLong', [number, String(row.text.trim().length)]));
    });
  }
  return problems;
}
