// The files the build writes under /search/data/ and readers load from there: their names and
// shapes, shared by the build (src/lib/search/build-index.ts), the browser and the command line.
//
// Only `core.json` is loaded when a reader starts to search: it holds only what ranking needs
// (names, tags and headings to scan, and small integer columns for kinds, facets, dates, section
// weights). What is only shown (titles, urls, descriptions, anchors …) is in record shards, loaded
// only for the results on screen. Postings are sharded by a hash of the term, so a query loads the
// few shards its terms fall in; shard counts grow with the corpus (recorded in core.json, so every
// reader agrees). Section texts are one small file each and are loaded only for the results on
// screen (snippets). Pinyin and character tables are loaded
// only for a query in pinyin or one that found nothing.

import type { TermFamily } from './tokenize';

/** Where the files are served, relative to the site root. */
export const SEARCH_DATA_PATH = '/search/data/';

/** Bumped whenever the shape of the files changes. */
export const SEARCH_FORMAT_VERSION = 2;

/** FlexSearch score slots; a term's slot says how strongly it occurs in a section (0 strongest). */
export const SCORE_SLOTS = 4;

/** File names, one function each so that the build and the readers agree. */
export const searchFiles = {
  core: (): string => 'core.json',
  postings: (family: TermFamily, shard: number): string => `${family}-${shard}.json`,
  text: (entry: number): string => `text-${entry}.json`,
  records: (shard: number): string => `records-${shard}.json`,
  pinyin: (shard: number): string => `pinyin-${shard}.json`,
  chars: (): string => 'chars.json',
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
  /** Index of the record's first entry and how many entries it has. */
  firstEntry: number;
  entryCount: number;
}

/** One section of a record. Its text is in `text-<index>.json`. */
export interface CoreEntry {
  record: number;
  /** Heading id on the record's page; absent: the top of the page. */
  anchor?: string;
  /** Searched and shown. */
  heading?: string;
  /** Shown only, for sections every record has (摘要与要点, 全文). */
  label?: string;
  /** Shown only: the heading of the enclosing section, for an h4 section. */
  context?: string;
  /** 'summary': our own summary and key points, linked to only when the text itself does not match. */
  role?: 'summary';
  /** Weight of body matches in this entry (our own summary counts a little more). */
  boost: number;
  /** Length of the normalised text, in characters. */
  length: number;
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
  names: string[][];
  /** Indexes into `tagWords`: the record's tags (issuer, region and topic names, year …), normalised. */
  tags: number[][];
  /** Index of the record's first entry; its entries run to the next record's first entry. */
  firstEntry: number[];
}

/** What ranking needs of the entries (sections), column by column. */
export interface CoreEntryColumns {
  boost: number[];
  /** Entries without text (a snippet is then cut from another section or the description). */
  empty: number[];
  /** Index into `headings`; 0: none (headings[0] is ''). */
  heading: number[];
  /** Entries whose role is 'summary'. */
  summary: number[];
}

/** What is only shown of a record: in `records-<shard>.json`, loaded for the results on screen. */
export interface RecordDisplay {
  id: string;
  title: string;
  url: string;
  description: string;
  dateLabel?: string;
  /** Per entry of the record, in order. */
  entries: { anchor?: string; label?: string; context?: string }[];
}

/** A record shard: the displays of `recordShardSize` consecutive records. */
export type RecordsFile = RecordDisplay[];

/** `core.json`: everything needed before the first look-up, and nothing that is only shown. */
export interface SearchCoreFile {
  format: typeof SEARCH_FORMAT_VERSION;
  /** Shards per term family, and of the pinyin vocabulary; they grow with the corpus. */
  shards: Record<TermFamily | 'pinyin', number>;
  /** Records per record shard: record i is in shard floor(i / recordShardSize). */
  recordShardSize: number;
  records: CoreRecordColumns;
  entries: CoreEntryColumns;
  /** Every distinct heading, and every distinct tag word (normalised), once. */
  headings: string[];
  tagWords: string[];
  /** Values the integer columns refer to. */
  ids: { kinds: string[]; regions: string[]; topics: string[] };
  /** Labels for facets and results. */
  labels: {
    kinds: Record<string, string>;
    regions: Record<string, string>;
    topics: Record<string, string>;
  };
  /** Facet values in the order the site lists them. */
  facetOrder: { kinds: string[]; regions: string[]; topics: string[] };
  /** Traditional→simplified pairs, two characters each (see normalise.ts). */
  t2s: string;
  synonyms: SynonymRule[];
  /** Every toneless pinyin syllable (ü written v), to recognise a query typed in pinyin. */
  syllables: string[];
}

/** A postings shard: FlexSearch export chunks, [key, data]. */
export type PostingsFile = [string, unknown][];

/** A pinyin vocabulary shard: "yang lao" → [["养老", 523]] (the Chinese pair and how often it occurs). */
export type PinyinFile = Record<string, [string, number][]>;

/** `chars.json`: toneless syllable → the common characters read that way (GB 2312), for typo correction. */
export type CharsFile = Record<string, string>;
