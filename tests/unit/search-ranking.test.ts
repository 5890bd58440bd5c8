import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine, SearchHit } from '../../src/lib/search/engine';
import { segmentsToMarkedText } from '../../src/lib/search/snippet';
import { memoryEngine, syntheticFiles } from '../search-relevance';

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
