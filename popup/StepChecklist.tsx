import type { Translate } from '../src/extension/i18n';
import type { AdviceStep } from '../src/knowledge/choose-advice';

interface Props {
  steps: readonly AdviceStep[];
  /** Ids of the steps ticked as tried. */
  tried: readonly string[];
  /** Called with the ticked ids after each change, in the steps' order. */
  onChange(tried: string[]): void;
  t: Translate;
}

/**
 * "Try this" as a checklist the person ticks as they go. The ticks are the popup's (it keeps them
 * with the detection), because the ticket says which steps were tried. Native checkboxes, each
 * labelled by its step's text: Tab moves between them, Space ticks, screen readers say both.
 */
export function StepChecklist({ steps, tried, onChange, t }: Props) {
  const ticked = new Set(tried);
  const toggle = (id: string, checked: boolean) => onChange(steps.map((step) => step.id).filter((stepId) => (stepId === id ? checked : ticked.has(stepId))));
  return (
    <>
      <p class="checklist-hint">{t('checklistHint')}</p>
      <ol class="checklist">
        {steps.map((step) => (
          <li key={step.id} data-step={step.id}>
            <label>
              <input type="checkbox" checked={ticked.has(step.id)} onChange={(event) => toggle(step.id, event.currentTarget.checked)} />
              <span>{step.text}</span>
            </label>
          </li>
        ))}
      </ol>
    </>
  );
}
