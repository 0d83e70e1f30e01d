import type { Detection } from '../src/detection/detection';
import type { Translate } from '../src/extension/i18n';
import type { Advice } from '../src/knowledge/choose-advice';
import { mySignInsUrl } from '../src/page/signin-hosts';
import { DetailsList } from './DetailsList';
import { FlaggingHelp } from './FlaggingHelp';
import { ForItCopies } from './ForItCopies';
import type { Helpdesk } from './HelpView';
import { StepChecklist } from './StepChecklist';

interface Props {
  detection: Detection;
  advice: Advice;
  helpdesk: Helpdesk;
  /** The helpdesk's name, or "your IT team". */
  org: string;
  /** What the cause line on the first screen left out. */
  moreAboutCause: string;
  /** Whether to say that a private window can be the cause (when no step says it). */
  privateNote: boolean;
  t: Translate;
  tried: readonly string[];
  onTriedChange: (tried: string[]) => void;
  copy: (text: string) => Promise<boolean>;
  announce: (message: string) => void;
  showFlaggingControl(tabId: number): void;
}

/**
 * "Who can fix it" only where it tells the person something: that they can (so try the steps
 * first), that only IT or only the app's owners can although there are steps. "Maybe you, maybe
 * IT" and "we don't know" say nothing the steps and the contact do not.
 */
const SAYS_NOTHING_NEW: ReadonlySet<Advice['whoCanFix']> = new Set(['both', 'unknown']);
const whoLineHelps = (advice: Advice) => !advice.nothingYouCanDo && !SAYS_NOTHING_NEW.has(advice.whoCanFix);

/**
 * What follows the first screen: the steps to try, what to tell IT, the full details (folded)
 * and the source, below the first screen HelpView draws.
 */
export function MoreHelp({ detection, advice, helpdesk, org, moreAboutCause, privateNote, t, tried, onTriedChange, copy, announce, showFlaggingControl }: Props) {
  const mySignIns = mySignInsUrl(detection.cloud);
  return (
    <>
      <section aria-labelledby="try-heading" class="card">
        <h2 id="try-heading">{t('tryThisHeading')}</h2>
        {moreAboutCause && <p class="more-cause">{moreAboutCause}</p>}
        {whoLineHelps(advice) && <p class={`who who-${advice.whoCanFix}`}>{advice.whoCanFixText}</p>}
        {privateNote && <p class="note">{t('privateWindowNote')}</p>}
        {helpdesk.orgAdvice && (
          <p class="org-advice">
            <span class="org-from">{t('orgStepsNote', org)}</span> {helpdesk.orgAdvice}
          </p>
        )}
        {advice.nothingYouCanDo ? (
          <p>{advice.nothingYouCanDoText}</p>
        ) : (
          <StepChecklist steps={advice.steps} tried={tried} onChange={onTriedChange} t={t} />
        )}
        {advice.lookupUrl && (
          <p>
            <a href={advice.lookupUrl} target="_blank" rel="noreferrer">
              {t('lookupCode', advice.code ?? '')}
            </a>
          </p>
        )}
        {mySignIns && (
          <p class="my-sign-ins">
            <a href={mySignIns} target="_blank" rel="noreferrer">
              {t('mySignInsLink')}
            </a>
            <br />
            {t('mySignInsWhy')}
          </p>
        )}
      </section>

      <div class="tell">
        <p class="tell-label">{t('tellItLabel')}</p>
        <blockquote class="tell-it">{advice.tellIt}</blockquote>
        {advice.flaggingHelps && <FlaggingHelp detection={detection} t={t} showFlaggingControl={showFlaggingControl} />}
        <details class="all-details">
          <summary>{t('detailsHeading')}</summary>
          <DetailsList detection={detection} redact={helpdesk.redact} t={t} copy={copy} announce={announce} />
        </details>
        <ForItCopies detection={detection} redact={helpdesk.redact} t={t} copy={copy} announce={announce} />
      </div>

      {advice.source && (
        <p class="source">
          <a href={advice.source.url} target="_blank" rel="noreferrer">
            {t('sourceLink', advice.source.title)}
          </a>
        </p>
      )}
    </>
  );
}
