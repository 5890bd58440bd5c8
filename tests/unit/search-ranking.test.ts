import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine, SearchHit } from '../../src/lib/search/engine';
import { segmentsToMarkedText } from '../../src/lib/search/snippet';
import { QUERY_MESSAGES } from '../../src/lib/search/query';
import { fixtureDocument, memoryEngine, syntheticFiles } from '../search-relevance';

let engine: SearchEngine;
const ids = async (query: string): Promise<string[]> => (await engine.search(query, { limit: 20 })).hits.map((h) => h.id);
const hitOf = async (query: string, id: string): Promise<SearchHit | undefined> => (await engine.search(query, { limit: 20 })).hits.find((h) => h.id === id);

beforeAll(async () => {
  engine = await memoryEngine(syntheticFiles());
});

describe('matching', () => {
  it('finds a phrase only where its characters stand together: 托位 is not 托管…单位', async () => {
    const found = await ids('托位');
    expect(found).toEqual(expect.arrayContaining(['plan', 'heading', 'body']));
    expect(found).not.toContain('news');
  });

  it('confirms a long phrase against the text: 养老服 and 老服务 apart are not 养老服务', async () => {
    const found = await ids('养老服务');
    expect(found).toContain('elderly');
    expect(found).not.toContain('news');
    expect(await ids('颐养老服装')).toEqual(['news']);
  });

  it('finds single characters and words', async () => {
    expect(await ids('餐')).toContain('plan');
    expect(await ids('2025')).toEqual(expect.arrayContaining(['plan']));
  });
});

describe('ranking', () => {
  it('weighs titles over headings over body text', async () => {
    const found = await ids('托位');
    expect(found.indexOf('plan')).toBeLessThan(found.indexOf('heading'));
    expect(found.indexOf('heading')).toBeLessThan(found.indexOf('body'));
  });

  it('puts what the reader typed before synonyms, and still finds the synonyms', async () => {
    const response = await engine.search('老年食堂');
    expect(response.hits.map((h) => h.id)).toEqual(['canteen', 'plan']);
    expect(response.notices).toContain('“老年食堂”也按同义词 “助餐” 查找。');
  });

  it('puts a record whose name is the query first', async () => {
    expect((await ids('托育服务'))[0]).toBe('topic:childcare');
    expect((await ids('北海'))[0]).toBe('region:beihai');
  });

  it('requires every phrase of a multi-phrase query, and ranks them written together first', async () => {
    expect(await ids('托位 养老床位')).toEqual(['plan']);
    const apart = await ids('养老 床位');
    expect(apart[0]).toBe('plan');
  });
});

describe('expansion', () => {
  it('expands abbreviations: 长照 → 长期护理', async () => {
    const response = await engine.search('长照');
    expect(response.hits.map((h) => h.id)).toEqual(['elderly']);
    expect(segmentsToMarkedText(response.hits[0]?.snippet ?? [])).toContain('【长期护理】');
  });

  it('reads traditional characters', async () => {
    expect(await ids('養老服務')).toContain('elderly');
  });

  it('reads pinyin and English region names', async () => {
    const pinyin = await engine.search('yanglao');
    expect(pinyin.hits.map((h) => h.id)).toContain('elderly');
    expect(pinyin.notices).toContain('“yanglao”按拼音查找为 “养老”。');
    expect((await ids('Beihai'))[0]).toBe('region:beihai');
    expect(await ids('Beihai')).toContain('plan');
    expect((await ids('Guangxi Zhuang Autonomous Region'))[0]).toBe('region:guangxi');
  });

  it('corrects homophone typos only when nothing matches as typed', async () => {
    const response = await engine.search('养老床为');
    expect(response.hits.map((h) => h.id)).toEqual(['plan']);
    expect(response.notices).toContain('没有找到“养老床为”，已按同音词 “养老床位” 查找。');
    expect((await engine.search('托位')).notices).toEqual([]);
  });
});

describe('results', () => {
  it('link to the matching section, not only the top of the page', async () => {
    expect((await hitOf('托位', 'heading'))?.url).toBe('/documents/heading/#c');
    const plan = await hitOf('托位', 'plan');
    expect(plan?.url).toBe('/documents/plan/#s1');
    expect(plan?.section).toBe('一、发展目标');
    expect(plan?.moreSections).toEqual([{ heading: '摘要与要点', url: '/documents/plan/#summary-heading' }]);
    expect((await hitOf('助餐', 'plan'))?.url).toBe('/documents/plan/#s2');
  });

  it('mark the matched words in title and snippet', async () => {
    const plan = await hitOf('托位', 'plan');
    expect(segmentsToMarkedText(plan?.titleSegments ?? [])).toBe('某市【托位】建设方案');
    expect(segmentsToMarkedText(plan?.snippet ?? [])).toBe('到2025年新增养老床位1000张，【托位】800个，每千人口【托位】4.5个。');
  });

  it('carry kind, regions, date and year for display and filters', async () => {
    expect(await hitOf('托位', 'plan')).toMatchObject({ kind: 'plan', kindLabel: '规划方案', regions: [{ id: 'beihai', name: '北海' }], date: '2021年', year: 2021 });
  });

  it('filter by kind, region, topic and year, with counts of all results', async () => {
    const all = await engine.search('托位');
    expect(all.facets.kind).toEqual(expect.arrayContaining([{ value: 'commentary', label: '评论访谈', count: 2 }]));
    const commentary = await engine.search('托位', { filters: { kind: 'commentary' } });
    expect(commentary.hits.map((h) => h.id).sort()).toEqual(['body', 'heading']);
    expect(commentary.total).toBe(2);
    expect(commentary.facets).toEqual(all.facets);
    expect((await engine.search('托位', { filters: { region: 'beihai' } })).hits.map((h) => h.id)).toEqual(['plan', 'figure:beihai-places-2022']);
    expect((await engine.search('托位', { filters: { region: 'beihai', kind: 'plan' } })).hits.map((h) => h.id)).toEqual(['plan']);
    expect((await engine.search('托位', { filters: { topic: 'childcare', year: '2024' } })).hits.map((h) => h.id)).toEqual(['heading']);
    expect((await engine.search('托位', { filters: { year: '1999' } })).hits).toEqual([]);
    expect((await engine.search('托位', { filters: { region: 'atlantis' } })).hits).toEqual([]);
  });

  it('include figures, labelled as data', async () => {
    const figure = await hitOf('每千人口托位数', 'figure:beihai-places-2022');
    expect(figure).toMatchObject({ kind: 'figure', kindLabel: '数据', url: '/data/#beihai-places-2022', year: 2022 });
    expect((await ids('每千人口托位数'))[0]).toBe('figure:beihai-places-2022');
  });

  it('respects the limit and reports the total', async () => {
    const response = await engine.search('托位', { limit: 1 });
    expect(response.hits).toHaveLength(1);
    expect(response.total).toBeGreaterThan(1);
  });
});

describe('names, tags and headings, looked up by their terms', () => {
  it('checks a long phrase found by its triples in a title or heading against the words themselves', async () => {
    // 居家照护与照护服务清单 has every triple of 居家照护服务, but not the phrase.
    const response = await engine.search('居家照护服务');
    expect(response.hits.map((h) => h.id)).toEqual(['home-care']);
    expect(response.total).toBe(1);
    // Its own words are still found, in the title and in the heading.
    const title = await hitOf('照护服务清单', 'split-fields');
    expect(title && segmentsToMarkedText(title.titleSegments)).toBe('居家照护与【照护服务清单】');
    expect((await hitOf('居家照护及照护', 'split-fields'))?.section).toBe('居家照护及照护服务');
  });
});

describe('a long phrase whose checks reach the round limit', () => {
  // Ten records with every triple of 居家照护服务 in their titles but not the phrase: each ranks
  // above home-care, which has the phrase in its text, and each takes a round to disprove.
  const decoys = Array.from({ length: 10 }, (_, i) =>
    fixtureDocument(`decoy-${i}`, 'commentary', `居家照护与照护服务（${i + 1}）`, 2022, ['national'], [], [{ anchor: 'x', heading: '说明', text: '清单列出事项。' }]),
  );

  it('shows only proved results, says the count is an upper bound, and goes on checking on the next call', async () => {
    const decoyEngine = await memoryEngine(syntheticFiles(decoys));
    const first = await decoyEngine.search('居家照护服务', { limit: 1 });
    expect(first.hits).toEqual([]);
    expect(first.totalIsUpperBound).toBe(true);
    expect(first.total).toBeGreaterThan(0);
    expect(first.notices).toContain(QUERY_MESSAGES.unchecked);
    // The checks made are kept: asking again goes on from there and reaches home-care.
    const second = await decoyEngine.search('居家照护服务', { limit: 1 });
    expect(second.hits.map((h) => h.id)).toEqual(['home-care']);
    expect(second.totalIsUpperBound).toBe(false);
    expect(second.total).toBe(1);
  });

  it('reports an exact count when the checks finish within the limit', async () => {
    const decoyEngine = await memoryEngine(syntheticFiles(decoys));
    const response = await decoyEngine.search('居家照护服务', { limit: 20 });
    expect(response.hits.map((h) => h.id)).toEqual(['home-care']);
    expect(response.totalIsUpperBound).toBe(false);
    expect(response.notices).not.toContain(QUERY_MESSAGES.unchecked);
  });

  it('calls the count an upper bound once checks have disproved matches and results beyond the page are unchecked', async () => {
    // Three decoys rank first and are disproved; five records with the phrase follow.
    const proved = Array.from({ length: 5 }, (_, i) => fixtureDocument(`has-${i}`, 'commentary', `动态（${i + 1}）`, 2022, ['national'], [], [{ anchor: 'y', heading: '正文', text: '推进居家照护服务。' }]));
    const decoyEngine = await memoryEngine(syntheticFiles([...decoys.slice(0, 3), ...proved]));
    const response = await decoyEngine.search('居家照护服务', { limit: 2 });
    expect(response.hits).toHaveLength(2);
    expect(response.hits.every((h) => h.id.startsWith('has-') || h.id === 'home-care')).toBe(true);
    expect(response.total).toBeGreaterThan(2);
    expect(response.totalIsUpperBound).toBe(true);
    expect(response.notices).toContain(QUERY_MESSAGES.unchecked);
    // A phrase whose checks never failed keeps an exact count.
    const plain = await decoyEngine.search('养老服务', { limit: 1 });
    expect(plain.totalIsUpperBound).toBe(false);
  });
});

