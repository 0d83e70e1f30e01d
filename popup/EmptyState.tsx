import type { Translate } from '../src/i18n';

export function EmptyState({ t }: { t: Translate }) {
  return (
    <main class="help empty">
      <header class="brand">
        <img src="/icons/icon-32.png" width="20" height="20" alt="" />
        <span>{t('brandName')}</span>
      </header>
      <h1>{t('emptyHeading')}</h1>
      <p>{t('emptyWhat')}</p>
      <p>{t('emptyWhen')}</p>
    </main>
  );
}
