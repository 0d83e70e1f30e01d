import { reasonText } from '../src/settings/validate-settings';
import type { Translate } from '../src/extension/i18n';
import type { PolicyEntry } from './policy-report';

/**
 * For admins: each managed key the extension received, the value as received (text only, cut
 * short: policy-report.ts), and whether it was used or refused and why, worded like a form
 * problem ("ticketUrlTemplate must start with https://"). When something was refused, the intro
 * says once that what was refused is not used: the rest of each value applies (validate-settings.ts).
 */
export function PolicyProblems({ entries, t }: { entries: PolicyEntry[]; t: Translate }) {
  if (entries.length === 0) return null;
  const refused = entries.some((entry) => entry.reasons.length > 0);
  return (
    <section class="card policy-problems" aria-labelledby="policy-problems-heading">
      <h2 id="policy-problems-heading">{t('optionsPolicyProblemsHeading')}</h2>
      {refused && <p>{t('optionsPolicyProblemsIntro')}</p>}
      <ul>
        {entries.map(({ key, shown, reasons }) => (
          <li key={key} data-key={key} data-result={reasons.length ? 'refused' : 'used'}>
            <code>{key}</code> <code class="received">{shown}</code>{' '}
            {reasons.length === 0 ? (
              <strong>{t('optionsPolicyUsed')}</strong>
            ) : (
              <>
                <strong>{t('optionsPolicyRefused')}</strong>
                {reasons.map((reason, i) => (
                  <span key={i}> {t('optionsProblem', [key, reasonText(reason, t)])}</span>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
