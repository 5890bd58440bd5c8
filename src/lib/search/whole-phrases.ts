// The domain's own phrases, indexed whole: topic, measure, indicator and region names and the
// words of the synonym list (长期护理保险, 家庭养老床位, 每千人口托位数 …), and the phrases the
// corpus itself uses most (养老服务, 普惠托育 …, see corpus-phrases.ts).
//
// A phrase of more than three characters is otherwise looked up by its triples (see phraseTerms),
// which only make it likely: the engine then reads section texts to check it, a round of files
// per page of candidates. Readers type these phrases most, and some are made of parts that are
// common everywhere. Indexed whole, such a phrase is one exact term: one postings shard, no
// checks, and its score slot counts the phrase itself rather than its weakest triple.
//
// Which phrases are whole is decided at build time and written to core.json, so that the build
// and every reader cut a phrase into the same terms.

import { isHan, normalise, type NormaliseTables } from './normalise';

/** Shorter phrases are one term already (a character, pair or triple). */
export const MIN_WHOLE_PHRASE_LENGTH = 4;
/** Longer runs are not phrases anyone types: they stay looked up by their triples. */
export const MAX_WHOLE_PHRASE_LENGTH = 16;

/** A set of whole phrases (normalised runs of Chinese characters), and where they stand in a text. */
export class WholePhrases {
  /** No phrase indexed whole: every long phrase goes by its triples. */
  static readonly NONE = new WholePhrases([]);

  private readonly phrases: ReadonlySet<string>;
  /** Phrases by their first two characters, for finding them in a run of text. */
  private readonly byStart = new Map<string, { chars: readonly string[]; text: string }[]>();

  /** `phrases`: normalised runs of Chinese characters (see wholePhrasesOf). */
  constructor(phrases: Iterable<string>) {
    this.phrases = new Set(phrases);
    for (const phrase of this.phrases) {
      const chars = [...phrase];
      const start = `${chars[0]}${chars[1]}`;
      const list = this.byStart.get(start) ?? [];
      list.push({ chars, text: phrase });
      this.byStart.set(start, list);
    }
  }

  /** Whether a run of Chinese characters is indexed whole. */
  has(run: string): boolean {
    return this.phrases.has(run);
  }

  /** The phrases in UTF-16 order (the same on every machine, unlike a locale's): what core.json lists. */
  list(): string[] {
    return [...this.phrases].sort();
  }

  /** Calls `found` for each place a phrase starts in `chars`, one run of Chinese characters. */
  forEachIn(chars: readonly string[], found: (phrase: string) => void): void {
    if (this.byStart.size === 0) return;
    for (let i = 0; i + MIN_WHOLE_PHRASE_LENGTH <= chars.length; i += 1) {
      const candidates = this.byStart.get(`${chars[i]}${chars[i + 1]}`);
      if (candidates === undefined) continue;
      for (const phrase of candidates) {
        if (i + phrase.chars.length > chars.length) continue;
        let same = true;
        for (let k = 2; k < phrase.chars.length && same; k += 1) same = chars[i + k] === phrase.chars[k];
        if (same) found(phrase.text);
      }
    }
  }
}

/**
 * The whole phrases of a list of names: each name normalised as texts are, and each run of
 * MIN_WHOLE_PHRASE_LENGTH to MAX_WHOLE_PHRASE_LENGTH Chinese characters in it (“一老一小”整体解决方案
 * gives 一老一小 and 整体解决方案).
 */
export function wholePhrasesOf(names: Iterable<string>, tables?: NormaliseTables): string[] {
  const phrases = new Set<string>();
  for (const name of names) {
    let run: string[] = [];
    const end = (): void => {
      if (run.length >= MIN_WHOLE_PHRASE_LENGTH && run.length <= MAX_WHOLE_PHRASE_LENGTH) phrases.add(run.join(''));
      run = [];
    };
    for (const char of normalise(name, tables)) {
      if (isHan(char)) run.push(char);
      else end();
    }
    end();
  }
  return [...phrases].sort();
}
