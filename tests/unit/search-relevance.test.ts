// The relevance set (tests/search-relevance.yaml) against an index built in memory from content/
// with the production code. The floors are below what was measured (recall@10 1.00, MRR 0.98
// when written), leaving room for new documents that legitimately push a result down.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/lib/search/engine';
import { loadRelevanceSet, memoryEngine, scoreQuery, summarise, type QueryScore } from '../search-relevance';

const RECALL_FLOOR = 0.95;
const MRR_FLOOR = 0.9;

describe('relevance set', () => {
  const set = loadRelevanceSet();
  let scores: QueryScore[] = [];
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = await memoryEngine();
    scores = [];
    for (const item of set) scores.push(scoreQuery(item, (await engine.search(item.query, { limit: 10 })).hits.map((h) => h.id)));
  }, 120_000);

  it('has at least 40 queries covering every kind of case', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    const cases = set.map((s) => s.case).join(' ');
    for (const needed of ['exact', 'quotation', 'space', 'line break', 'full-width', 'traditional', 'synonym', 'abbreviation', 'pinyin', 'English', 'homophone', 'topic', 'two words']) {
      expect(cases).toContain(needed);
    }
  });

  it(`finds the expected records in the first 10 (recall@10 ≥ ${RECALL_FLOOR}, MRR ≥ ${MRR_FLOOR})`, () => {
    const { recallAt10, mrr } = summarise(scores);
    const misses = scores.filter((s) => s.missing.length > 0).map((s) => `${s.query}: ${s.missing.join(', ')}`);
    expect(recallAt10, `missing:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(mrr).toBeGreaterThanOrEqual(MRR_FLOOR);
  });

  it('finds something for every query', () => {
    expect(scores.filter((s) => s.reciprocalRank === 0).map((s) => s.query)).toEqual([]);
  });
});
