// Pinyin, at query time, without a pinyin library in the browser: the build reads the corpus with
// pinyin-pro (which knows polyphones in context, 长期 chang qi) and ships a vocabulary keyed by the
// toneless pinyin of each pair of adjacent characters. A query typed in pinyin (yanglao) and a
// Chinese phrase with a homophone typo (养老床为) both become a string of syllables, and the
// vocabulary turns that back into the Chinese phrases the corpus really contains (养老, 养老床位).

/** Toneless syllables of a Chinese phrase, one per character; the build writes ü as v. */
export type Syllables = string[];

/** Key of a pair of adjacent syllables in the pinyin vocabulary. */
export function pinyinKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The keys to look up for a string of syllables: one per adjacent pair. */
export function pinyinKeys(syllables: Syllables): string[] {
  const keys: string[] = [];
  for (let i = 0; i + 1 < syllables.length; i += 1) keys.push(pinyinKey(syllables[i] as string, syllables[i + 1] as string));
  return [...new Set(keys)];
}

/**
 * Every way to read a string of letters as pinyin syllables (xian → xi an, xian), fewest syllables
 * first, at most `limit`. Empty when the letters are not pinyin (region → re gi on fails at gi).
 */
export function segmentPinyin(letters: string, syllables: ReadonlySet<string>, limit = 6): Syllables[] {
  if (!/^[a-z]+$/.test(letters) || letters.length > 40) return [];
  const longest = 6;
  // ways[i]: segmentations of letters.slice(i); built from the end so each is computed once.
  const ways: Syllables[][] = Array.from({ length: letters.length + 1 }, () => []);
  ways[letters.length] = [[]];
  for (let i = letters.length - 1; i >= 0; i -= 1) {
    const found: Syllables[] = [];
    for (let len = Math.min(longest, letters.length - i); len >= 1; len -= 1) {
      const syllable = letters.slice(i, i + len);
      if (!syllables.has(syllable)) continue;
      for (const rest of ways[i + len] ?? []) {
        found.push([syllable, ...rest]);
        if (found.length >= limit * 4) break;
      }
    }
    ways[i] = found;
  }
  return (ways[0] ?? []).sort((a, b) => a.length - b.length).slice(0, limit);
}

/** The Chinese pairs the corpus has for a pinyin key, with how often each occurs. */
export type PinyinLookup = (key: string) => readonly [string, number][];

/**
 * The Chinese phrases of the corpus that read as `syllables`, most frequent first: a chain of
 * vocabulary pairs where each pair shares its last character with the next pair's first
 * (养老 + 老床 + 床位 → 养老床位). A beam keeps the search small.
 */
export function phrasesForSyllables(syllables: Syllables, lookup: PinyinLookup, limit = 3): string[] {
  if (syllables.length < 2) return [];
  interface Chain {
    text: string;
    last: string;
    score: number;
  }
  const beamWidth = 16;
  let beam: Chain[] = lookup(pinyinKey(syllables[0] as string, syllables[1] as string)).map(([pair, count]) => ({
    text: pair,
    last: [...pair][1] ?? '',
    score: Math.log(1 + count),
  }));
  for (let i = 1; i + 1 < syllables.length && beam.length > 0; i += 1) {
    const pairs = lookup(pinyinKey(syllables[i] as string, syllables[i + 1] as string));
    const next: Chain[] = [];
    for (const chain of beam) {
      for (const [pair, count] of pairs) {
        const [first, second] = [...pair];
        if (first === chain.last && second !== undefined) next.push({ text: chain.text + second, last: second, score: chain.score + Math.log(1 + count) });
      }
    }
    beam = next.sort((a, b) => b.score - a.score).slice(0, beamWidth);
  }
  return beam
    .sort((a, b) => b.score - a.score || a.text.localeCompare(b.text))
    .map((c) => c.text)
    .filter((text, i, all) => all.indexOf(text) === i)
    .slice(0, limit);
}

/** Every combination of readings of a phrase's characters (polyphones), at most `limit`. */
export function readingCombinations(readings: readonly (readonly string[])[], limit = 8): Syllables[] {
  let combos: Syllables[] = [[]];
  for (const options of readings) {
    if (options.length === 0) return [];
    const next: Syllables[] = [];
    for (const combo of combos) for (const option of options) if (next.length < limit) next.push([...combo, option]);
    combos = next;
  }
  return combos;
}

/** Inverts chars.json (syllable → characters) into character → readings. */
export function readingsByChar(bySyllable: Readonly<Record<string, string>>): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const [syllable, chars] of Object.entries(bySyllable)) {
    for (const char of chars) {
      const list = readings.get(char);
      if (list === undefined) readings.set(char, [syllable]);
      else list.push(syllable);
    }
  }
  return readings;
}
