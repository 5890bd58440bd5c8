// The one text normaliser of search. The build runs it over every document before indexing, and
// the browser and the command line run it over every query, so that index-time and query-time
// text can never drift apart. It knows nothing about pages, FlexSearch or the DOM.
//
// What readers cannot see is folded away:
// - full-width and half-width forms, compatibility characters (NFKC), upper/lower case;
// - traditional and variant characters, through a table the build derives from opencc-js;
// - quotation marks and book-title marks inside terms: “一老一小”整体解决方案 = 一老一小整体解决方案;
// - spaces and line breaks between two Chinese characters (justified columns, PDF line ends).
// Every other punctuation mark, symbol or emoji ends a term.
//
// The result keeps, for each of its characters, where it came from in the original, so that a
// match found in normalised text can be highlighted in the text as printed.

/** Tables the normaliser needs; the build derives them and ships them with the index. */
export interface NormaliseTables {
  /** Traditional or variant character → the simplified character the corpus uses. */
  readonly t2s: ReadonlyMap<string, string>;
}

/** Normalised text and, per UTF-16 unit of `text`, the index of the original character. */
export interface NormalisedText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/**
 * Separates blocks (paragraphs, list items, table cells) in the section texts the build extracts.
 * A hard boundary: no term runs across it.
 */
export const BLOCK_SEPARATOR = '\u2029';

const HAN = /\p{Script=Han}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;
// Marks that sit inside terms rather than between them. Dropping them joins what they enclose
// with its neighbours, which is how a reader means “一老一小”整体解决方案. The apostrophe also
// joins pinyin syllables: Tai'an = taian.
const TRANSPARENT = /[\p{M}\u00ad\u200b-\u200d\u2060\ufeff"'`“”‘’「」『』《》〈〉﹁﹂﹃﹄‹›«»·・‧]/u;

type CharClass = 'han' | 'word';

/**
 * The class of a character that is its own NFKC and lowercase form: a CJK Unified Ideograph of the
 * basic block (U+4E00–U+9FFF), a lowercase ASCII letter or a digit; otherwise undefined.
 */
function plainClassOf(codePoint: number): CharClass | undefined {
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return 'han';
  if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39)) return 'word';
  return undefined;
}

/** Whether a (normalised) character is a Chinese character. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Folds `input` for matching. Output characters are Chinese characters, lowercase letters and
 * digits; single spaces separate terms.
 */
export function normaliseText(input: string, tables?: NormaliseTables): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  // 'soft': whitespace, dropped between two Chinese characters; 'hard': punctuation, always a break.
  let pending: 'none' | 'soft' | 'hard' = 'none';
  let lastClass: CharClass | undefined;
  const append = (char: string, charClass: CharClass, start: number): void => {
    const joinsWithoutSpace = pending === 'soft' && charClass === 'han' && lastClass === 'han';
    if (text.length > 0 && pending !== 'none' && !joinsWithoutSpace) {
      text += ' ';
      offsets.push(start);
    }
    pending = 'none';
    text += char;
    for (let k = 0; k < char.length; k += 1) offsets.push(start);
    lastClass = charClass;
  };
  for (let i = 0; i < input.length; ) {
    const codePoint = input.codePointAt(i) ?? 0;
    const original = String.fromCodePoint(codePoint);
    const start = i;
    i += original.length;
    if (original === BLOCK_SEPARATOR) {
      pending = 'hard';
      continue;
    }
    // Most characters are common Chinese characters, lowercase letters or digits, which NFKC and
    // lowercasing leave as they are: they skip the general path (the build normalises every text).
    const plainClass = plainClassOf(codePoint);
    if (plainClass !== undefined && tables?.t2s.has(original) !== true) {
      append(original, plainClass, start);
      continue;
    }
    for (const folded of original.normalize('NFKC').toLowerCase()) {
      const char = tables?.t2s.get(folded) ?? folded;
      if (TRANSPARENT.test(char)) continue;
      if (WHITESPACE.test(char)) {
        if (pending === 'none') pending = 'soft';
        continue;
      }
      const charClass: CharClass | undefined = HAN.test(char) ? 'han' : LETTER_OR_DIGIT.test(char) ? 'word' : undefined;
      if (charClass === undefined) {
        pending = 'hard';
        continue;
      }
      append(char, charClass, start);
    }
  }
  return { text, offsets };
}

/** Shorthand: only the normalised string. */
export function normalise(input: string, tables?: NormaliseTables): string {
  return normaliseText(input, tables).text;
}

/**
 * Maps a range [start, end) of normalised text back to a range of the original string, so the
 * printed text can be highlighted.
 */
export function originalRange(source: string, normalised: NormalisedText, start: number, end: number): [number, number] {
  const from = normalised.offsets[start] ?? source.length;
  const lastFrom = normalised.offsets[end - 1] ?? from;
  const lastCodePoint = source.codePointAt(lastFrom) ?? 0;
  return [from, lastFrom + (lastCodePoint > 0xffff ? 2 : 1)];
}

/** Builds the traditional→simplified table from the compact string the index ships (pairs of characters). */
export function t2sTableFromPairs(pairs: string): NormaliseTables {
  const chars = [...pairs];
  const t2s = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i] as string, chars[i + 1] as string);
  return { t2s };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `phrase` occurs in normalised `text`, from `from` on; -1 if nowhere. Chinese matches
 * anywhere; a phrase that starts or ends with a letter or digit must start or end a word there,
 * so that x is not found in guangxi, nor 1 in 2021.
 */
export function indexOfPhrase(text: string, phrase: string, from = 0): number {
  if (phrase === '') return -1;
  const first = phrase.codePointAt(0) ?? 0;
  const last = phrase.codePointAt(phrase.length - 1) ?? 0;
  const checkStart = WORD_CHAR.test(String.fromCodePoint(first)) && !HAN.test(String.fromCodePoint(first));
  const checkEnd = WORD_CHAR.test(String.fromCodePoint(last)) && !HAN.test(String.fromCodePoint(last));
  for (let at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (checkStart && WORD_CHAR.test(before) && !HAN.test(before)) continue;
    if (checkEnd && WORD_CHAR.test(after) && !HAN.test(after)) continue;
    return at;
  }
  return -1;
}

/** Whether normalised `text` contains `phrase` (see indexOfPhrase). */
export function containsPhrase(text: string, phrase: string): boolean {
  return indexOfPhrase(text, phrase) >= 0;
}
