import type { Translate } from '../src/i18n';

export function EmptyState({ t }: { t: Translate }) {
  return (
    <main class="help empty">
      <h1>{t('emptyHeading')}</h1>
      <p>{t('emptyWhat')}</p>
      <p>{t('emptyWhen')}</p>
    </main>
  );
}
