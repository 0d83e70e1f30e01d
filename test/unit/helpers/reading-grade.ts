import { escapeRegExp } from '../../../src/text/escape-reg-exp';

/**
 * Flesch-Kincaid grade level: how many years of school a reader needs for a text.
 *
 *   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *
 * We hold every English message to grade 8 or below (test/unit/reading-grade.test.ts); labels too
 * short for the formula are held to short words instead (judgeReading, below).
 *
 * What this counts, honestly:
 * - Sentences end at `.`, `!` or `?` followed by a space or the end, and at line breaks.
 * - Words are runs of non-space characters with their outer punctuation removed;
 *   "sign-in" and "don't" are one word each.
 * - Syllables come from a heuristic for English: vowel groups, minus silent endings
 *   ("make", "signed", "rules"), plus vowel pairs that are said apart ("compliant", "period").
 *   It matches dictionary counts for most everyday words and is off by one on some compounds
 *   ("somewhere" counts 3); the test pins it on words with known counts.
 * - Names are not words the reader has to decode: product names (Microsoft Edge,
 *   Company Portal, ...), URLs, commands and command-line options and `$PLACEHOLDERS$` each count
 *   as ONE word of ONE syllable. The reader matches them against what is on
 *   their screen, and our style asks for exact product names; counting "Microsoft Single Sign On"
 *   as six syllables would punish a text for being exact. Numbers of three or more digits (error
 *   codes such as 53003) count the same way. Jargon is not a name:
 *   "Conditional Access" or "compliant" count in full.
 */

/** Exact product, feature and command names. Longest first is not needed: matching sorts them. */
export const NAMES: readonly string[] = [
  // Microsoft products and features, as Microsoft spells them.
  'Microsoft Single Sign On',
  'Microsoft Authenticator',
  'Microsoft Edge',
  'Microsoft Teams',
  'Microsoft Intune',
  'Microsoft Entra',
  'Microsoft Graph',
  'Microsoft',
  'Company Portal',
  'Temporary Access Pass',
  'Azure CLI',
  'Azure PowerShell',
  'Graph PowerShell',
  'PowerShell',
  'Outlook',
  'Teams',
  'Intune',
  'Entra',
  'Edge',
  // Other browsers, stores and systems.
  'Chrome Web Store',
  'Google Chrome',
  'Chrome',
  'Firefox',
  'Safari',
  'Opera',
  'InPrivate',
  'Incognito',
  'Windows',
  'macOS',
  'Mac',
  'Linux',
  'ChromeOS',
  'Android',
  'iPhone',
  'iPad',
  // Commands people type.
  'az login',
  'Connect-AzAccount',
  'Connect-MgGraph',
];

/** Acronyms said as a word, not letter by letter. All other all-caps words count one syllable per letter ("VPN" = 3). */
const SPOKEN_ACRONYMS = new Set(['PIN', 'PINS']);

/** One word, one syllable: what every name stands in for. */
const STAND_IN = 'name';

const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NAMES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Things that are names by their shape: URLs, bare domains with a path, options, placeholders, error codes. */
const NAME_SHAPES: readonly RegExp[] = [
  /\bhttps?:\/\/[^\s]+?(?=[.,;:!?)]*(?:\s|$))/g,
  /\b[\w-]+\.(?:ms|com|net|org)\/[^\s]*?(?=[.,;:!?)]*(?:\s|$))/g,
  /(?<=^|[\s("'“])--?[A-Za-z][\w-]*/g,
  /\$[A-Za-z0-9_@]+\$/g,
  /\bAADSTS\d+\b/g,
  /\b\d{3,}\b/g,
];

/** Replace every name with a one-syllable stand-in word, so it counts as exactly one short word. */
export function standInNames(text: string): string {
  let result = text;
  for (const shape of NAME_SHAPES) result = result.replace(shape, STAND_IN);
  // Names written back to back ("$CODE$$APP$") stay separate words.
  return result.replace(NAME_PATTERN, STAND_IN).replace(new RegExp(`(?<=${STAND_IN})(?=${STAND_IN})`, 'g'), ' ');
}

export function splitSentences(text: string): string[] {
  return text
    .split(/[.!?]+(?=["'”’)]*(?:\s|$))|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => splitWords(sentence).length > 0);
}

export function splitWords(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}$]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

// Vowel pairs said as two syllables, and groups said as one although they look like two.
const SAID_APART: readonly RegExp[] = [/ia/, /io/, /iu/, /ii/, /[^gq]ua[^auieo]/, /[aeiou]{3}/, /[^l]lien/, /[^aeiouy]ea$/, /[sdl]nt$/];
const SAID_TOGETHER: readonly RegExp[] = [/cial/, /tia/, /cius/, /cious/, /giu/, /ion/, /iou/, /[^aeiouy]ely$/];

export function countSyllables(word: string): number {
  const bare = word.replace(/['’]/g, '');
  if (/^\d+$/.test(bare)) return bare.length;
  if (/^[A-Z]{2,}s?$/.test(bare) && !SPOKEN_ACRONYMS.has(bare.toUpperCase())) return bare.replace(/s$/, '').length;

  let w = bare.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;

  let extra = 0;
  // Silent endings: "rules", "updates" (but not "pages", "places", "uses"), "signed" (but not "needed"), "make" (but not "table").
  if (/[^aeiouysxzcg]es$/.test(w) && !/(?:ch|sh)es$/.test(w)) {
    w = w.slice(0, -2);
    if (/[^aeiouy]l$/.test(w)) extra += 1; // "tables", "examples"
  } else if (/[^aeiouytd]ed$/.test(w)) {
    w = w.slice(0, -2);
  } else if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) {
    w = w.slice(0, -1);
  }

  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  const apart = SAID_APART.filter((pattern) => pattern.test(w)).length;
  const together = SAID_TOGETHER.filter((pattern) => pattern.test(w)).length;
  return Math.max(1, groups + apart - together + extra);
}

export interface ReadingStats {
  sentences: number;
  words: number;
  syllables: number;
  /** The word with the most syllables (names count as one), e.g. to say why a short text fails. */
  longestWord: { word: string; syllables: number } | undefined;
  /** Flesch-Kincaid grade level; 0 for a text with no words. */
  grade: number;
}

export function readingStats(text: string): ReadingStats {
  const sentences = splitSentences(standInNames(text));
  const words = sentences.flatMap(splitWords).map((word) => ({ word, syllables: countSyllables(word) }));
  const syllables = words.reduce((sum, word) => sum + word.syllables, 0);
  const longestWord = words.reduce<ReadingStats['longestWord']>((longest, word) => (word.syllables > (longest?.syllables ?? 0) ? word : longest), undefined);
  if (words.length === 0) return { sentences: 0, words: 0, syllables: 0, longestWord, grade: 0 };
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
  return { sentences: sentences.length, words: words.length, syllables, longestWord, grade };
}

/** Flesch-Kincaid grade level of an English text (see the file comment for what is counted). */
export function readingGrade(text: string): number {
  return readingStats(text).grade;
}

/**
 * Below this many words the grade says nothing: "Copy" alone scores 8.4 and "Copy details" 8.8,
 * because a lone two-syllable word weighs as much as a whole sentence of them.
 */
export const MIN_WORDS_FOR_GRADE = 8;

/**
 * Buttons and headings shorter than that are read at a glance; what can make them hard is a long
 * word, so that is what they are held to: no word over 4 syllables (names aside). An average
 * would be as noisy as the grade: "Privacy" alone averages 3 syllables a word.
 */
export const SHORT_TEXT_MAX_SYLLABLES = 4;

export interface ReadingVerdict {
  ok: boolean;
  stats: ReadingStats;
  /** Why it passes or fails, for a test failure message. */
  reason: string;
}

/** Whether a message reads at `maxGrade` or below: the grade for running text, word length for short labels. */
export function judgeReading(text: string, maxGrade: number): ReadingVerdict {
  const stats = readingStats(text);
  if (stats.words >= MIN_WORDS_FOR_GRADE) {
    return {
      ok: stats.grade <= maxGrade,
      stats,
      reason: `grade ${stats.grade.toFixed(1)} (${stats.words} words in ${stats.sentences} sentences; at most ${maxGrade})`,
    };
  }
  const longest = stats.longestWord;
  return {
    ok: (longest?.syllables ?? 0) <= SHORT_TEXT_MAX_SYLLABLES,
    stats,
    reason: `a short text (${stats.words} words) whose longest word, "${longest?.word ?? ''}", has ${longest?.syllables ?? 0} syllables (at most ${SHORT_TEXT_MAX_SYLLABLES})`,
  };
}
