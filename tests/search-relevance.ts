// The relevance harness: reads tests/search-relevance.yaml, scores result lists (recall@10, MRR),
// and builds the search index in memory from content/ and data/ with the production code, so that
// unit tests can measure relevance before (and without) a site build.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { yearOf } from '../src/lib/partial-date';
import { renderMarkdown } from '../src/lib/render-markdown';
import { buildSearchFiles, type BuildInput, type SearchFileSet } from '../src/lib/search/build-index';
import { openSearchEngine, type SearchEngine } from '../src/lib/search/engine';
import { BLOCK_SEPARATOR } from '../src/lib/search/normalise';
import { figureRecord, regionRecord, searchRecords, topicRecord, type SearchCorpusInput, type SourceRecord } from '../src/lib/search/records';
import { parseSynonymList } from '../src/lib/search/synonyms';
import { titleKey } from '../src/lib/title-key';
import { documentUrl } from '../src/lib/urls';
import { documentData } from '../src/schemas/document';
import { region } from '../src/schemas/region';
import { topic } from '../src/schemas/topic';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string): string => readFileSync(`${ROOT}${path}`, 'utf8');

/** One query of the relevance set. */
export interface RelevanceCase {
  query: string;
  /** Kind of case: exact, invisible, traditional, synonym, pinyin/English, homophone, topic/multi. */
  group: string;
  /** What the query tests. */
  case: string;
  /** Records that must be among the first 10 results. */
  expect: string[];
}

export function loadRelevanceSet(): RelevanceCase[] {
  const data = parse(read('tests/search-relevance.yaml')) as RelevanceCase[];
  for (const item of data) {
    if (typeof item.query !== 'string' || typeof item.group !== 'string' || !Array.isArray(item.expect) || item.expect.length === 0) {
      throw new Error(`tests/search-relevance.yaml: bad entry ${JSON.stringify(item)}`);
    }
  }
  return data;
}

/** Scores of one query's result list (ids, best first). */
export interface QueryScore {
  query: string;
  group: string;
  case: string;
  recallAt10: number;
  reciprocalRank: number;
  missing: string[];
}

export function scoreQuery(item: RelevanceCase, resultIds: readonly string[]): QueryScore {
  const top = resultIds.slice(0, 10);
  const found = item.expect.filter((id) => top.includes(id));
  const firstRank = resultIds.findIndex((id) => item.expect.includes(id));
  return {
    query: item.query,
    group: item.group,
    case: item.case,
    recallAt10: found.length / item.expect.length,
    reciprocalRank: firstRank >= 0 && firstRank < 10 ? 1 / (firstRank + 1) : 0,
    missing: item.expect.filter((id) => !top.includes(id)),
  };
}

/** Mean recall@10 and mean reciprocal rank over the set. */
export function summarise(scores: readonly QueryScore[]): { recallAt10: number; mrr: number } {
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return { recallAt10: mean(scores.map((s) => s.recallAt10)), mrr: mean(scores.map((s) => s.reciprocalRank)) };
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

/** The corpus as the site loads it (src/lib/corpus.ts), without Astro. */
export function loadCorpusForTests(): SearchCorpusInput {
  const regions = (parse(read('data/regions.yaml')) as unknown[]).map((r) => region.parse(r));
  const topics = (parse(read('content/topics.yaml')) as unknown[]).map((t) => topic.parse(t));
  const entries = readdirSync(`${ROOT}content/documents`)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = read(`content/documents/${name}`);
      const match = FRONT_MATTER.exec(text);
      if (match === null) throw new Error(`${name}: no front matter`);
      return { id: name.replace(/\.md$/, ''), path: `content/documents/${name}`, data: documentData.parse(parse(match[1] as string)), body: text.slice(match[0].length) };
    });
  const urlByTitleKey = new Map<string, string>();
  for (const e of entries) for (const title of [e.data.title, ...e.data.citedAs]) urlByTitleKey.set(titleKey(title), documentUrl(e.id));
  const documents = entries
    .map((e) => ({
      id: e.id,
      url: documentUrl(e.id),
      year: yearOf(e.data.date.value),
      data: e.data,
      rendered: renderMarkdown(e.body, { path: e.path, sourceIds: e.data.sources.map((s) => s.id), urlByTitleKey, selfUrl: documentUrl(e.id) }),
    }))
    .sort((a, b) => b.data.date.value.localeCompare(a.data.date.value) || a.id.localeCompare(b.id));
  return { documents, regions, topics };
}

/** Every search file, built in memory exactly as the site build builds them. */
export function buildFilesForTests(corpus: SearchCorpusInput = loadCorpusForTests()): SearchFileSet {
  return buildSearchFiles(buildInputForTests(corpus));
}

/** What the site build gives buildSearchFiles, from content/ and data/ (figures aside). */
export function buildInputForTests(corpus: SearchCorpusInput = loadCorpusForTests()): BuildInput {
  return {
    records: searchRecords(corpus),
    regions: corpus.regions,
    topics: corpus.topics,
    synonyms: parseSynonymList(read('data/search-synonyms.yaml')),
    phrases: domainPhrasesForTests(),
  };
}

/** The measure and indicator names the site build indexes whole, read from data/ as it reads them. */
export function domainPhrasesForTests(): string[] {
  const names = (path: string): string[] => (parse(read(path)) as { name: string }[]).map((entry) => entry.name);
  return [...names('data/measures.yaml'), ...names('data/indicators.yaml')];
}

/** An engine over in-memory files; each load goes through JSON as it would over HTTP. */
export async function memoryEngine(files: SearchFileSet = buildFilesForTests()): Promise<SearchEngine> {
  return openSearchEngine({
    load: async (name) => {
      if (!files.has(name)) throw new Error(`no search file ${name}`);
      return JSON.parse(JSON.stringify(files.get(name))) as unknown;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// A small made-up corpus, for unit tests of ranking, expansion and bad input that must not depend
// on what editors change in content/.

const FIXTURE_REGIONS = [
  { id: 'national', name: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' as const },
  { id: 'guangxi', name: '广西壮族自治区', shortName: '广西', nameEn: 'Guangxi Zhuang Autonomous Region', pinyin: 'guangxi', level: 'provincial' as const, parent: 'national' },
  { id: 'beihai', name: '北海市', shortName: '北海', nameEn: 'Beihai', pinyin: 'beihai', level: 'municipal' as const, parent: 'guangxi' },
  { id: 'hangzhou', name: '杭州市', shortName: '杭州', nameEn: 'Hangzhou', pinyin: 'hangzhou', level: 'municipal' as const, parent: 'national' },
];
const FIXTURE_TOPICS = [
  { id: 'childcare', name: '托育服务', description: '三岁以下婴幼儿照护服务。' },
  { id: 'elderly-care', name: '养老服务', description: '居家、社区、机构养老服务。' },
];

export function fixtureDocument(id: string, kind: string, title: string, year: number, regions: string[], topics: string[], sections: SourceRecord['sections']): SourceRecord {
  // Like documentRecord: the names of the document's regions are among its tags.
  const tags = FIXTURE_REGIONS.filter((r) => regions.includes(r.id)).flatMap((r) => [r.name, r.shortName ?? r.name]).join(BLOCK_SEPARATOR);
  return { id, kind, title, url: `/documents/${id}/`, names: [title], tags, description: '', dateLabel: `${year}年`, dateValue: String(year), year, regions, topics, sections };
}

/** Records of the made-up corpus: each one there to test one thing (see the comments). */
export function fixtureRecords(): SourceRecord[] {
  return [
    // 托位 in the title, a heading-less summary and a section; 养老床位; 助餐 (for 老年食堂 → 助餐).
    fixtureDocument('plan', 'plan', '某市托位建设方案', 2021, ['beihai'], ['childcare'], [
      { anchor: 'summary-heading', label: '摘要与要点', text: '方案提出新增托位。', role: 'summary', boost: 1.25 },
      { anchor: 's1', heading: '一、发展目标', text: '到2025年新增养老床位1000张，托位800个，每千人口托位4.5个。' },
      { anchor: 's2', heading: '二、老年助餐', text: '建设社区助餐点，助餐服务覆盖全市，提供配餐送餐。' },
    ]),
    // 托管 … 单位 but no 托位; 养老服 and 老服务 apart, but no 养老服务.
    fixtureDocument('news', 'news-report', '托管服务进社区', 2023, ['guangxi'], ['elderly-care'], [
      { anchor: 'a', heading: '概况', text: '各单位开展托管服务，社区单位积极参与。颐养老服装展示。敬老服务站开放。' },
    ]),
    // 老年食堂 as written.
    fixtureDocument('canteen', 'case-article', '杭州探索', 2022, ['hangzhou'], ['elderly-care'], [{ anchor: 'b', heading: '做法', text: '村社老年食堂基本覆盖。' }]),
    // 托位 in a heading only.
    fixtureDocument('heading', 'commentary', '专家谈托育', 2024, ['national'], ['childcare'], [{ anchor: 'c', heading: '托位供给不足', text: '专家指出供给缺口仍然较大。' }]),
    // 托位 once in a body.
    fixtureDocument('body', 'commentary', '其他文章', 2020, ['national'], [], [{ anchor: 'd', heading: '正文', text: '文中顺带提到托位一次，其余谈别的事情，篇幅较长，内容较多。' }]),
    // 居家照 … 照护服务 in the title and a heading, never 居家照护服务: every triple, not the phrase.
    fixtureDocument('split-fields', 'commentary', '居家照护与照护服务清单', 2022, ['national'], [], [{ anchor: 'f', heading: '居家照护及照护服务', text: '清单列出事项。' }]),
    // 居家照护服务 as written, in a body.
    fixtureDocument('home-care', 'commentary', '社区动态', 2022, ['national'], [], [{ anchor: 'g', heading: '动态', text: '推进居家照护服务。' }]),
    // 养老服务 and 长期护理.
    fixtureDocument('elderly', 'policy', '关于深化养老服务改革发展的意见', 2025, ['national'], ['elderly-care'], [
      { anchor: 'e', heading: '（一）居家养老', text: '发展居家养老服务，推进长期护理保险，提升养老服务质量。' },
    ]),
    ...FIXTURE_TOPICS.map(topicRecord),
    ...FIXTURE_REGIONS.map((r) => regionRecord(r, FIXTURE_REGIONS)),
    // A figure, as data/figures.csv will provide them.
    figureRecord({
      id: 'beihai-places-2022',
      indicator: '每千人口托位数',
      region: { id: 'beihai', name: '北海市' },
      year: 2022,
      valueLabel: '约2.65个',
      quote: '预计今年每千人口拥有3岁以下婴幼儿托位数约2.65个。',
      source: { id: 'plan', title: '某市托位建设方案' },
      topics: ['childcare'],
      url: '/data/#beihai-places-2022',
    }),
  ];
}

/** The search files of the made-up corpus, with `extra` records for a test of its own. */
export function syntheticFiles(extra: SourceRecord[] = []): SearchFileSet {
  return buildSearchFiles({ records: [...fixtureRecords(), ...extra], regions: FIXTURE_REGIONS, topics: FIXTURE_TOPICS, synonyms: parseSynonymList(read('data/search-synonyms.yaml')), phrases: domainPhrasesForTests() });
}
