// How much each kind of match counts. One place, so that ranking can be tuned against the
// relevance set (tests/search-relevance.yaml) without reading the engine.

/** Field weights: a phrase in a title or heading counts more than one in the body. */
export const FIELD_WEIGHTS = {
  /** Title, citedAs titles, short and English names. */
  title: 12,
  /** A section heading. */
  heading: 6,
  /** Issuer, authors, region and topic names, kind, year. */
  tags: 3,
  /** Body text, multiplied by the slot weight below. */
  body: 2,
  /** Per further matching section (log-scaled): a document that discusses a phrase throughout. */
  coverage: 2.5,
} as const;

/** Body weight per FlexSearch score slot (0: the section is about the phrase; 3: a mention). */
export const SLOT_WEIGHTS: readonly number[] = [2.2, 1.7, 1.3, 1];

/** Bonuses added to a record's score. */
export const BONUSES = {
  /** The whole query is the record's title or one of its names (北海 → the region 北海市). */
  exactName: 40,
  /** Every phrase of a multi-phrase query in one section, per phrase beyond the first. */
  together: 3,
  /** The phrases of a multi-phrase query written together appear in a title or heading. */
  joinedPhrase: 6,
} as const;

/**
 * Weight of a record by kind. A figure's sentence repeats words of the document it came from, so
 * at full weight figures would crowd the documents out of the first results; they still lead when
 * the query names them (the exact-name bonus is added after this weight).
 */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = { figure: 0.3 };

/** Inverse document frequency: a phrase few records have tells more than one all records have. */
export function idf(recordCount: number, matchingRecords: number): number {
  return Math.log(1 + recordCount / (1 + matchingRecords));
}

/** Body score of a section for a phrase found in score slot `slot`. */
export function bodyScore(slot: number, boost: number): number {
  return FIELD_WEIGHTS.body * (SLOT_WEIGHTS[slot] ?? 1) * boost;
}

/**
 * The first `count` items of `items` in the order `compare` gives, without sorting them all: a
 * broad query matches thousands of records and a page shows ten.
 */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (count <= 0) return first;
  for (const item of items) insertInOrder(first, item, count, compare);
  return first;
}

/** Puts `item` where it belongs in `first` (in `compare` order, at most `count` long), if it belongs there at all. */
function insertInOrder<T>(first: T[], item: T, count: number, compare: (a: T, b: T) => number): void {
  if (first.length === count && compare(item, first[count - 1] as T) >= 0) return;
  let low = 0;
  let high = first.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(item, first[middle] as T) < 0) high = middle;
    else low = middle + 1;
  }
  first.splice(low, 0, item);
  if (first.length > count) first.pop();
}

/** A ranking's columns (position i is one matching record), as ordering its results needs them. */
export interface RankedColumns {
  record: Int32Array;
  score: Float64Array;
  /** Phrases matched. */
  matchedTerms: Uint8Array;
  /** 1: the phrases of a multi-phrase query occur written together. */
  phraseTier: Uint8Array;
  /** 1: every phrase is found as typed, not only through an expansion. */
  exactTier: Uint8Array;
}

/**
 * The order of results, by position in `ranking`: more phrases, written together, as typed,
 * higher score, newer (`dates`, by record), then by record.
 */
export function compareRanked(ranking: RankedColumns, dates: readonly number[]): (a: number, b: number) => number {
  const { record, score, matchedTerms, phraseTier, exactTier } = ranking;
  return (a, b) =>
    (matchedTerms[b] as number) - (matchedTerms[a] as number) ||
    (phraseTier[b] as number) - (phraseTier[a] as number) ||
    (exactTier[b] as number) - (exactTier[a] as number) ||
    (score[b] as number) - (score[a] as number) ||
    (dates[record[b] as number] ?? 0) - (dates[record[a] as number] ?? 0) ||
    (record[a] as number) - (record[b] as number);
}

/**
 * firstInOrder(positions, count, compareRanked(ranking, dates)), with the same result, for a
 * ranking's results. A broad phrase has thousands (托位: 5,180 at 10,000 documents), ranked on a
 * reader's first search while the engine's code is not yet optimised. Once the page is full, a
 * result behind its last one in tier or score (where the order is decided before dates and
 * records) is passed over here, without a call to the comparator.
 */
export function firstRanked(ranking: RankedColumns, positions: readonly number[], count: number, dates: readonly number[]): number[] {
  const first: number[] = [];
  if (count <= 0) return first;
  const compare = compareRanked(ranking, dates);
  const { score, matchedTerms, phraseTier, exactTier } = ranking;
  // The tiers in one number, in the same order: matchedTerms first, then the two 0/1 tiers.
  const tierOf = (position: number): number => (matchedTerms[position] as number) * 4 + (phraseTier[position] as number) * 2 + (exactTier[position] as number);
  let lastTier = 0;
  let lastScore = 0;
  for (let i = 0; i < positions.length; i += 1) {
    const position = positions[i] as number;
    if (first.length === count) {
      const tier = tierOf(position);
      if (tier < lastTier || (tier === lastTier && (score[position] as number) < lastScore)) continue;
    }
    insertInOrder(first, position, count, compare);
    if (first.length === count) {
      const last = first[count - 1] as number;
      lastTier = tierOf(last);
      lastScore = score[last] as number;
    }
  }
  return first;
}
