import type { Translate } from '../extension/i18n';
import type { Advice } from '../knowledge/choose-advice';

/**
 * The first sentence of a step is its action (a convention of steps.json). A Latin full stop
 * ends a sentence only before a space (not in "e.g." or "v2.1"); Japanese and Chinese ones need
 * none after them.
 */
export function firstSentence(text: string): string {
  return text.match(/^.*?(?:[.!?](?=\s|$)|[。！？])/su)?.[0] ?? text;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What the helpdesk is told about the advice: the block in plain words, and the steps the popup
 * suggested split by the person's ticks, so the agent does not ask for what was done already.
 * Every word comes from the advice, already localized.
 */
export interface TicketAdvice {
  /** The block and its code, e.g. "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess)". */
  headline: string;
  /** The action of each step ticked as tried, in the advice's order. */
  tried: string[];
  /** The action of each step suggested and not ticked. */
  notTried: string[];
  /** Only when no step was suggested: who can fix it, e.g. "Only your IT team can fix this." */
  whoCanFix?: string;
}

export function ticketAdvice(advice: Advice, tried: ReadonlySet<string>): TicketAdvice {
  const name = [advice.code === undefined ? undefined : `AADSTS${advice.code}`, advice.officialName].filter(Boolean).join(' ');
  const headline = oneLine(name ? `${advice.title} (${name})` : advice.title);
  const action = (step: Advice['steps'][number]) => oneLine(firstSentence(step.text));
  return {
    headline,
    tried: advice.steps.filter((step) => tried.has(step.id)).map(action),
    notTried: advice.steps.filter((step) => !tried.has(step.id)).map(action),
    whoCanFix: advice.steps.length === 0 ? oneLine(advice.whoCanFixText) : undefined,
  };
}

export interface StepSection {
  kind: 'tried' | 'notTried';
  /** "Tried:" or "Suggested, not tried:", localized. */
  heading: string;
  actions: string[];
}

/** The two sections with their headings, tried first; one with no steps is left out. */
export function stepSections(advice: TicketAdvice, t: Translate): StepSection[] {
  const all: StepSection[] = [
    { kind: 'tried', heading: t('ticketTried'), actions: advice.tried },
    { kind: 'notTried', heading: t('ticketNotTried'), actions: advice.notTried },
  ];
  return all.filter((section) => section.actions.length > 0);
}

/** A section as lines, for the e-mail and the copied details: its heading, then one "- action" line per step. */
export const sectionLines = ({ heading, actions }: StepSection): string[] => [heading, ...actions.map((action) => `- ${action}`)];

/** Both sections as lines: "Tried:", "- Add the Microsoft Single Sign On extension to Chrome.", "Suggested, not tried:", … */
export const triedStepsLines = (advice: TicketAdvice, t: Translate): string[] => stepSections(advice, t).flatMap(sectionLines);

/**
 * One line for a ticket system's summary field, e.g. "Your IT team's security rules blocked this
 * sign-in (AADSTS53003 BlockedByConditionalAccess): Tried: Add the Microsoft Single Sign On
 * extension to Chrome. Suggested, not tried: Try Microsoft Edge instead."
 */
export function adviceSummaryForTicket(advice: TicketAdvice, t: Translate): string {
  const steps = stepSections(advice, t).map(({ heading, actions }) => [heading, ...actions].join(' '));
  return `${advice.headline}: ${steps.length > 0 ? steps.join(' ') : (advice.whoCanFix ?? '')}`.trim();
}
