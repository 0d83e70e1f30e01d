import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import { SAMPLE_DETECTION } from '../src/detection/sample-detection';
import type { EffectiveSettings } from '../src/settings/merge-settings';
import type { MessageKey } from '../src/extension/message-key';
import { DEFAULT_SETTINGS, SETTINGS, type KeysWithInput, type RedactableField, type SettingInput, type SettingKey, type Settings } from '../src/settings/settings-spec';
import { validateSettings, reasonText } from '../src/settings/validate-settings';
import { AdviceSection } from './AdviceSection';
import { LockedNote, TextField } from './Field';
import { ADD_ADVICE_ID, adviceFieldId, fieldId } from './field-ids';
import { formProblems } from './form-problems';
import { TEXT_KEYS, chooseTicketSystem, formFromSettings, formToSettings, newAdviceRow, ownSettings, rebaseForm, type OptionsForm, type TextKey } from './options-form';
import { PolicyProblems } from './PolicyProblems';
import { policyReport } from './policy-report';
import { RedactSection } from './RedactSection';
import { TicketPreview } from './TicketPreview';
import { TicketSystemSection } from './TicketSystemSection';

export interface OptionsPageProps {
  /** Defaults, the person's own values and policy, merged (loadSettings). */
  effective: EffectiveSettings;
  t: Translate;
  /** Stores the person's own settings (through the background: saveThroughBackground). */
  save: (values: Partial<Settings>) => Promise<void>;
  /** The blocked sign-in the preview shows. */
  detection?: Detection;
}

type TextInput = Extract<SettingInput, { kind: 'text' }>;

/** The yes-or-no settings, each in its own card under its heading. */
const CHECKBOX_CARDS: ReadonlyArray<[KeysWithInput<'checkbox'>, MessageKey]> = [
  ['showPageNotice', 'optionsNoticeHeading'],
  ['explainOtherPages', 'optionsOtherPagesHeading'],
];

/** The values policy set; they win over anything in the form. */
function policyValues(effective: EffectiveSettings): Partial<Settings> {
  return Object.fromEntries(effective.managedKeys.map((key) => [key, effective.settings[key]]));
}

/**
 * The options page: a view of the effective settings and two actions (save, and the reset that
 * only fills the form). Keys set by policy are shown locked; everything else is checked as the
 * person types (errors show once a field was left or on save) and previewed live.
 */
export function OptionsPage({ effective, t, save, detection = SAMPLE_DETECTION }: OptionsPageProps) {
  const locked = useMemo(() => new Set<SettingKey>(effective.managedKeys), [effective]);
  const [form, setForm] = useState<OptionsForm>(() => formFromSettings(effective.settings));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [status, setStatus] = useState({ text: '', count: 0 });
  // An object, so asking to focus the same element twice still runs the effect.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | undefined>();
  const saving = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Policy arriving late (or changed by an admin) replaces locked and unedited values, keeping edits.
  const base = useRef(effective);
  useEffect(() => {
    if (base.current === effective) return;
    const before = base.current.settings;
    base.current = effective;
    setForm((draft) => rebaseForm(draft, before, effective.settings, locked));
  }, [effective, locked]);

  useEffect(() => {
    if (!focusTarget) return;
    formRef.current?.ownerDocument.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const problems = formProblems(form, locked, t);
  const problemById = new Map(problems.map((p) => [p.id, p.message]));
  const errorFor = (id: string) => (showAll || touched.has(id) ? problemById.get(id) : undefined);
  const commit = (id: string) => setTouched((ids) => (ids.has(id) ? ids : new Set(ids).add(id)));
  const announce = (text: string) => setStatus((s) => ({ text, count: s.count + 1 }));
  const edit = (change: (f: OptionsForm) => OptionsForm) => {
    setForm(change);
    if (status.text) setStatus((s) => ({ ...s, text: '' }));
  };

  const candidate = formToSettings(form);
  const previewSettings: Settings = { ...DEFAULT_SETTINGS, ...validateSettings(candidate).values, ...policyValues(effective) };
  const templateRefused = !locked.has('ticketUrlTemplate') && candidate.ticketUrlTemplate.trim() !== '' && !previewSettings.ticketUrlTemplate;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setShowAll(true);
    if (problems.length > 0) {
      const first = problems[0].message;
      announce(problems.length === 1 ? t('optionsNotSavedOne', first) : t('optionsNotSavedMany', [String(problems.length), first]));
      setFocusTarget({ id: problems[0].id });
      return;
    }
    const checked = validateSettings(ownSettings(form, locked));
    if (checked.problems.length > 0) {
      // The form checks above match the contract; this is the last gate before storage.
      const [{ key, reason }] = checked.problems;
      const label = Object.hasOwn(SETTINGS, key) ? t(SETTINGS[key as SettingKey].labelKey) : key;
      announce(t('optionsNotSavedOne', t('optionsProblem', [label, reasonText(reason, t)])));
      return;
    }
    if (saving.current) return;
    saving.current = true;
    try {
      await save(checked.values);
      announce(t('optionsSaved'));
    } catch (error) {
      announce(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      saving.current = false;
    }
  };

  const onReset = () => {
    setForm(formFromSettings({ ...DEFAULT_SETTINGS, ...policyValues(effective) }));
    setTouched(new Set());
    setShowAll(false);
    announce(t('optionsResetDone'));
  };

  const textField = (key: TextKey) => {
    const { labelKey, hintKey } = SETTINGS[key];
    const input: TextInput = SETTINGS[key].input;
    return (
      <TextField
        key={key}
        id={fieldId(key)}
        label={t(labelKey)}
        hint={t(hintKey)}
        value={form[key]}
        error={errorFor(fieldId(key))}
        lockedText={locked.has(key) ? t('optionsLocked') : undefined}
        multiline={input.multiline}
        spellcheck={input.spellcheck}
        type={input.type}
        autoComplete={input.autoComplete}
        onInput={(value) => edit((f) => ({ ...f, [key]: value }))}
        onCommit={() => commit(fieldId(key))}
      />
    );
  };

  return (
    <main class="options">
      <h1>{t('optionsHeading')}</h1>
      <p class="intro">{t('optionsIntro')}</p>
      {effective.managedKeys.length > 0 && <p class="note managed-intro">{t('optionsManagedIntro')}</p>}
      <PolicyProblems entries={policyReport(effective)} t={t} />
      {/* The popup's own page with the sample block (connector.ts): what a person sees, with these settings as saved. */}
      <p>
        <a class="button" href="../popup/index.html?sample" target="_blank" rel="noreferrer">
          {t('optionsSampleHelp')}
        </a>
      </p>

      <div class="layout">
        <form ref={formRef} class="settings" noValidate onSubmit={onSubmit} aria-label={t('optionsFormLabel')}>
          <section class="card" aria-labelledby="helpdesk-heading">
            <h2 id="helpdesk-heading">{t('optionsHelpdeskHeading')}</h2>
            {TEXT_KEYS.map(textField)}
          </section>

          <TicketSystemSection
            form={form}
            locked={locked.has('ticketUrlTemplate')}
            portalLocked={locked.has('supportUrl')}
            errorFor={errorFor}
            t={t}
            choose={(system, values) => edit((f) => chooseTicketSystem(f, system, values))}
            setTemplate={(template) => edit((f) => ({ ...f, ticketUrlTemplate: template }))}
            commit={commit}
          />

          <RedactSection
            selected={form.redactFields}
            locked={locked.has('redactFields')}
            t={t}
            toggle={(field: RedactableField, leaveOut) =>
              edit((f) => ({ ...f, redactFields: leaveOut ? [...new Set([...f.redactFields, field])] : f.redactFields.filter((x) => x !== field) }))
            }
          />

          <AdviceSection
            rows={form.adviceRows}
            locked={locked.has('extraAdvice')}
            errorFor={errorFor}
            t={t}
            change={(rowId, patch) => edit((f) => ({ ...f, adviceRows: f.adviceRows.map((row) => (row.id === rowId ? { ...row, ...patch } : row)) }))}
            add={() => {
              const row = newAdviceRow();
              edit((f) => ({ ...f, adviceRows: [...f.adviceRows, row] }));
              setFocusTarget({ id: adviceFieldId(row.id, 'code') });
            }}
            remove={(rowId) => {
              edit((f) => ({ ...f, adviceRows: f.adviceRows.filter((row) => row.id !== rowId) }));
              setFocusTarget({ id: ADD_ADVICE_ID });
            }}
            commit={commit}
          />

          {CHECKBOX_CARDS.map(([key, headingKey]) => {
            const id = fieldId(key);
            return (
              <section class="card" aria-labelledby={`${id}-heading`} key={key}>
                <h2 id={`${id}-heading`}>{t(headingKey)}</h2>
                <div class="check-field">
                  <input
                    id={id}
                    type="checkbox"
                    checked={form[key]}
                    disabled={locked.has(key)}
                    aria-describedby={[locked.has(key) && `${id}-locked`, `${id}-hint`].filter(Boolean).join(' ')}
                    onChange={(event) => edit((f) => ({ ...f, [key]: (event.currentTarget as HTMLInputElement).checked }))}
                  />
                  <div>
                    <label for={id}>{t(SETTINGS[key].labelKey)}</label>
                    {locked.has(key) && <LockedNote id={id} text={t('optionsLocked')} />}
                    <p class="hint" id={`${id}-hint`}>
                      {t(SETTINGS[key].hintKey)}
                    </p>
                  </div>
                </div>
              </section>
            );
          })}

          <div class="save-bar">
            <button type="submit" class="button primary">
              {t('optionsSave')}
            </button>
            <button type="button" class="button" onClick={onReset}>
              {t('optionsReset')}
            </button>
            <p class="status" role="status" aria-live="polite">
              {/* A changing invisible suffix makes screen readers say a repeated message again. */}
              {status.text}
              {status.text && status.count % 2 ? '\u00a0' : ''}
            </p>
          </div>
        </form>

        <TicketPreview settings={previewSettings} detection={detection} templateRefused={templateRefused} t={t} />
      </div>
    </main>
  );
}
