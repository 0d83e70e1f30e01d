import type { Translate } from '../src/extension/i18n';
import { TICKET_PLACEHOLDERS } from '../src/settings/settings-spec';
import { TICKET_PRESETS } from '../src/ticket/ticket-presets';
import { FieldError, FieldHint, LockedNote, TextField, describedBy } from './Field';
import { TICKET_SYSTEM_ID, fieldId, presetFieldId } from './field-ids';
import type { OptionsForm } from './options-form';
import { CUSTOM_TEMPLATE, NO_TICKET_SYSTEM, findPreset } from './ticket-system';

interface Props {
  form: OptionsForm;
  /** The template is set by policy. */
  locked: boolean;
  /** The helpdesk portal is set by policy: the portal-only choice can't change it. */
  portalLocked: boolean;
  errorFor: (id: string) => string | undefined;
  t: Translate;
  choose: (system: string, presetValues: Record<string, string>) => void;
  setTemplate: (template: string) => void;
  commit: (id: string) => void;
}

/** Pick a ticket system and answer its few questions, or write a template by hand. */
export function TicketSystemSection({ form, locked, portalLocked, errorFor, t, choose, setTemplate, commit }: Props) {
  const preset = findPreset(form.ticketSystem);
  const lockedText = locked ? t('optionsLocked') : undefined;
  const hintId = TICKET_SYSTEM_ID;
  return (
    <section class="card" aria-labelledby="ticket-heading">
      <h2 id="ticket-heading">{t('optionsTicketHeading')}</h2>
      <div class="field">
        <div class="label-row">
          <label for={TICKET_SYSTEM_ID}>{t('optionsTicketSystemLabel')}</label>
          {locked && <LockedNote id={TICKET_SYSTEM_ID} text={t('optionsLocked')} />}
        </div>
        <FieldHint id={hintId} hint={t('optionsTicketSystemHint')} />
        <select
          id={TICKET_SYSTEM_ID}
          value={form.ticketSystem}
          disabled={locked}
          aria-describedby={describedBy(TICKET_SYSTEM_ID, { hint: true, locked })}
          onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value, form.presetValues)}
        >
          <option value={NO_TICKET_SYSTEM}>{t('optionsTicketNone')}</option>
          {TICKET_PRESETS.map((p) => (
            <option key={p.id} value={p.id} disabled={portalLocked && p.id === 'portal-only'}>
              {t(p.nameKey)}
            </option>
          ))}
          <option value={CUSTOM_TEMPLATE}>{t('optionsTicketCustom')}</option>
        </select>
      </div>

      {preset && (
        <div class="preset" data-preset={preset.id}>
          {preset.noteKey && <p class="note">{t(preset.noteKey)}</p>}
          {preset.fields.map((field) => {
            const id = presetFieldId(field.id);
            const error = locked ? undefined : errorFor(id);
            return (
              <div class={`field${error ? ' has-error' : ''}`} key={field.id}>
                <div class="label-row">
                  <label for={id}>{t(field.labelKey)}</label>
                  {locked && <LockedNote id={id} text={t('optionsLocked')} />}
                </div>
                <FieldHint id={id} hint={t('optionsPresetExample', field.example)} />
                <input
                  id={id}
                  type="text"
                  autoComplete="off"
                  spellcheck={false}
                  value={form.presetValues[field.id] ?? ''}
                  disabled={locked}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={describedBy(id, { hint: true, error, locked })}
                  onInput={(event) => choose(preset.id, { ...form.presetValues, [field.id]: (event.currentTarget as HTMLInputElement).value })}
                  onChange={() => commit(id)}
                />
                <FieldError id={id} message={error} />
              </div>
            );
          })}
          {form.ticketUrlTemplate && (
            <div class="built">
              <p class="hint">{t('optionsBuiltTemplate')}</p>
              <code class="mono url">{form.ticketUrlTemplate}</code>
            </div>
          )}
          {preset.id === 'portal-only' && form.supportUrl && (
            <div class="built">
              <p class="hint">{t('optionsBuiltPortal')}</p>
              <code class="mono url">{form.supportUrl}</code>
            </div>
          )}
        </div>
      )}

      {form.ticketSystem === CUSTOM_TEMPLATE && (
        <>
          <TextField
            id={fieldId('ticketUrlTemplate')}
            label={t('optionsTicketTemplateLabel')}
            hint={t('optionsTicketTemplateHint')}
            value={form.ticketUrlTemplate}
            error={errorFor(fieldId('ticketUrlTemplate'))}
            lockedText={lockedText}
            onInput={setTemplate}
            onCommit={() => commit(fieldId('ticketUrlTemplate'))}
          />
          <ul class="placeholders" aria-label={t('optionsPlaceholdersLabel')}>
            {TICKET_PLACEHOLDERS.map((name) => (
              <li key={name}>
                <code class="mono">{`{${name}}`}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
