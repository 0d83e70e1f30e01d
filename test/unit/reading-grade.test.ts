import { describe, expect, it } from 'vitest';
import {
  MIN_WORDS_FOR_GRADE,
  countSyllables,
  judgeReading,
  readingGrade,
  readingStats,
  splitSentences,
  splitWords,
  standInNames,
} from './helpers/reading-grade';
import { allEnglishMessages } from './helpers/english';

const MAX_GRADE = 8;

describe('countSyllables', () => {
  // Dictionary syllable counts (Merriam-Webster hyphenation) for words these texts use a lot.
  const words: Array<[string, number]> = [
    ['the', 1], ['you', 1], ['sign', 1], ['signed', 1], ['blocked', 1], ['rules', 1], ['make', 1], ['page', 1],
    ['browser', 2], ['device', 2], ['devices', 3], ['pages', 2], ['needed', 2], ['allowed', 2], ['required', 2],
    ['again', 2], ['people', 2], ['table', 2], ['tables', 2], ['window', 2], ['account', 2], ['restart', 2],
    ['updates', 2], ['isn’t', 2], ["doesn't", 2], ["don't", 1], ['access', 2], ['open', 2], ['online', 2],
    ['company', 3], ['policy', 3], ['compliant', 3], ['registered', 3], ['period', 3], ['area', 3], ['idea', 3],
    ['every', 3], ['actual', 3], ['client', 2], ['social', 2], ['option', 2], ['region', 2], ['completely', 3],
    ['conditional', 4], ['organization', 5], ['authentication', 5], ['information', 4], ['diagnostic', 4],
    ['sign-in', 2], ['VPN', 3], ['IT', 2], ['PIN', 1], ['20', 2],
  ];

  it.each(words)('counts "%s" as %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('is right for at least 9 in 10 of a wider sample, including hard words', () => {
    const sample: Array<[string, number]> = [
      ['question', 2], ['because', 2], ['anything', 3], ['somewhere', 2], ['created', 3], ['serious', 3],
      ['trial', 2], ['quiet', 2], ['being', 2], ['science', 2], ['value', 2], ['issue', 2], ['continue', 3],
      ['already', 3], ['reason', 2], ['network', 2], ['settings', 2], ['security', 4],
      ['request', 2], ['protection', 3], ['approve', 2], ['approved', 2], ['managed', 2], ['enabled', 3],
      ['deleted', 3], ['different', 3], ['computer', 3], ['phone', 1], ['tablet', 2], ['simple', 2],
      ['private', 2], ['normal', 2], ['extension', 3], ['profile', 2], ['picture', 2], ['windows', 2],
      ['problem', 2], ['system', 2], ['screen', 1], ['lock', 1], ['status', 2], ['minutes', 2], ['prompts', 1],
      ['tool', 1], ['command', 2], ['older', 2], ['email', 2], ['methods', 2], ['number', 2], ['places', 2],
      ['short-term', 2], ['anywhere', 3], ['service', 2], ['finished', 2], ['multifactor', 4], ['partner', 2],
      ['customer', 3], ['risky', 2], ['flagged', 1], ['assigned', 2], ['group', 1], ['unusual', 4], ['activity', 4],
      ['record', 2], ['fresh', 1], ['details', 2], ['reached', 1], ['confirm', 2], ['certain', 2], ['systems', 2],
    ];
    const right = sample.filter(([word, syllables]) => countSyllables(word) === syllables);
    const wrong = sample.filter((entry) => !right.includes(entry)).map(([word, syllables]) => `${word} (${countSyllables(word)}, not ${syllables})`);
    expect(right.length / sample.length, `miscounted: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});

describe('splitting', () => {
  it('splits sentences at . ! ? and line breaks, not inside URLs or names', () => {
    expect(splitSentences(standInNames('Go to https://aka.ms/mysecurityinfo. Then try again! Done?\nNext line'))).toEqual([
      'Go to name',
      'Then try again',
      'Done',
      'Next line',
    ]);
  });

  it('counts hyphenated words and contractions as one word, and drops lone punctuation', () => {
    expect(splitWords("Don't use sign-in codes & “quotes”.")).toEqual(["Don't", 'use', 'sign-in', 'codes', 'quotes']);
  });

  it('counts each product name, URL, command, option and placeholder as one short word', () => {
    const text = 'Add Microsoft Single Sign On from the Chrome Web Store, run az login without --use-device-code, see https://aka.ms/x or $CODE$.';
    expect(splitWords(standInNames(text))).toEqual(['Add', 'name', 'from', 'the', 'name', 'run', 'name', 'without', 'name', 'see', 'name', 'or', 'name']);
  });

  it('does not take ordinary words for names', () => {
    expect(standInNames('Private windows have an edge. Teams of people.')).toBe('Private windows have an edge. name of people.');
  });
});

describe('readingGrade', () => {
  // Expected values worked out by hand from the formula with dictionary syllable counts.
  it('scores a very easy sentence below grade 0', () => {
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(readingGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
  });

  it("scores Microsoft's own wording for 53000 at college level", () => {
    // 12 words, 26 syllables, 1 sentence: 0.39 × 12 + 11.8 × 26 ÷ 12 − 15.59 = 14.66
    const stats = readingStats("Conditional Access policy requires a compliant device, and the device isn't compliant.");
    expect(stats).toMatchObject({ sentences: 1, words: 12, syllables: 26 });
    expect(stats.grade).toBeCloseTo(14.66, 2);
  });

  it('scores a plain two-sentence instruction around grade 4', () => {
    // 5 + 8 words, 9 + 10 syllables, 2 sentences: 0.39 × 6.5 + 11.8 × 19 ÷ 13 − 15.59 = 4.19
    const stats = readingStats('Open a normal browser window. Then sign in again with your work account.');
    expect(stats).toMatchObject({ sentences: 2, words: 13, syllables: 19 });
    expect(stats.grade).toBeCloseTo(4.19, 2);
  });

  it('scores a long dense sentence far above grade 8', () => {
    const legal =
      'Notwithstanding the aforementioned provisions, the organization reserves the right to unilaterally terminate authentication privileges whenever anomalous behavioral indicators are detected.';
    expect(readingGrade(legal)).toBeGreaterThan(16);
  });

  it('gives 0 for a text with no words', () => {
    expect(readingGrade(' … ')).toBe(0);
  });
});

describe('judgeReading', () => {
  it(`grades running text of ${MIN_WORDS_FOR_GRADE} or more words by Flesch-Kincaid`, () => {
    expect(judgeReading('Open a normal browser window. Then sign in again with your work account.', 8)).toMatchObject({ ok: true });
    expect(judgeReading('Notwithstanding the aforementioned provisions, the organization reserves the right to terminate.', 8)).toMatchObject({ ok: false });
  });

  it('judges short labels by their words, where the grade is noise', () => {
    expect(readingGrade('Copy details')).toBeGreaterThan(8);
    expect(judgeReading('Copy details', 8)).toMatchObject({ ok: true });
    expect(judgeReading('Sign-in blocked: $CODE$$APP$', 8)).toMatchObject({ ok: true });
    expect(judgeReading('Privacy', 8)).toMatchObject({ ok: true });
    expect(judgeReading('Digits only, such as 53003.', 8)).toMatchObject({ ok: true });
    const verdict = judgeReading('Authentication unavailable', 8);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toContain('"Authentication", has 5 syllables');
  });
});

describe('every English message', () => {
  const messages = Object.entries(allEnglishMessages());

  it('exists', () => {
    expect(messages.length).toBeGreaterThan(0);
  });

  it.each(messages)(`%s reads at grade ${MAX_GRADE} or below`, (key, { file, message }) => {
    const verdict = judgeReading(message, MAX_GRADE);
    expect(verdict.ok, `${file} › ${key} fails as ${verdict.reason}. Use shorter sentences and shorter words: "${message}"`).toBe(true);
  });
});
