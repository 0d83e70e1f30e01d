import type { Translate } from '../extension/i18n';
import type { Advice } from '../knowledge/choose-advice';
import type { RedactableField } from '../settings/redactable-fields';

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

/** The block, and who can fix it when no step was suggested: the ticket's first line about the advice. */
export const headlineLine = (advice: TicketAdvice): string => (advice.whoCanFix ? `${advice.headline}: ${advice.whoCanFix}` : advice.headline);

export interface StepSection {
  kind: 'tried' | 'notTried';
  /** "Tried:" or "Suggested, not tried:", localized. */
  heading: string;
  actions: string[];
}

/**
 * Fields whose redaction also keeps the steps out of copies and tickets. The steps are chosen for
 * the person's browser, system, device and app, and many name them ("…extension to Chrome",
 * "Run az login…"); even a step that names nothing says something by being chosen ("Try
 * Microsoft Edge instead": not Edge). Listing only some steps would tell the helpdesk that the
 * others were not suggested or not tried, which is not true either. So when one of these is
 * redacted the step lists are left out whole, and the ticket says only what the block is. The
 * other redactable fields (IP address, account, message, note, device id) don't steer the steps:
 * of the device id they use only whether the page showed one (test/unit/build-ticket.test.ts).
 */
export const FIELDS_THE_STEPS_REVEAL = ['browser', 'os', 'appName', 'appId', 'devicePlatform', 'deviceState'] as const satisfies readonly RedactableField[];

/** The two sections with their headings, tried first; one with no steps is left out, and both are when the steps would give a redacted field away. */
export function stepSections(advice: TicketAdvice, t: Translate, redact: ReadonlySet<string>): StepSection[] {
  if (FIELDS_THE_STEPS_REVEAL.some((field) => redact.has(field))) return [];
  const all: StepSection[] = [
    { kind: 'tried', heading: t('ticketTried'), actions: advice.tried },
    { kind: 'notTried', heading: t('ticketNotTried'), actions: advice.notTried },
  ];
  return all.filter((section) => section.actions.length > 0);
}

/** A section as lines, for the e-mail and the copied details: its heading, then one "- action" line per step. */
export const sectionLines = ({ heading, actions }: StepSection): string[] => [heading, ...actions.map((action) => `- ${action}`)];

/** Both sections as lines: "Tried:", "- Add the Microsoft Single Sign On extension to Chrome.", "Suggested, not tried:", … */
export const triedStepsLines = (advice: TicketAdvice, t: Translate, redact: ReadonlySet<string>): string[] => stepSections(advice, t, redact).flatMap(sectionLines);

/**
 * One line for a ticket system's summary field, e.g. "Your IT team's security rules blocked this
 * sign-in (AADSTS53003 BlockedByConditionalAccess): Tried: Add the Microsoft Single Sign On
 * extension to Chrome. Suggested, not tried: Try Microsoft Edge instead." With the steps left out
 * for redaction, only the block: its name is the code's, whatever the browser or app.
 */
export function adviceSummaryForTicket(advice: TicketAdvice, t: Translate, redact: ReadonlySet<string>): string {
  const steps = stepSections(advice, t, redact).map(({ heading, actions }) => [heading, ...actions].join(' '));
  if (steps.length > 0) return `${advice.headline}: ${steps.join(' ')}`;
  return headlineLine(advice).trim();
}
