import type { Advice } from '../knowledge/choose-advice';

/**
 * The first sentence of a step is its action (a convention of steps.json). A Latin full stop
 * ends a sentence only before a space (not in "e.g." or "v2.1"); Japanese and Chinese ones need
 * none after them.
 */
export function firstSentence(text: string): string {
  return text.match(/^.*?(?:[.!?](?=\s|$)|[。！？])/su)?.[0] ?? text;
}

/**
 * One line for the helpdesk ticket naming the block in plain words and the steps suggested, e.g.
 * "Your IT team's security rules blocked this sign-in (AADSTS53003 BlockedByConditionalAccess): 1. Add the Microsoft Single
 * Sign On extension to Chrome. 2. Try Microsoft Edge instead."
 * Every word comes from `advice`, already localized; only digits and punctuation are added here.
 */
export function adviceSummaryForTicket(advice: Advice): string {
  const name = [advice.code === undefined ? undefined : `AADSTS${advice.code}`, advice.officialName].filter(Boolean).join(' ');
  const head = name ? `${advice.title} (${name})` : advice.title;
  const tail = advice.steps.length > 0 ? advice.steps.map((step, i) => `${i + 1}. ${firstSentence(step.text)}`).join(' ') : advice.whoCanFixText;
  return `${head}: ${tail}`.replace(/\s+/g, ' ').trim();
}
