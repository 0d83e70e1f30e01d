import type { Detection } from '../src/detection/detection';
import { detailLines } from '../src/ticket/format-details';
import type { Translate } from '../src/extension/i18n';
import { GUID } from '../src/page/detail-formats';
import { CopyValueButton } from './CopyValueButton';

interface Props {
  detection: Detection;
  /** Fields the organisation leaves out of copies and tickets are not shown either, so what you see is what IT gets. */
  redact: ReadonlySet<string>;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
}

const COPYABLE = new Set(['requestId', 'correlationId', 'errorCode']);
const WHOLE_GUID = new RegExp(`^${GUID.source}$`, 'i');

/** IDs take the row's whole width, so that a GUID is never split at a hyphen. */
const takesWholeRow = (field: string, value: string) => COPYABLE.has(field) || WHOLE_GUID.test(value);

/**
 * The details as the page lists them, under Microsoft's English field names (what helpdesks search
 * by) with the person's own language below; the IDs each get a copy button. Values are text, never HTML.
 */
export function DetailsList({ detection, redact, t, copy, announce }: Props) {
  return (
    <dl class="details">
      {detailLines(detection, t, redact).map(({ field, label, localLabel, value }) => (
        <div class={takesWholeRow(field, value) ? 'detail whole-row' : 'detail'} key={field} data-field={field}>
          <dt lang={localLabel === label ? undefined : 'en'}>
            {label}
            {localLabel !== label && <span class="local-label" lang="">{localLabel}</span>}
          </dt>
          <dd>
            <span class={takesWholeRow(field, value) ? 'value mono' : 'value'}>{value}</span>
            {COPYABLE.has(field) && (
              <CopyValueButton value={value} localLabel={localLabel} t={t} copy={copy} announce={announce} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
