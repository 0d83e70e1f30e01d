import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../src/extension/i18n';
import type { EffectiveSettings, SettingsStore } from '../src/settings/settings-store';
import { OptionsPage } from './OptionsPage';

/**
 * Loads the effective settings, reloads them whenever policy or storage changes, and hands data
 * and actions to the page. The store is a parameter, as the popup's connector is: main.tsx passes
 * the browser's, the tests an in-memory one.
 */
export function OptionsApp({ store, t }: { store: Pick<SettingsStore, 'load' | 'save' | 'watch'>; t: Translate }) {
  const [effective, setEffective] = useState<EffectiveSettings>();
  useEffect(() => {
    let latest = 0;
    const reload = () => {
      const request = ++latest;
      void store.load().then((loaded) => {
        if (request === latest) setEffective(loaded);
      });
    };
    reload();
    const stop = store.watch(reload);
    return () => {
      latest = -1;
      stop();
    };
  }, [store]);

  if (!effective) {
    return (
      <main class="options">
        <h1>{t('optionsHeading')}</h1>
        <p role="status">{t('optionsLoading')}</p>
      </main>
    );
  }
  return <OptionsPage effective={effective} t={t} save={store.save} />;
}
