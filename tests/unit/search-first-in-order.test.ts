import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../src/lib/search/rank';

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
