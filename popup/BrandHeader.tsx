import type { Translate } from '../src/extension/i18n';

/** The small name-and-icon line at the top of the help view, so people know who is talking. */
export function BrandHeader({ t }: { t: Translate }) {
  return (
    <header class="brand">
      <img src="/icons/icon-32.png" width="20" height="20" alt="" />
      <span>{t('extensionName')}</span>
    </header>
  );
}
