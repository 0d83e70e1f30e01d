import type { Translate } from '../src/extension/i18n';
import { CopyButton } from './CopyButton';

interface Props {
  /** The bare value, e.g. a GUID: it pastes straight into the sign-in logs' filters. */
  value: string;
  /** The field's name in the person's language, for the button's accessible name and the "copied" line. */
  localLabel: string;
  t: Translate;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
}

/** The small "Copy" beside one ID, the same in the first screen's IDs and in the full details list. */
export function CopyValueButton({ value, localLabel, t, copy, announce }: Props) {
  return (
    <CopyButton
      className="copy-one"
      text={value}
      label={t('copyOne')}
      doneLabel={t('copiedLabel')}
      accessibleLabel={t('copyField', localLabel)}
      doneMessage={t('copiedField', localLabel)}
      failedMessage={t('copyFailed')}
      copy={copy}
      announce={announce}
    />
  );
}
