import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import { lookupPack } from '../src/lookups/lookup-pack';
import { whatIfInputs } from '../src/lookups/what-if-inputs';
import { CopyButton } from './CopyButton';

interface Props {
  detection: Detection;
  redact: ReadonlySet<string>;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
}

/**
 * For the person to hand IT the next step, prefilled: where and how to find this sign-in in the
 * logs, and what Conditional Access's What If asks for. The texts are English (Microsoft's own
 * names, pasted into Microsoft's tools) and made on the click. With no ID there is nothing to look up.
 */
export function ForItCopies({ detection, redact, t, copy, announce }: Props) {
  const common = { doneLabel: t('copiedLabel'), doneMessage: t('copiedForIt'), failedMessage: t('copyFailed'), copy, announce };
  return (
    <div class="actions for-it">
      {(detection.requestId || detection.correlationId) && <CopyButton text={() => lookupPack(detection, redact)} label={t('copyLookups')} {...common} />}
      <CopyButton text={() => whatIfInputs(detection, redact)} label={t('copyWhatIf')} {...common} />
    </div>
  );
}
