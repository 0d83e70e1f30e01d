import type { Translate } from '../src/extension/i18n';
import { FieldError, LockedNote, describedBy } from './Field';
import { ADD_ADVICE_ID, adviceFieldId, fieldId } from './field-ids';
import type { AdviceRow } from './options-form';

interface Props {
  rows: AdviceRow[];
  locked: boolean;
  errorFor: (id: string) => string | undefined;
  t: Translate;
  change: (rowId: number, patch: Partial<Pick<AdviceRow, 'code' | 'text'>>) => void;
  add: () => void;
  remove: (rowId: number) => void;
  commit: (id: string) => void;
}

/** The organisation's own tip per error code: rows of code and text. */
export function AdviceSection({ rows, locked, errorFor, t, change, add, remove, commit }: Props) {
  const id = fieldId('extraAdvice');
  return (
    <section class="card" aria-labelledby="advice-heading">
      <div class="label-row">
        <h2 id="advice-heading">{t('optionsAdviceHeading')}</h2>
        {locked && <LockedNote id={id} text={t('optionsLocked')} />}
      </div>
      <p class="hint" id={`${id}-hint`}>
        {t('optionsAdviceHint')}
      </p>
      {rows.length === 0 && <p class="empty-note">{t('optionsAdviceEmpty')}</p>}
      {rows.map((row, index) => {
        const number = String(index + 1);
        const codeId = adviceFieldId(row.id, 'code');
        const textId = adviceFieldId(row.id, 'text');
        const codeError = locked ? undefined : errorFor(codeId);
        const textError = locked ? undefined : errorFor(textId);
        const lockIds = locked ? `${id}-locked` : undefined;
        return (
          <fieldset class="advice-row" key={row.id} disabled={locked} data-row={row.id}>
            <legend>{t('optionsAdviceRowLegend', number)}</legend>
            <div class={`field code${codeError ? ' has-error' : ''}`}>
              <label for={codeId}>{t('optionsAdviceCodeLabel')}</label>
              <input
                id={codeId}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={row.code}
                disabled={locked}
                aria-invalid={codeError ? 'true' : undefined}
                aria-describedby={[lockIds, describedBy(codeId, { error: codeError, hint: true })].filter(Boolean).join(' ')}
                onInput={(event) => change(row.id, { code: (event.currentTarget as HTMLInputElement).value })}
                onChange={() => commit(codeId)}
              />
              <p class="hint" id={`${codeId}-hint`}>
                {t('optionsAdviceCodeHint', '53003')}
              </p>
              <FieldError id={codeId} message={codeError} />
            </div>
            <div class={`field text${textError ? ' has-error' : ''}`}>
              <label for={textId}>{t('optionsAdviceTextLabel')}</label>
              <textarea
                id={textId}
                rows={2}
                value={row.text}
                disabled={locked}
                aria-invalid={textError ? 'true' : undefined}
                aria-describedby={[lockIds, describedBy(textId, { error: textError })].filter(Boolean).join(' ') || undefined}
                onInput={(event) => change(row.id, { text: (event.currentTarget as HTMLTextAreaElement).value })}
                onChange={() => commit(textId)}
              />
              <FieldError id={textId} message={textError} />
            </div>
            {!locked && (
              <button type="button" class="button small" onClick={() => remove(row.id)}>
                {t('optionsAdviceRemove', number)}
              </button>
            )}
          </fieldset>
        );
      })}
      {!locked && (
        <button type="button" class="button" id={ADD_ADVICE_ID} onClick={add}>
          {t('optionsAdviceAdd')}
        </button>
      )}
    </section>
  );
}
