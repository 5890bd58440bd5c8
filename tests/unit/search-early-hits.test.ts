import { describe, expect, it } from 'vitest';
import { extendsShownHits } from '../../src/lib/search/early-answer';
import { FIRST_WAVE, type SearchHit, type SearchResponse } from '../../src/lib/search/engine';
import { filesOfKind, recordingEngine, type RecordingEngine } from '../recording-engine';
import { fixtureDocument, syntheticFiles } from '../search-relevance';

// Twenty-two records with 锦鲤 (in no other record, and no synonym of anything): a first page of
// ten and a second of ten more. A two-character phrase needs no text check, so the only files a
// page loads are its results'.
const index = syntheticFiles(
  Array.from({ length: 22 }, (_, i) =>
    fixtureDocument(`koi-${i}`, 'news', `锦鲤池第${i + 1}号通告`, 2000 + i, ['national'], [], [{ anchor: 's', heading: '通告', text: `第${i + 1}号：锦鲤池今日开放。` }]),
  ),
);

const resultFiles = (names: string[]): string[] => filesOfKind(names, 'result');

/**
 * Holds back result files: after `arm`, the first FIRST_WAVE requested are handed over at once,
 * the others when `release` is called.
 */
function resultGate(): { hold: (name: string) => Promise<void> | undefined; arm: () => void; release: () => void } {
  let passed = 0;
  let release = (): void => undefined;
  let released = Promise.resolve();
  return {
    hold: (name) => {
      if (!name.startsWith('result-')) return undefined;
      passed += 1;
      return passed > FIRST_WAVE ? released : undefined;
    },
    arm: () => {
      passed = 0;
      released = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
  };
}

interface EarlyAnswer {
  response: SearchResponse;
  /** Result files handed to the engine, and requested by it, when the early answer came. */
  delivered: number;
  requested: number;
}

/**
 * Searches with the gate armed: waits for the early answer while the rest of the page is held
 * back, then releases it. Fails if no early answer comes while files are held.
 */
async function searchHeldBack(setup: RecordingEngine, gate: ReturnType<typeof resultGate>, limit: number, query = '锦鲤'): Promise<{ answer: SearchResponse; early: EarlyAnswer }> {
  gate.arm();
  let gotEarly!: (early: EarlyAnswer) => void;
  const earlyPromise = new Promise<EarlyAnswer>((resolve) => (gotEarly = resolve));
  const answerPromise = setup.engine.search(query, { limit }, (response) => gotEarly({ response, delivered: resultFiles(setup.delivered).length, requested: resultFiles(setup.loaded).length }));
  const early = await Promise.race([earlyPromise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no early answer while the rest of the page was held back')), 2000))]);
  gate.release();
  return { answer: await answerPromise, early };
}

describe('early hits: the first results while the rest of the page loads', () => {
  it('are the first FIRST_WAVE results, handed over before the rest of the page has come', async () => {
    const gate = resultGate();
    const setup = await recordingEngine(index, gate.hold);
    const { answer, early } = await searchHeldBack(setup, gate, 10);
    expect(answer.hits).toHaveLength(10);
    expect(answer.pendingHits).toBe(0);
    expect(early.response.hits).toEqual(answer.hits.slice(0, FIRST_WAVE));
    expect(early.response.pendingHits).toBe(10 - FIRST_WAVE);
    expect(early.delivered).toBe(FIRST_WAVE);
    // The first wave's files were asked for first; the rest's before the early answer was put
    // together, so they load while it is.
    expect(early.requested).toBe(10);
    expect(resultFiles(setup.loaded).slice(0, FIRST_WAVE)).toEqual(resultFiles(setup.delivered).slice(0, FIRST_WAVE));
    // Everything but the hits is the answer's already.
    const { hits: _earlyHits, pendingHits: _earlyPending, ...earlyRest } = early.response;
    const { hits: _hits, pendingHits: _pending, ...answerRest } = answer;
    expect(earlyRest).toEqual(answerRest);
  });

  it('for a long phrase, are checked first: the rest is checked and fetched after them', async () => {
    // 锦鲤池今日 is longer than three characters: found by its triples, each result's text is
    // checked before it is shown. The result files bring the texts checked.
    const gate = resultGate();
    const setup = await recordingEngine(index, gate.hold);
    const { answer, early } = await searchHeldBack(setup, gate, 10, '锦鲤池今日');
    expect(answer.hits).toHaveLength(10);
    expect(answer.hits.every((hit) => hit.snippet.some((s) => s.match && s.text === '锦鲤池今日'))).toBe(true);
    expect(early.response.hits).toEqual(answer.hits.slice(0, FIRST_WAVE));
    expect(early.delivered).toBe(FIRST_WAVE);
    expect(resultFiles(setup.loaded)).toHaveLength(10);
    expect(setup.loaded.filter((name) => name.startsWith('text-'))).toEqual([]);
  });

  it('do not change the answer', async () => {
    const gate = resultGate();
    const { answer } = await searchHeldBack(await recordingEngine(index, gate.hold), gate, 10);
    const { engine: plain } = await recordingEngine(index);
    expect(await plain.search('锦鲤', { limit: 10 })).toEqual(answer);
  });

  it('are not handed over when the whole page is loaded already, or fits in the first wave', async () => {
    const { engine } = await recordingEngine(index);
    const early: SearchResponse[] = [];
    await engine.search('锦鲤', { limit: 10 }, (response) => early.push(response));
    expect(early).toHaveLength(1);
    const again = await engine.search('锦鲤', { limit: 10 }, (response) => early.push(response));
    expect(again.hits).toHaveLength(10);
    const short = await (await recordingEngine(index)).engine.search('锦鲤', { limit: FIRST_WAVE }, (response) => early.push(response));
    expect(short.hits).toHaveLength(FIRST_WAVE);
    expect(early).toHaveLength(1);
  });

  it('for a longer page (显示更多结果), are the results loaded before and the next FIRST_WAVE', async () => {
    const gate = resultGate();
    const setup = await recordingEngine(index, gate.hold);
    const firstPage = await searchHeldBack(setup, gate, 10);
    const longer = await searchHeldBack(setup, gate, 20);
    expect(longer.early.response.hits).toEqual(longer.answer.hits.slice(0, 10 + FIRST_WAVE));
    expect(longer.early.response.hits.slice(0, 10)).toEqual(firstPage.answer.hits);
    expect(longer.early.delivered).toBe(10 + FIRST_WAVE);
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
