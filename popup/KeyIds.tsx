import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import { detailLines } from '../src/ticket/format-details';
import { CopyValueButton } from './CopyValueButton';

interface Props {
  detection: Detection;
  /** "2026-01-20 21:33 UTC · 22:33 your time", when the page gave a time. */
  time: string | undefined;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
}

/** What the helpdesk asks for first on the phone, and finds the sign-in by. */
const KEY_FIELDS: ReadonlySet<string> = new Set(['requestId', 'correlationId']);

/**
 * The Request Id, the Correlation Id and the time, in view beside the contact: what the person
 * reads out when the helpdesk asks. Each ID on one line (a GUID split at a hyphen is hard to read
 * aloud) with its own copy button; the full list stays in "Details for IT".
 */
export function KeyIds({ detection, time, t, copy, announce }: Props) {
  const ids = detailLines(detection, t).filter(({ field }) => KEY_FIELDS.has(field));
  if (ids.length === 0 && !time) return null;
  return (
    <dl class="key-ids">
      {ids.map(({ field, label, localLabel, value }) => (
        <div class="key-id" key={field} data-field={field}>
          <dt>
            {localLabel}
            {localLabel !== label && (
              <span class="english-label" lang="en">
                {' '}
                ({label})
              </span>
            )}
          </dt>
          <dd>
            <span class="value mono id">{value}</span>
            <CopyValueButton value={value} localLabel={localLabel} t={t} copy={copy} announce={announce} />
          </dd>
        </div>
      ))}
      {time && (
        <div class="key-id" data-field="timestamp">
          <dt>{t('field_timestamp')}</dt>
          <dd>
            <span class="error-time">{time}</span>
          </dd>
        </div>
      )}
    </dl>
  );
}
