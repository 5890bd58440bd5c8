import { describe, expect, it } from 'vitest';
import { compareRanked, firstInOrder, firstRanked, type RankedColumns } from '../../src/lib/search/rank';

describe('firstInOrder', () => {
  const byValue = (a: number, b: number): number => a - b;

  it('gives the same first items as a full sort, in order', () => {
    // A seeded shuffle of 0…999 with repeats: the first 10 must be those of a full sort.
    const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 613);
    expect(firstInOrder(items, 10, byValue)).toEqual([...items].sort(byValue).slice(0, 10));
  });

  it('keeps ties in input order after the comparator, like a stable sort', () => {
    const items = [{ k: 2, id: 'a' }, { k: 1, id: 'b' }, { k: 2, id: 'c' }, { k: 1, id: 'd' }];
    expect(firstInOrder(items, 3, (a, b) => a.k - b.k).map((i) => i.id)).toEqual(['b', 'd', 'a']);
  });

  it('returns everything when asked for more than there is, and nothing for zero', () => {
    expect(firstInOrder([3, 1, 2], 10, byValue)).toEqual([1, 2, 3]);
    expect(firstInOrder([3, 1, 2], 0, byValue)).toEqual([]);
  });
});

describe('firstRanked', () => {
  /** A ranking of `n` results with many ties in tiers, scores and dates (a seeded generator). */
  function ranking(n: number, seed: number): { columns: RankedColumns; dates: number[] } {
    let state = seed;
    const next = (m: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % m;
    };
    const columns: RankedColumns = {
      record: Int32Array.from({ length: n }, (_, i) => (i * 37) % n),
      score: Float64Array.from({ length: n }, () => next(6) * 0.5),
      matchedTerms: Uint8Array.from({ length: n }, () => 1 + next(3)),
      phraseTier: Uint8Array.from({ length: n }, () => next(2)),
      exactTier: Uint8Array.from({ length: n }, () => next(2)),
    };
    return { columns, dates: Array.from({ length: n }, () => next(4)) };
  }

  it('gives what firstInOrder gives with the comparator, ties in every column included', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const { columns, dates } = ranking(500, seed);
      const positions = Array.from({ length: 500 }, (_, i) => (i * 211) % 500).filter((p) => p % 7 !== 3);
      for (const count of [0, 1, 10, 30, 1000]) {
        expect(firstRanked(columns, positions, count, dates)).toEqual(firstInOrder(positions, count, compareRanked(columns, dates)));
      }
    }
  });

  it('orders by phrases matched, then written together, as typed, score, newer, record', () => {
    const columns: RankedColumns = {
      record: Int32Array.from([0, 1, 2, 3, 4, 5, 6]),
      score: Float64Array.from([9, 1, 1, 1, 5, 5, 5]),
      matchedTerms: Uint8Array.from([1, 2, 2, 2, 2, 2, 2]),
      phraseTier: Uint8Array.from([1, 1, 0, 0, 0, 0, 0]),
      exactTier: Uint8Array.from([1, 0, 1, 0, 0, 0, 0]),
    };
    const dates = [0, 0, 0, 0, 1, 2, 1];
    expect(firstRanked(columns, [0, 1, 2, 3, 4, 5, 6], 7, dates)).toEqual([1, 2, 5, 4, 6, 3, 0]);
  });
});
