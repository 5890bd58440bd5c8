import { describe, expect, it } from 'vitest';
import { extendsShownHits } from '../../src/lib/search/early-answer';
import { FIRST_WAVE, type SearchEngine, type SearchHit, type SearchResponse } from '../../src/lib/search/engine';
import { recordingEngine } from '../recording-engine';
import { fixtureDocument, syntheticFiles } from '../search-relevance';

// Twenty-two records with 锦鲤 (in no other record, and no synonym of anything): a first page of
// ten and a second of ten more. A two-character phrase needs no text check, so the only files a
// page loads are its results'.
const index = syntheticFiles(
  Array.from({ length: 22 }, (_, i) =>
    fixtureDocument(`koi-${i}`, 'news', `锦鲤池第${i + 1}号通告`, 2000 + i, ['national'], [], [{ anchor: 's', heading: '通告', text: `第${i + 1}号：锦鲤池今日开放。` }]),
  ),
);

const resultFiles = (loaded: string[]): string[] => loaded.filter((name) => name.startsWith('result-'));

/** Searches, keeping each early answer and how many result files were requested when it came. */
async function searchWithEarly(engine: SearchEngine, loaded: string[], limit: number, query = '锦鲤'): Promise<{ answer: SearchResponse; early: { response: SearchResponse; resultFiles: number }[] }> {
  const early: { response: SearchResponse; resultFiles: number }[] = [];
  const answer = await engine.search(query, { limit }, (response) => early.push({ response, resultFiles: resultFiles(loaded).length }));
  return { answer, early };
}

describe('early hits: the first results while the rest of the page loads', () => {
  it('are the first FIRST_WAVE results, handed over before the rest of the page is fetched', async () => {
    const { engine, loaded } = await recordingEngine(index);
    const { answer, early } = await searchWithEarly(engine, loaded, 10);
    expect(answer.hits).toHaveLength(10);
    expect(answer.pendingHits).toBe(0);
    expect(early).toHaveLength(1);
    const [first] = early;
    expect(first?.response.hits).toEqual(answer.hits.slice(0, FIRST_WAVE));
    expect(first?.response.pendingHits).toBe(10 - FIRST_WAVE);
    // Only the first wave's files had been asked for; the rest came after.
    expect(first?.resultFiles).toBe(FIRST_WAVE);
    expect(resultFiles(loaded)).toHaveLength(10);
    // Everything but the hits is the answer's already.
    const { hits: _earlyHits, pendingHits: _earlyPending, ...earlyRest } = first?.response as SearchResponse;
    const { hits: _hits, pendingHits: _pending, ...answerRest } = answer;
    expect(earlyRest).toEqual(answerRest);
  });

  it('for a long phrase, are checked first: the rest is checked and fetched after them', async () => {
    // 锦鲤池今日 is longer than three characters: found by its triples, each result's text is
    // checked before it is shown. The result files bring the texts checked.
    const { engine, loaded } = await recordingEngine(index);
    const { answer, early } = await searchWithEarly(engine, loaded, 10, '锦鲤池今日');
    expect(answer.hits).toHaveLength(10);
    expect(answer.hits.every((hit) => hit.snippet.some((s) => s.match && s.text === '锦鲤池今日'))).toBe(true);
    expect(early).toHaveLength(1);
    expect(early[0]?.response.hits).toEqual(answer.hits.slice(0, FIRST_WAVE));
    expect(early[0]?.resultFiles).toBe(FIRST_WAVE);
    expect(resultFiles(loaded)).toHaveLength(10);
    expect(loaded.filter((name) => name.startsWith('text-'))).toEqual([]);
  });

  it('do not change the answer', async () => {
    const { engine, loaded } = await recordingEngine(index);
    const { answer } = await searchWithEarly(engine, loaded, 10);
    const { engine: plain } = await recordingEngine(index);
    expect(await plain.search('锦鲤', { limit: 10 })).toEqual(answer);
  });

  it('are not handed over when the whole page is loaded already, or fits in the first wave', async () => {
    const { engine, loaded } = await recordingEngine(index);
    await searchWithEarly(engine, loaded, 10);
    const again = await searchWithEarly(engine, loaded, 10);
    expect(again.early).toEqual([]);
    expect(again.answer.hits).toHaveLength(10);
    const short = await searchWithEarly((await recordingEngine(index)).engine, [], FIRST_WAVE);
    expect(short.early).toEqual([]);
    expect(short.answer.hits).toHaveLength(FIRST_WAVE);
  });

  it('for a longer page (显示更多结果), are the results loaded before and the next FIRST_WAVE', async () => {
    const { engine, loaded } = await recordingEngine(index);
    const firstPage = await searchWithEarly(engine, loaded, 10);
    const longer = await searchWithEarly(engine, loaded, 20);
    expect(longer.early).toHaveLength(1);
    expect(longer.early[0]?.response.hits).toEqual(longer.answer.hits.slice(0, 10 + FIRST_WAVE));
    expect(longer.early[0]?.response.hits.slice(0, 10)).toEqual(firstPage.answer.hits);
    expect(longer.early[0]?.resultFiles).toBe(10 + FIRST_WAVE);
    expect(longer.answer.hits).toHaveLength(20);
  });
});

describe('extendsShownHits', () => {
  const hit = (id: string, url = `/documents/${id}/`): SearchHit => ({ id, kind: 'news', kindLabel: '新闻', title: id, titleSegments: [], url, regions: [], topics: [], snippet: [], moreSections: [], score: 1, via: [] });

  it('is true when the answer begins with the results shown', () => {
    expect(extendsShownHits([hit('a'), hit('b')], [hit('a'), hit('b'), hit('c')])).toBe(true);
    expect(extendsShownHits([hit('a')], [hit('a')])).toBe(true);
  });

  it('is false when the order, a record or a link changed, or the answer is shorter', () => {
    expect(extendsShownHits([hit('a'), hit('b')], [hit('b'), hit('a'), hit('c')])).toBe(false);
    expect(extendsShownHits([hit('a'), hit('b')], [hit('a'), hit('d'), hit('c')])).toBe(false);
    expect(extendsShownHits([hit('a')], [hit('a', '/documents/a/#s2'), hit('c')])).toBe(false);
    expect(extendsShownHits([hit('a'), hit('b')], [hit('a')])).toBe(false);
  });
});
