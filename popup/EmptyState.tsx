import type { Translate } from '../src/extension/i18n';
import type { ExplainAnswer } from '../src/paste/explain-message';
import { BrandHeader } from './BrandHeader';
import { PasteBox } from './PasteBox';

export function EmptyState({ t, explain }: { t: Translate; explain(text: string): Promise<ExplainAnswer | undefined> }) {
  return (
    <main class="help empty">
      <BrandHeader t={t} />
      <h1>{t('emptyHeading')}</h1>
      <p>{t('emptyWhat')}</p>
      <p>{t('emptyWhen')}</p>
      <h2>{t('pasteHeading')}</h2>
      <PasteBox explain={explain} t={t} />
    </main>
  );
}
