import type { Translate } from '../src/extension/i18n';
import { BrandHeader } from './BrandHeader';

export function EmptyState({ t }: { t: Translate }) {
  return (
    <main class="help empty">
      <BrandHeader t={t} />
      <h1>{t('emptyHeading')}</h1>
      <p>{t('emptyWhat')}</p>
      <p>{t('emptyWhen')}</p>
    </main>
  );
}
