import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/extension/i18n';
import { loadSettings, saveUserSettings, watchSettings, type EffectiveSettings } from '../src/settings/load-settings';
import { OptionsPage } from './OptionsPage';

/** Loads the effective settings, reloads them whenever policy or storage changes, and hands data and actions to the page. */
export function OptionsApp() {
  const [effective, setEffective] = useState<EffectiveSettings>();
  useEffect(() => {
    let latest = 0;
    const reload = () => {
      const request = ++latest;
      void loadSettings().then((loaded) => {
        if (request === latest) setEffective(loaded);
      });
    };
    reload();
    const stop = watchSettings(reload);
    return () => {
      latest = -1;
      stop();
    };
  }, []);

  if (!effective) {
    return (
      <main class="options">
        <h1>{t('optionsHeading')}</h1>
        <p role="status">{t('optionsLoading')}</p>
      </main>
    );
  }
  return <OptionsPage effective={effective} t={t} save={saveUserSettings} />;
}
