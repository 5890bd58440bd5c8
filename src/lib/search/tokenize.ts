// Turns normalised text into index terms, and query phrases into the terms to look up.
//
// Chinese has no spaces, and word segmenters split domain terms (Intl.Segmenter gives 托|位 and
// 普|惠|托|育), and a segmenter that cuts a text one way at index time and a query another way at
// query time loses the match. So Chinese text is indexed as overlapping character n-grams — every
// single character, every pair and every triple of adjacent characters — and never segmented.
// A query phrase of one, two or three characters is then one exact look-up; a longer phrase is
// looked up by triples covering it, which all have to be in the same section. Because n-grams
// only ever join characters that are adjacent in the normalised text, 托位 finds 托位 and never a
// text that merely has 托管 … 单位. Letters and digits form whole lowercase words. The domain's
// own longer phrases (see whole-phrases.ts) are also indexed whole, and a query looks them up so.

import { BLOCK_SEPARATOR, isHan, normalise, type NormaliseTables } from './normalise';
import type { WholePhrases } from './whole-phrases';

/** A stretch of normalised text of one script: Chinese characters, or one word of letters/digits. */
export interface TextRun {
  kind: 'han' | 'word';
  /** The characters (for Chinese: one code point each). */
  chars: string[];
}

/** Longest word indexed; longer strings of letters are cut (they are not words anyone types). */
export const MAX_WORD_LENGTH = 32;

/** Splits normalised text into runs at spaces and where Chinese meets letters or digits. */
export function runsOf(normalised: string): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  for (const char of normalised) {
    if (char === ' ') {
      current = undefined;
      continue;
    }
    const kind = isHan(char) ? 'han' : 'word';
    if (current === undefined || current.kind !== kind) {
      current = { kind, chars: [] };
      runs.push(current);
    }
    current.chars.push(char);
  }
  return runs;
}

/**
 * Index terms of a normalised text with how often each occurs: Chinese 1-, 2- and 3-grams, the
 * whole phrases in it, and words.
 */
export function indexTerms(normalised: string, whole: WholePhrases): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string): void => {
    counts.set(term, (counts.get(term) ?? 0) + 1);
  };
  for (const run of runsOf(normalised)) {
    if (run.kind === 'word') {
      add(run.chars.slice(0, MAX_WORD_LENGTH).join(''));
      continue;
    }
    const c = run.chars;
    for (let i = 0; i < c.length; i += 1) {
      add(c[i] as string);
      if (i + 1 < c.length) add(`${c[i]}${c[i + 1]}`);
      if (i + 2 < c.length) add(`${c[i]}${c[i + 1]}${c[i + 2]}`);
    }
    whole.forEachIn(c, add);
  }
  return counts;
}

/**
 * The index terms to look up for one query phrase (normalised, no spaces): a Chinese run of up to
 * three characters, or a whole phrase, is itself a term; a longer run is looked up by triples
 * that between them cover every character: from the start every third one, and the last
 * (养老服务体系 → 养老服, 务体系). All
 * overlapping triples would narrow the sections a little more, but a long phrase is checked
 * against the text anyway, and each triple is a shard to fetch: a phrase of eight characters
 * needs three, not six.
 */
export function phraseTerms(phrase: string, whole: WholePhrases): string[] {
  const terms: string[] = [];
  for (const run of runsOf(phrase)) {
    if (run.kind === 'word') {
      terms.push(run.chars.slice(0, MAX_WORD_LENGTH).join(''));
      continue;
    }
    const c = run.chars;
    if (isOneTerm(run, whole)) {
      terms.push(c.join(''));
      continue;
    }
    const triple = (i: number): string => `${c[i]}${c[i + 1]}${c[i + 2]}`;
    for (let i = 0; i + 3 < c.length; i += 3) terms.push(triple(i));
    terms.push(triple(c.length - 3));
  }
  return [...new Set(terms)];
}

/**
 * The term whose postings shard says which records are called exactly `name` (normalised): its
 * first term, which a query for the name looks up anyway. Undefined for a name without terms.
 */
export function nameKeyTerm(name: string, whole: WholePhrases): string | undefined {
  return phraseTerms(name, whole)[0];
}

/**
 * Whether finding all of a phrase's terms in a section proves the phrase is there as written.
 * True for one Chinese run of up to three characters or a whole phrase, or one word; a longer
 * phrase or a mix of scripts only makes it very likely, and the section text is checked before
 * it is shown.
 */
export function isExactLookup(phrase: string, whole: WholePhrases): boolean {
  const runs = runsOf(phrase);
  const run = runs[0];
  return runs.length === 1 && run !== undefined && isOneTerm(run, whole);
}

/** Whether a run is looked up as one term of the index: a word, a Chinese run of up to three characters, or a whole phrase. */
function isOneTerm(run: TextRun, whole: WholePhrases): boolean {
  return run.kind === 'word' || run.chars.length <= 3 || whole.has(run.chars.join(''));
}

/** The index family a term is stored in: single characters and words, pairs, triples and whole phrases. */
export type TermFamily = 'g1' | 'g2' | 'g3';

/** Which family a term belongs to. */
export function termFamily(term: string): TermFamily {
  const chars = [...term];
  if (!isHan(chars[0] ?? '')) return 'g1';
  return chars.length >= 3 ? 'g3' : chars.length === 2 ? 'g2' : 'g1';
}

/** FNV-1a over the code points of `key`, so the build and every reader put a term in the same shard. */
export function shardOf(key: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/**
 * The words of a record's tags (issuer, authors, region and topic names, year), normalised: a
 * phrase is found in the tags when one word has it, never across two.
 */
export function tagWords(tags: string, tables?: NormaliseTables): string[] {
  const words = tags.split(BLOCK_SEPARATOR).flatMap((piece) => normalise(piece, tables).split(' '));
  return [...new Set(words.filter((w) => w !== ''))];
}
