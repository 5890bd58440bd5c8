import { describe, expect, it } from 'vitest';
import { resultCountText } from '../../src/lib/search/result-count';

describe('the result count above the results', () => {
  it('says how many results there are, and how many of them pass the filters', () => {
    expect(resultCountText({ query: '托位', total: 12, unfiltered: 12, filtered: false, upperBound: false })).toBe('“托位”：共 12 条结果');
    expect(resultCountText({ query: '托位', total: 3, unfiltered: 12, filtered: true, upperBound: false })).toBe('“托位”：筛选后 3 条结果（共 12 条）');
  });

  it('says “at most” when a long phrase’s results were not all checked', () => {
    expect(resultCountText({ query: '托育服务体系建设', total: 2776, unfiltered: 2776, filtered: false, upperBound: true })).toBe('“托育服务体系建设”：至多 2776 条结果');
    expect(resultCountText({ query: '托育服务体系建设', total: 40, unfiltered: 2776, filtered: true, upperBound: true })).toBe('“托育服务体系建设”：筛选后至多 40 条结果（至多 2776 条）');
  });
});
