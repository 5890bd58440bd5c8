import { describe, expect, it } from 'vitest';
import { openSearchEngine } from '../../src/lib/search/engine';
import { SEARCH_FORMAT_VERSION, decodeGaps, decodeTermMap, encodeGaps, searchFiles, type PostingsFile, type RecordsFile, type SearchCoreFile } from '../../src/lib/search/index-format';
import { normalise, normaliseText, t2sTableFromPairs } from '../../src/lib/search/normalise';
import { searchRecords } from '../../src/lib/search/records';
import { indexTerms, nameKeyTerm, shardOf, termFamily } from '../../src/lib/search/tokenize';
import { WholePhrases } from '../../src/lib/search/whole-phrases';
import { buildFilesForTests, fixtureDocument, loadCorpusForTests, syntheticFiles } from '../search-relevance';

describe('gap encoding of ascending id lists', () => {
  it('stores differences and gives the list back', () => {
    const ids = [3, 4, 9, 120, 121, 5000];
    expect(encodeGaps(ids)).toEqual([3, 1, 5, 111, 1, 4879]);
    expect(decodeGaps(encodeGaps(ids))).toEqual(ids);
    expect(decodeGaps(encodeGaps([]))).toEqual([]);
  });
});

describe('what the first file a reader loads holds', () => {
  const files = syntheticFiles();
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  const coreText = JSON.stringify(core);
  const shards = [...files].filter(([name]) => name.startsWith('records-')).map(([, value]) => value as RecordsFile);

  it('keeps titles, names and headings out of core.json, in record shards loaded for results', () => {
    for (const shown of ['某市托位建设方案', '一、发展目标', '专家谈托育']) {
      expect(coreText).not.toContain(shown);
      expect(JSON.stringify(shards)).toContain(shown);
    }
  });

  it('has one entry count per record, matching the sections in the record shards and the text files', () => {
    const records = shards.flat();
    expect(core.records.entryCount).toEqual(records.map((r) => r.entries.length));
    const sections = core.records.entryCount.reduce((sum, n) => sum + n, 0);
    expect([...files.keys()].filter((name) => name.startsWith('text-'))).toHaveLength(sections);
  });
});

describe('the weight of each section, in core.json', () => {
  const corpus = loadCorpusForTests();
  const core = buildFilesForTests(corpus).get(searchFiles.core()) as SearchCoreFile;

  it('lists only the sections that weigh other than 1, and gives every section its own weight back', () => {
    const expected = searchRecords(corpus).flatMap((record) => record.sections.map((section) => section.boost ?? 1));
    const decoded = expected.map(() => 1);
    for (const { boost, entries } of core.entries.boosts) {
      expect(boost).not.toBe(1);
      for (const entry of decodeGaps(entries)) decoded[entry] = boost;
    }
    expect(decoded).toEqual(expected);
    // Summaries and topic descriptions both weigh other than 1 in the real corpus.
    expect(core.entries.boosts.map(({ boost }) => boost)).toEqual([0.5, 1.25]);
  });
});

describe('the postings of section texts', () => {
  const files = syntheticFiles();
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  const tables = t2sTableFromPairs(core.t2s);
  const whole = new WholePhrases(core.wholePhrases);

  it('list each term once, in the shard of its hash, with every section that has it', () => {
    const expected = new Map<string, number[]>();
    const sections = core.records.entryCount.reduce((sum, n) => sum + n, 0);
    for (let entry = 0; entry < sections; entry += 1) {
      for (const term of indexTerms(normaliseText(files.get(searchFiles.text(entry)) as string, tables).text, whole).keys()) {
        expected.set(term, [...(expected.get(term) ?? []), entry]);
      }
    }
    const listed = new Map<string, number[]>();
    for (const [name, value] of files) {
      if (!/^g[123]-\d+\.json$/.test(name)) continue;
      for (const [, chunk] of (value as PostingsFile).body) {
        for (const [term, slots] of decodeTermMap(chunk)) {
          expect(listed.has(term), term).toBe(false);
          expect(name, term).toBe(searchFiles.postings(termFamily(term), shardOf(term, core.shards[termFamily(term)])));
          listed.set(term, slots.flatMap((ids) => ids ?? []).sort((a, b) => a - b));
        }
      }
    }
    expect(expected.size).toBeGreaterThan(200);
    expect(listed).toEqual(expected);
  });

  it('list the domain’s phrases whole, each with exactly the sections that have it as written', () => {
    const sections = core.records.entryCount.reduce((sum, n) => sum + n, 0);
    const texts = Array.from({ length: sections }, (_, entry) => normaliseText(files.get(searchFiles.text(entry)) as string, tables).text);
    // From a measure (家庭养老床位), an indicator (每千人口托位数), a topic (长期护理保险) and a synonym (婴幼儿照护).
    for (const phrase of ['家庭养老床位', '每千人口托位数', '长期护理保险', '婴幼儿照护']) expect(core.wholePhrases).toContain(phrase);
    let checked = 0;
    for (const phrase of core.wholePhrases) {
      const postings = files.get(searchFiles.postings('g3', shardOf(phrase, core.shards.g3))) as PostingsFile;
      const listed = postings.body.flatMap(([, chunk]) => decodeTermMap(chunk)).find(([term]) => term === phrase)?.[1];
      const expected = texts.flatMap((text, entry) => (text.includes(phrase) ? [entry] : []));
      expect((listed ?? []).flatMap((ids) => ids ?? []).sort((a, b) => a - b), phrase).toEqual(expected);
      if (expected.length > 0) checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
  });
});

describe('which records are called exactly a name', () => {
  const files = syntheticFiles();
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  const records = [...files].filter(([name]) => name.startsWith('records-')).flatMap(([, value]) => value as RecordsFile);
  const tables = t2sTableFromPairs(core.t2s);

  it('is in the postings shard of the name’s first term, which a query for the name loads anyway', () => {
    records.forEach((record, index) => {
      for (const name of record.names ?? [record.title]) {
        const normalised = normalise(name, tables);
        const term = nameKeyTerm(normalised, new WholePhrases(core.wholePhrases)) as string;
        const family = termFamily(term);
        const postings = files.get(searchFiles.postings(family, shardOf(term, core.shards[family]))) as PostingsFile;
        expect(postings.names[normalised], name).toContain(index);
      }
    });
    expect(records.length).toBeGreaterThan(10);
    expect([...files.keys()].some((name) => name.startsWith('names-'))).toBe(false);
  });

  it('ranks the record called exactly what was typed first, above one that says it more often', async () => {
    const extra = [
      fixtureDocument('exact-name', 'commentary', '喘息服务', 2020, ['national'], [], [{ anchor: 'a', heading: '说明', text: '本文介绍喘息服务。' }]),
      fixtureDocument('says-it-often', 'plan', '关于喘息服务、喘息服务机构和喘息服务补贴的通知', 2024, ['national'], [], [{ anchor: 'a', heading: '喘息服务', text: '喘息服务。喘息服务，喘息服务；开展喘息服务，扩大喘息服务，规范喘息服务。' }]),
    ];
    const index = syntheticFiles(extra);
    const engine = await openSearchEngine({ load: async (name) => JSON.parse(JSON.stringify(index.get(name))) as unknown });
    const ids = (await engine.search('喘息服务')).hits.map((hit) => hit.id);
    expect(ids.slice(0, 2)).toEqual(['exact-name', 'says-it-often']);
  });
});

describe('an index of another format', () => {
  it('is refused when the engine opens, with what to do', async () => {
    const files = syntheticFiles();
    const core = files.get(searchFiles.core()) as SearchCoreFile;
    const open = (format: unknown) => openSearchEngine({ load: async (name) => (name === searchFiles.core() ? { ...core, format } : files.get(name)) });
    await expect(open(SEARCH_FORMAT_VERSION - 1)).rejects.toThrow(`搜索索引是第 ${SEARCH_FORMAT_VERSION - 1} 版格式，本程序读取第 ${SEARCH_FORMAT_VERSION} 版。请重新构建网站（npm run build）`);
    await expect(open(undefined)).rejects.toThrow('第 undefined 版格式');
    await expect(open(SEARCH_FORMAT_VERSION)).resolves.toBeDefined();
  });
});
