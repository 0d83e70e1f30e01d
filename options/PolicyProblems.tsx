import { reasonText } from '../src/settings/validate-settings';
import type { Translate } from '../src/extension/i18n';
import type { SettingProblem } from '../src/settings/validate-settings';

/**
 * For admins: each policy value the extension refused, and why, worded like a form problem ("ticketUrlTemplate
 * must start with https://"). The intro says once that what was refused is not used: the rest of
 * each value applies (validate-settings.ts).
 */
export function PolicyProblems({ problems, t }: { problems: SettingProblem[]; t: Translate }) {
  if (problems.length === 0) return null;
  return (
    <section class="card policy-problems" aria-labelledby="policy-problems-heading">
      <h2 id="policy-problems-heading">{t('optionsPolicyProblemsHeading')}</h2>
      <p>{t('optionsPolicyProblemsIntro')}</p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i} data-key={problem.key}>
            {t('optionsProblem', [problem.key, reasonText(problem.reason, t)])}
          </li>
        ))}
      </ul>
    </section>
  );
}
