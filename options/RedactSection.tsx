import type { Translate } from '../src/extension/i18n';
import { REDACTABLE_FIELDS, type RedactableField } from '../src/settings/settings-spec';
import { LockedNote } from './Field';
import { fieldId } from './field-ids';
import { REDACT_LABEL_KEYS } from './redact-labels';

interface Props {
  selected: readonly RedactableField[];
  locked: boolean;
  t: Translate;
  toggle: (field: RedactableField, leaveOut: boolean) => void;
}

/** Which details stay out of copies and tickets: one checkbox per field the contract allows. */
export function RedactSection({ selected, locked, t, toggle }: Props) {
  const id = fieldId('redactFields');
  const describedBy = [locked && `${id}-locked`, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <section class="card" aria-labelledby="redact-heading">
      <h2 id="redact-heading">{t('optionsRedactHeading')}</h2>
      <fieldset id={id} disabled={locked} aria-describedby={describedBy}>
        <legend>
          {t('optionsRedactLegend')}
          {locked && <LockedNote id={id} text={t('optionsLocked')} />}
        </legend>
        <p class="hint" id={`${id}-hint`}>
          {t('optionsRedactHint')}
        </p>
        <ul class="checks">
          {REDACTABLE_FIELDS.map((field) => (
            <li key={field}>
              <label>
                <input
                  type="checkbox"
                  name="redactFields"
                  value={field}
                  checked={selected.includes(field)}
                  disabled={locked}
                  onChange={(event) => toggle(field, (event.currentTarget as HTMLInputElement).checked)}
                />
                <span>{t(REDACT_LABEL_KEYS[field])}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
