import { describe, expect, it } from 'vitest';
import { percentile } from '../../scripts/lib/percentile';

describe('the benchmarks’ percentile (nearest rank)', () => {
  it('takes the p95 of twenty values as the 19th smallest, whatever their order', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i * 7) % 20);
    expect(percentile(values, 0.95)).toBe(18);
    expect(percentile(values, 0.5)).toBe(9);
  });

  it('gives the only value for one, the smallest for p = 0, and NaN for none', () => {
    expect(percentile([42], 0.95)).toBe(42);
    expect(percentile([5, 3, 9], 0)).toBe(3);
    expect(percentile([], 0.5)).toBeNaN();
  });
});
