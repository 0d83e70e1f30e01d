import { useState } from 'preact/hooks';
import type { Translate } from '../src/extension/i18n';
import type { ExplainAnswer } from '../src/paste/explain-message';

interface Props {
  explain(text: string): Promise<ExplainAnswer | undefined>;
  t: Translate;
}

/**
 * A box to paste an error that the extension cannot read itself: an app's dialog, the CLI, a log.
 * A plain textarea, so only text arrives, never markup; the background reads it and keeps only the
 * details it finds (src/paste/), and the help view shows them when stored.
 */
export function PasteBox({ explain, t }: Props) {
  const [status, setStatus] = useState('');
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const box = (event.currentTarget as HTMLFormElement).elements.namedItem('pasted') as HTMLTextAreaElement;
    setStatus('');
    const answer = await explain(box.value);
    // Found: the help view shows it, and the text need not stay on screen.
    if (answer?.found) box.value = '';
    else setStatus(t('pasteNothing'));
  };
  return (
    <form class="paste" onSubmit={onSubmit}>
      <label for="pasted">{t('pasteLabel')}</label>
      <textarea id="pasted" name="pasted" rows={4} required spellcheck={false} autocomplete="off" />
      <button type="submit" class="button">{t('pasteButton')}</button>
      {/* A live region of its own, not a second role="status": the copy outcome keeps that role. */}
      <p class="paste-status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
