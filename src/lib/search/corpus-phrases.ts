// The corpus's own frequent phrases, found by counting characters, to be indexed whole beside the
// domain's names (see whole-phrases.ts).
//
// Readers type compounds such as 养老服务, 托育服务, 普惠托育 and 居家养老服务 more than any name
// on the site's lists. Longer than three characters, such a phrase is otherwise looked up by its
// triples and checked against section texts: a round of files more, and for common parts a count
// that is only an upper bound. Word segmenters do not know these compounds (Intl.Segmenter cuts
// 普惠托育 into 普|惠|托|育), so they are found from the texts themselves: runs of Chinese
// characters that
// - occur in many sections (a share of the sections counted, at least MIN_SECTIONS);
// - stand free on both sides: the characters next to them vary (branching entropy), so that a
//   fragment such as 长期护理保 (nearly always followed by 险) is not taken for a phrase;
// - hold together: the phrase is in a good share of the sections that have its rarer half, so
//   that two common words that merely meet (推进 + 养老) are not taken either;
// - neither begin nor end with a function character (的, 和, 等 …).
// Sections are counted in a sample bounded in characters, so the cost does not grow past it.

import { runsOf, type TextRun } from './tokenize';
import { MAX_WHOLE_PHRASE_LENGTH, MIN_WHOLE_PHRASE_LENGTH } from './whole-phrases';

/** How phrases are chosen (see CORPUS_PHRASE_RULES for the build's). */
export interface CorpusPhraseRules {
  /** Phrase lengths in characters. */
  minLength: number;
  maxLength: number;
  /** Sections a phrase must be in, at least, and as a share of the sections counted. */
  minSections: number;
  minSectionShare: number;
  /** Branching entropy (nats) the phrase must have on each side. */
  minEntropy: number;
  /** Sections with the phrase per section with its rarer half, at the phrase's weakest cut. */
  minCohesion: number;
  /** Phrases kept at most, those in the most sections first: each is listed in core.json. */
  limit: number;
  /** Characters of section text counted at most; beyond it, sections are taken at a stride. */
  sampleCharacters: number;
}

export const CORPUS_PHRASE_RULES: CorpusPhraseRules = {
  minLength: MIN_WHOLE_PHRASE_LENGTH,
  maxLength: Math.min(8, MAX_WHOLE_PHRASE_LENGTH),
  minSections: 5,
  minSectionShare: 0.01,
  minEntropy: 1,
  minCohesion: 0.2,
  limit: 400,
  sampleCharacters: 4_000_000,
};

/** Characters that begin or end no phrase: particles, conjunctions, prepositions, measure words. */
const FUNCTION_CHARACTERS = new Set([...'的了和与及等为对在是将并或把被从向于以由各其之也都而且就这那有个中上下到给让使即如若']);

/**
 * The sections counted: all of them when their text fits in `sampleCharacters`, else every k-th,
 * with k as small as keeps the sample within it.
 */
export function phraseSample(texts: readonly string[], sampleCharacters: number): string[] {
  const total = texts.reduce((sum, text) => sum + text.length, 0);
  const stride = Math.max(1, Math.ceil(total / Math.max(1, sampleCharacters)));
  return stride === 1 ? [...texts] : texts.filter((_, i) => i % stride === 0);
}

/** A run of Chinese characters, read by character (a character outside the BMP is two UTF-16 units). */
interface HanRun {
  length: number;
  gram: (start: number, length: number) => string;
  char: (index: number) => string | undefined;
}

function hanRun({ chars }: TextRun): HanRun {
  const text = chars.join('');
  // Slicing the string is much faster than joining characters, and the same when each is one unit.
  if (text.length === chars.length) return { length: text.length, gram: (start, length) => text.slice(start, start + length), char: (index) => text[index] };
  return { length: chars.length, gram: (start, length) => chars.slice(start, start + length).join(''), char: (index) => chars[index] };
}

/** Branching entropy of the characters seen next to a phrase (each end of a run counts as a character of its own). */
function entropy(neighbours: Map<string, number>, ends: number): number {
  const counts = [...neighbours.values(), ...Array.from({ length: ends }, () => 1)];
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.reduce((sum, count) => sum - (count / total) * Math.log(count / total), 0);
}

/**
 * The phrases of `texts` (section texts) that `rules` take for the corpus's own, those in the most
 * sections first (ties in UTF-16 order, the same on every machine). `normalise` turns a text into
 * the normalised form the index is built from; only the sections sampled are normalised.
 */
export function corpusPhrases(texts: readonly string[], rules: CorpusPhraseRules = CORPUS_PHRASE_RULES, normalise: (text: string) => string = (text) => text): string[] {
  const sample = phraseSample(texts, rules.sampleCharacters);
  const runs = sample.map((text) => runsOf(normalise(text)).filter((run) => run.kind === 'han' && run.chars.length >= 2).map(hanRun));
  const minSections = Math.max(rules.minSections, Math.ceil(sample.length * rules.minSectionShare));

  // Sections per n-gram, length by length: an n-gram is counted only when both (n-1)-grams in it
  // are frequent, as no n-gram is in more sections than its parts.
  const sections = new Map<string, number>();
  let frequent = new Set<string>();
  for (let n = 2; n <= rules.maxLength; n += 1) {
    const counts = new Map<string, number>();
    for (const textRuns of runs) {
      const seen = new Set<string>();
      for (const run of textRuns) {
        for (let i = 0; i + n <= run.length; i += 1) {
          if (n > 2 && (!frequent.has(run.gram(i, n - 1)) || !frequent.has(run.gram(i + 1, n - 1)))) continue;
          seen.add(run.gram(i, n));
        }
      }
      for (const gram of seen) counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    frequent = new Set();
    for (const [gram, count] of counts) {
      if (count < minSections) continue;
      frequent.add(gram);
      sections.set(gram, count);
    }
    if (frequent.size === 0) break;
  }

  const candidates = [...sections.keys()].filter((gram) => {
    const chars = [...gram];
    if (chars.length < rules.minLength || FUNCTION_CHARACTERS.has(chars[0] as string) || FUNCTION_CHARACTERS.has(chars.at(-1) as string)) return false;
    const count = sections.get(gram) as number;
    for (let cut = 2; cut <= chars.length - 2; cut += 1) {
      const rarer = Math.min(sections.get(chars.slice(0, cut).join('')) ?? 0, sections.get(chars.slice(cut).join('')) ?? 0);
      if (count < rules.minCohesion * rarer) return false;
    }
    return true;
  });

  // Neighbours on each side, over every occurrence in the sample.
  const wanted = new Set(candidates);
  const sides = new Map<string, { left: Map<string, number>; right: Map<string, number>; leftEnds: number; rightEnds: number }>();
  for (const textRuns of runs) {
    for (const run of textRuns) {
      for (let n = rules.minLength; n <= rules.maxLength; n += 1) {
        for (let i = 0; i + n <= run.length; i += 1) {
          const gram = run.gram(i, n);
          if (!wanted.has(gram)) continue;
          const side = sides.get(gram) ?? { left: new Map(), right: new Map(), leftEnds: 0, rightEnds: 0 };
          const before = run.char(i - 1);
          const after = run.char(i + n);
          if (before === undefined) side.leftEnds += 1;
          else side.left.set(before, (side.left.get(before) ?? 0) + 1);
          if (after === undefined) side.rightEnds += 1;
          else side.right.set(after, (side.right.get(after) ?? 0) + 1);
          sides.set(gram, side);
        }
      }
    }
  }

  return candidates
    .filter((gram) => {
      const side = sides.get(gram);
      return side !== undefined && entropy(side.left, side.leftEnds) >= rules.minEntropy && entropy(side.right, side.rightEnds) >= rules.minEntropy;
    })
    .sort((a, b) => (sections.get(b) as number) - (sections.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, rules.limit);
}
