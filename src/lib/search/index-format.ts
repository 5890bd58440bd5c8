// The files the build writes under /search/data/<id>/ and readers load from there: their names and
// shapes, shared by the build (src/lib/search/build-index.ts), the browser and the command line.
//
// Only `core.json` is loaded when a reader starts to search, so it holds only what ranking needs
// for every record at once, as small integer columns: kinds, facets, dates, how many sections each
// record has, section weights. Everything else is looked up by term or by record:
// - postings shards (by a hash of the term: a character, pair or triple, a word, or one of the
//   domain's phrases that core.json lists, see whole-phrases.ts) hold, per term, the sections
//   whose body has it (FlexSearch, with a score slot) and the records whose names or tags, and the
//   sections whose heading, have it; a query loads the few shards its terms fall in. They also say which records
//   are called exactly a name, in the shard of the name's first term (nameKeyTerm), which a query
//   for it loads anyway;
// - record shards hold what is shown (titles, urls, descriptions, headings, anchors …) and the
//   names and tags a long phrase is checked against, loaded only for the results on screen; a
//   record or two each, as a page of results uses one record of each shard it loads;
// - section texts are one small file each, loaded for phrase checks (a whole document's text in
//   its record shard would cost a page of results tens of kilobytes more);
// - result files hold, per section, its record's display and the section's text: what a result
//   linked to that section shows, in one file. A page of results then waits for one file per
//   result, not two (Chromium spends milliseconds on each file it fetches, even from its cache);
//   the texts are stored twice for it;
// - stored pages hold the answer (first page, count, notices, facet counts) for the phrases indexed
//   whole and the corpus's most frequent pairs and triples, beside each postings shard of pairs and
//   triples, for the terms in it (see stored-pages.ts): a query of one such phrase waits for one
//   file, its stored pages, instead of the postings and then a file per result.
// Shard counts grow with the corpus (recorded in core.json, so every reader agrees). Pinyin and
// character tables are loaded only for a query in pinyin or one that found nothing.

import type { SearchHit } from './engine';
import type { TermFamily } from './tokenize';

/** Where the files are served, relative to the site root: in one directory per index (see searchDataPath). */
export const SEARCH_DATA_PATH = '/search/data/';

/** The directory of the index with this id (a hash of its core.json; see src/lib/search-index.ts). */
export function searchDataPath(indexId: string): string {
  return `${SEARCH_DATA_PATH}${indexId}/`;
}

/** Bumped whenever the shape of the files changes. */
export const SEARCH_FORMAT_VERSION = 12;

/**
 * The name of the error for an index other than the one the reader's page or program expects: of
 * another format (see openSearchEngine), or gone since a deploy (its files answer 404).
 */
export const INDEX_OUTDATED_ERROR = 'SearchIndexOutdated';

/** FlexSearch score slots; a term's slot says how strongly it occurs in a section (0 strongest). */
export const SCORE_SLOTS = 4;

/** File names, one function each so that the build and the readers agree. */
export const searchFiles = {
  core: (): string => 'core.json',
  postings: (family: TermFamily, shard: number): string => `${family}-${shard}.json`,
  text: (entry: number): string => `text-${entry}.json`,
  records: (shard: number): string => `records-${shard}.json`,
  result: (entry: number): string => `result-${entry}.json`,
  pinyin: (shard: number): string => `pinyin-${shard}.json`,
  chars: (): string => 'chars.json',
  storedPages: (family: StoredPageFamily, shard: number): string => `pages-${family}-${shard}.json`,
};

/** What results can be filtered by, with the labels of the filters. */
export const SEARCH_FACET_LABELS = { kind: '类型', region: '地区', topic: '主题', year: '年份' } as const;

/** How a phrase of a query was found: as typed, or through one of the expansions. */
export type MatchVia = 'exact' | 'region' | 'synonym' | 'pinyin' | 'homophone';

/** A query-time expansion, normalised: `from` found in a term is also looked up as `to`. */
export interface SynonymRule {
  from: string;
  to: string;
  via: 'synonym' | 'region';
}

/**
 * Something a reader can find: a document, a topic, a region; figures later. Its text is split
 * into entries (sections), each with an anchor on the record's page.
 */
export interface CoreRecord {
  /** Stable id: the document id, or `topic:…`, `region:…` (and `figure:…` when figures come). */
  id: string;
  /** A document kind (policy, plan, …) or topic, region, figure. */
  kind: string;
  title: string;
  url: string;
  /** Title and other names the record is known by (citedAs titles, short and English names). */
  names: string[];
  /** Short metadata searched with low weight: issuer, authors, region and topic names, year. */
  tags: string;
  /** Shown under the title when the record has no section text to cut a snippet from. */
  description: string;
  /** Date as readers see it (2023年1月15日), and its ISO form for sorting. */
  dateLabel?: string;
  dateValue?: string;
  year?: number;
  regions: string[];
  topics: string[];
}

/** What ranking needs of the records, column by column (record i at index i of each). */
export interface CoreRecordColumns {
  /** Index into `ids.kinds`. */
  kind: number[];
  /** 0: none. */
  year: number[];
  /** Rank of `dateValue` among all dates (1 = oldest), 0: none; orders ties. */
  date: number[];
  /** Indexes into `ids.regions` / `ids.topics`. */
  regions: number[][];
  topics: number[][];
  /** How many entries (sections) the record has; its entries follow the previous record's. */
  entryCount: number[];
}

/** What ranking needs of the entries (sections), column by column. */
export interface CoreEntryColumns {
  /** Entries without text (a snippet is then cut from another section or the description), as gaps (see encodeGaps). */
  empty: number[];
  /** Entries whose role is 'summary', as gaps. */
  summary: number[];
  /**
   * Entries whose body weighs other than 1, by weight: a document's summary (1.25), a topic's
   * description (0.5). Each weight's entries as gaps, weights ascending. Most entries weigh 1,
   * and a list of every entry's weight was the largest column of core.json (136 KB at 10,000
   * documents). Written after `summary`, whose list the summaries' weight repeats: gzip finds it.
   */
  boosts: { boost: number; entries: number[] }[];
}

/** What is only shown of a record, and what a long phrase is checked against: in `records-<shard>.json`. */
export interface RecordDisplay {
  id: string;
  title: string;
  url: string;
  description: string;
  dateLabel?: string;
  /** The names searched (see CoreRecord.names), when they are not just the title. */
  names?: string[];
  /** The record's tags (issuer, authors, region and topic names, year), as indexed. */
  tags: string;
  /** Per entry of the record, in order. */
  entries: { anchor?: string; heading?: string; label?: string; context?: string }[];
}

/** A record shard: the displays of `recordShardSize` consecutive records. */
export type RecordsFile = RecordDisplay[];

/** `result-<entry>.json`, for each section with text: what a result linked to it shows. */
export interface ResultFile {
  display: RecordDisplay;
  text: string;
}

/** Term families of the postings, and the other sharded files whose shard counts core.json records. */
export type ShardedFamily = TermFamily | 'pinyin';

/** `core.json`: everything needed before the first look-up, and nothing that is only shown. */
export interface SearchCoreFile {
  format: typeof SEARCH_FORMAT_VERSION;
  /** Shards per term family and of the pinyin vocabulary; they grow with the corpus. */
  shards: Record<ShardedFamily, number>;
  /** Records per record shard: record i is in shard floor(i / recordShardSize). */
  recordShardSize: number;
  records: CoreRecordColumns;
  entries: CoreEntryColumns;
  /**
   * Values the integer columns refer to: first those the site lists, in its order (how many:
   * `listed`), then any others records use.
   */
  ids: { kinds: string[]; regions: string[]; topics: string[] };
  /** How many of each list in `ids` are the facet values the site lists, in the order it lists them. */
  listed: { kinds: number; regions: number; topics: number };
  /** Labels for facets and results. */
  labels: {
    kinds: Record<string, string>;
    regions: Record<string, string>;
    topics: Record<string, string>;
  };
  /** Traditional→simplified pairs, two characters each (see normalise.ts). */
  t2s: string;
  synonyms: SynonymRule[];
  /** Every toneless pinyin syllable (ü written v), to recognise a query typed in pinyin. */
  syllables: string[];
  /** Phrases of more than three characters indexed whole, each one term (see whole-phrases.ts). */
  wholePhrases: string[];
}

/** Term families whose postings shards have stored pages beside them: pairs, and triples and longer phrases. */
export type StoredPageFamily = Exclude<TermFamily, 'g1'>;

/**
 * The first page of results of one phrase, unfiltered, as the engine answered it at build time:
 * everything its answer shows, so that the engine shows it without ranking. `facets`: per facet,
 * each value with results and how many, in the order shown (the engine adds the labels).
 */
export interface StoredPage {
  hits: SearchHit[];
  total: number;
  notices: string[];
  partial: boolean;
  facets: Record<keyof typeof SEARCH_FACET_LABELS, [value: string, count: number][]>;
}

/**
 * `pages-<family>-<shard>.json`, one beside each postings shard of pairs and of triples: the stored
 * page of each phrase in that shard that has one (see stored-pages.ts); `{}` when none has.
 */
export type StoredPagesFile = Record<string, StoredPage>;

/**
 * Where a term occurs outside section bodies: records whose names have it, records whose tags
 * have it, entries whose heading has it (each ascending, as gaps; see encodeGaps).
 */
export type FieldPostings = [names: number[], tags: number[], headings: number[]];

/**
 * FlexSearch's exported term map: [term, sections by score slot][]. In the files, each slot's
 * section ids are gaps (see encodeGaps): a frequent term lists thousands of sections, and small
 * numbers make its shard a third the size, gzipped.
 */
export type TermMapChunk = [term: string, slots: (number[] | null)[]][];

/**
 * A postings shard: `body` is FlexSearch's export of the section bodies ([key, term map] chunks,
 * ids as gaps); `fields` maps a term to its FieldPostings; `names` maps a normalised name whose
 * first term is in the shard to the records called exactly that.
 */
export interface PostingsFile {
  body: [string, TermMapChunk][];
  fields: Record<string, FieldPostings>;
  names: NamesFile;
}

/** A term map chunk as written to a file: each slot's ids ascending, as gaps. */
export function encodeTermMap(chunk: TermMapChunk): TermMapChunk {
  return chunk.map(([term, slots]) => [term, slots.map((ids) => (ids === null ? null : encodeGaps([...ids].sort((a, b) => a - b))))]);
}

/** The term map chunk FlexSearch exported, from a file. */
export function decodeTermMap(chunk: TermMapChunk): TermMapChunk {
  return chunk.map(([term, slots]) => [term, slots.map((ids) => (ids === null ? null : decodeGaps(ids)))]);
}

/** A normalised name → the records known by exactly that name (in PostingsFile.names). */
export type NamesFile = Record<string, number[]>;

/** An ascending list of integers as the first value and the differences after it (compresses well). */
export function encodeGaps(ascending: readonly number[]): number[] {
  return ascending.map((value, i) => (i === 0 ? value : value - (ascending[i - 1] as number)));
}

/**
 * The ascending list `encodeGaps` was given. A plain loop: the engine decodes lists of thousands
 * when it opens and for each phrase, often before V8 has optimised its code.
 */
export function decodeGaps(gaps: readonly number[]): number[] {
  const values = new Array<number>(gaps.length);
  let value = 0;
  for (let i = 0; i < gaps.length; i += 1) {
    value += gaps[i] as number;
    values[i] = value;
  }
  return values;
}

/** A pinyin vocabulary shard: "yang lao" → [["养老", 523]] (the Chinese pair and how often it occurs). */
export type PinyinFile = Record<string, [string, number][]>;

/** `chars.json`: toneless syllable → the common characters read that way (GB 2312), for typo correction. */
export type CharsFile = Record<string, string>;
