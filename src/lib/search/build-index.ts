// Builds every search file from the records: FlexSearch postings (sharded), core.json, one text
// file per section, the pinyin vocabulary and the character table. Pure apart from the libraries
// it calls: the Astro endpoint src/pages/search/data/[index]/[file].json.ts writes what this returns, and
// tests build the same files in memory.

import { Index } from 'flexsearch';
import type { Region } from '../../schemas/region';
import type { Topic } from '../../schemas/topic';
import { KIND_LABELS } from '../labels';
import { charsBySyllable, contextReadings, normaliseTablesFor } from './build-tables';
import { CORPUS_PHRASE_RULES, corpusPhrases } from './corpus-phrases';
import {
  SCORE_SLOTS,
  SEARCH_FORMAT_VERSION,
  encodeGaps,
  encodeTermMap,
  searchFiles,
  type FieldPostings,
  type PinyinFile,
  type RecordDisplay,
  type RecordsFile,
  type ResultFile,
  type PostingsFile,
  type SearchCoreFile,
  type ShardedFamily,
  type TermMapChunk,
} from './index-format';
import { normalise, normaliseText } from './normalise';
import { pinyinKey } from './pinyin';
import type { SourceRecord } from './records';
import { compileSynonymRules, type SynonymList } from './synonyms';
import { indexTerms, nameKeyTerm, runsOf, shardOf, tagWords, termFamily, type TermFamily } from './tokenize';
import { WholePhrases, wholePhrasesOf } from './whole-phrases';

/**
 * Fewest shards per family, chosen so that one shard is about 4 kB gzipped for the real corpus: a
 * query loads one shard per term, and a term of a longer phrase is a triple. A larger corpus gets
 * more shards (see shardCount), so that a shard stays about SHARD_TARGET_BYTES.
 */
export const SHARD_COUNTS: Record<ShardedFamily, number> = { g1: 8, g2: 32, g3: 64, pinyin: 32 };

/** Raw size a postings or pinyin shard should stay about. */
export const SHARD_TARGET_BYTES = 24_000;

/**
 * Raw size a record shard should stay about: a page of ten results loads about ten record shards
 * and uses one record of each (results rarely sit side by side), so a shard holds a record or
 * two. At 10,000 documents, 8 KB shards of eleven records each cost a page 17 KB gzipped, 1 KB
 * shards about 5 KB.
 */
export const RECORD_SHARD_TARGET_BYTES = 1_000;

/** Shards for a family of about `totalBytes`: the default, or more for a larger corpus. */
export function shardCount(family: ShardedFamily, totalBytes: number, target = SHARD_TARGET_BYTES): number {
  return Math.max(SHARD_COUNTS[family], Math.ceil(totalBytes / target));
}

const encoder = new TextEncoder();
const utf8Length = (text: string): number => encoder.encode(text).length;

/** Writes keyed values into `count` shards by a hash of the key (see shardOf), one file each. */
function writeKeyedShards<T>(files: SearchFileSet, entries: Iterable<[string, T]>, count: number, fileName: (shard: number) => string): void {
  const shards: Record<string, T>[] = Array.from({ length: count }, () => ({}));
  for (const [key, value] of entries) {
    const shard = shards[shardOf(key, count)];
    if (shard !== undefined) shard[key] = value;
  }
  shards.forEach((shard, i) => files.set(fileName(i), shard));
}

/**
 * Estimated exported size of postings, added up one section at a time (a section's terms are not
 * kept: at 10,000 documents, all of them at once are gigabytes): each term once, each (term,
 * section) pair, each field id.
 */
class PostingsSize {
  readonly bytes: Record<TermFamily, number> = { g1: 0, g2: 0, g3: 0 };
  private readonly seen = new Set<string>();

  addSection(entry: number, terms: ReadonlyMap<string, number>): void {
    // As if ids were written in full: with gaps they are smaller, so shards come out at about
    // half SHARD_TARGET_BYTES, which keeps what a query fetches small.
    const idBytes = String(entry).length + 1;
    for (const term of terms.keys()) {
      const family = termFamily(term);
      this.bytes[family] += idBytes;
      if (!this.seen.has(term)) {
        this.seen.add(term);
        this.bytes[family] += utf8Length(term) + 12;
      }
    }
  }

  addFields(fieldTerms: ReadonlyMap<string, FieldPostings>): void {
    for (const [term, lists] of fieldTerms) {
      this.bytes[termFamily(term)] += utf8Length(term) + 12 + 3 * lists.reduce((sum, list) => sum + list.length, 0);
    }
  }
}

/** Adds the terms of a name, tag word or heading to the field postings (ids arrive ascending). */
function addFieldTerms(fieldTerms: Map<string, FieldPostings>, field: 0 | 1 | 2, id: number, normalised: string, whole: WholePhrases): void {
  for (const term of indexTerms(normalised, whole).keys()) {
    let lists = fieldTerms.get(term);
    if (lists === undefined) {
      lists = [[], [], []];
      fieldTerms.set(term, lists);
    }
    const list = lists[field];
    if (list[list.length - 1] !== id) list.push(id);
  }
}

/** Labels of record kinds that are not documents. */
export const EXTRA_KIND_LABELS: Record<string, string> = { topic: '主题', region: '地区', figure: '数据' };


/**
 * The score slot of a term in a section, from its frequency normalised by section length
 * (BM25's saturation, k1 = 1.2, b = 0.75): 0 for a term the section is about, SCORE_SLOTS − 1
 * for a passing mention in a long section.
 */
export function scoreSlot(count: number, length: number, averageLength: number): number {
  const k1 = 1.2;
  const b = 0.75;
  const saturated = (count * (k1 + 1)) / (count + k1 * (1 - b + (b * length) / Math.max(1, averageLength)));
  if (saturated >= 1.5) return 0;
  if (saturated >= 1.1) return 1;
  if (saturated >= 0.7) return 2;
  return 3;
}

export interface BuildInput {
  records: readonly SourceRecord[];
  regions: readonly Region[];
  topics: readonly Topic[];
  synonyms: SynonymList;
  /**
   * Further names of the domain to index whole (measures, indicators), beside the topic and
   * region names and the synonym list's words (see whole-phrases.ts).
   */
  phrases: readonly string[];
}

/** Every name whose phrases are indexed whole: the input's phrases, topics, regions and synonyms. */
export function domainNames(input: BuildInput): string[] {
  const { equivalents, rewrites } = input.synonyms;
  return [
    ...input.phrases,
    ...input.topics.map((t) => t.name),
    ...input.regions.flatMap((r) => [r.name, r.shortName ?? r.name]),
    ...equivalents.flat(),
    ...rewrites.flatMap((r) => [...r.from, r.to]),
  ];
}

/** What the build produces: file name → JSON value (a string for section texts). */
export type SearchFileSet = Map<string, unknown>;

function corpusCharacters(records: readonly SourceRecord[]): Set<string> {
  const chars = new Set<string>();
  const addText = (text: string): void => {
    for (const char of normaliseText(text).text) if (/\p{Script=Han}/u.test(char)) chars.add(char);
  };
  for (const record of records) {
    [record.title, ...record.names, record.tags].forEach(addText);
    for (const section of record.sections) {
      addText(section.text);
      if (section.heading !== undefined) addText(section.heading);
    }
  }
  return chars;
}

function addPinyinPairs(vocabulary: Map<string, Map<string, number>>, normalised: string): void {
  for (const run of runsOf(normalised)) {
    if (run.kind !== 'han' || run.chars.length < 2) continue;
    const readings = contextReadings(run.chars.join(''));
    for (let i = 0; i + 1 < run.chars.length; i += 1) {
      const [a, b] = [readings[i], readings[i + 1]];
      if (a === undefined || b === undefined || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) continue;
      const key = pinyinKey(a, b);
      const pairs = vocabulary.get(key) ?? new Map<string, number>();
      const pair = `${run.chars[i]}${run.chars[i + 1]}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      vocabulary.set(key, pairs);
    }
  }
}

/** Builds every file of the search index. */
export function buildSearchFiles(input: BuildInput): SearchFileSet {
  const files: SearchFileSet = new Map();
  const corpusChars = corpusCharacters(input.records);
  const { tables, pairs } = normaliseTablesFor(corpusChars);
  // The domain's names, and the corpus's own frequent phrases (see corpus-phrases.ts).
  const sectionTexts = input.records.flatMap((record) => record.sections.map((section) => section.text));
  const whole = new WholePhrases([...wholePhrasesOf(domainNames(input), tables), ...corpusPhrases(sectionTexts, CORPUS_PHRASE_RULES, (text) => normaliseText(text, tables).text)]);

  // Facet values: in the order the site lists them, then any others records use.
  const documentKinds = Object.keys(KIND_LABELS);
  const facetOrder = {
    kinds: [...documentKinds, ...Object.keys(EXTRA_KIND_LABELS)],
    regions: input.regions.map((r) => r.id),
    topics: input.topics.map((t) => t.id),
  };
  const ids = { kinds: [...facetOrder.kinds], regions: [...facetOrder.regions], topics: [...facetOrder.topics] };
  const idIndexes = { kinds: new Map(ids.kinds.map((v, i) => [v, i])), regions: new Map(ids.regions.map((v, i) => [v, i])), topics: new Map(ids.topics.map((v, i) => [v, i])) };
  const idOf = (list: 'kinds' | 'regions' | 'topics', value: string): number => {
    let index = idIndexes[list].get(value);
    if (index === undefined) {
      index = ids[list].length;
      ids[list].push(value);
      idIndexes[list].set(value, index);
    }
    return index;
  };
  const dates = [...new Set(input.records.map((r) => r.dateValue ?? '').filter((d) => d !== ''))].sort((a, b) => a.localeCompare(b));
  const dateRank = new Map(dates.map((d, i) => [d, i + 1]));

  const records: SearchCoreFile['records'] = { kind: [], year: [], date: [], regions: [], topics: [], entryCount: [] };
  const boosted = new Map<number, number[]>();
  const empty: number[] = [];
  const summary: number[] = [];
  const lengths: number[] = [];
  // Names, tags and headings are looked up like bodies, by their terms (see FieldPostings).
  const fieldTerms = new Map<string, FieldPostings>();
  const nameRecords = new Map<string, number[]>();
  const displays: RecordDisplay[] = [];
  // Each section's normalised text: its terms are worked out once to size the shards, and again
  // to fill them, rather than kept.
  const entryTexts: string[] = [];
  const size = new PostingsSize();
  // Pinyin vocabulary, from every text a reader can find: names, headings and sections. Counted
  // here, while little else is held: pinyin-pro makes many short-lived objects, and counted after
  // the postings, with the postings' garbage still about, they took the index build of 10,000
  // documents to 2.4–2.9 GB of memory; counted here, it peaks at 1.4 GB.
  const vocabulary = new Map<string, Map<string, number>>();
  for (const [recordIndex, source] of input.records.entries()) {
    const { sections } = source;
    records.kind.push(idOf('kinds', source.kind));
    records.year.push(source.year ?? 0);
    records.date.push(dateRank.get(source.dateValue ?? '') ?? 0);
    records.regions.push(source.regions.map((r) => idOf('regions', r)));
    records.topics.push(source.topics.map((t) => idOf('topics', t)));
    records.entryCount.push(sections.length);
    const names = source.names.map((n) => normalise(n, tables));
    for (const name of new Set(names)) {
      addFieldTerms(fieldTerms, 0, recordIndex, name, whole);
      const list = nameRecords.get(name) ?? [];
      list.push(recordIndex);
      nameRecords.set(name, list);
    }
    for (const word of tagWords(source.tags, tables)) addFieldTerms(fieldTerms, 1, recordIndex, word, whole);
    for (const name of names) addPinyinPairs(vocabulary, name);
    const display: RecordDisplay = { id: source.id, title: source.title, url: source.url, description: source.description, tags: source.tags, entries: [] };
    if (source.dateLabel !== undefined) display.dateLabel = source.dateLabel;
    if (source.names.length !== 1 || source.names[0] !== source.title) display.names = source.names;
    for (const section of sections) {
      const entryIndex = entryTexts.length;
      const normalised = normaliseText(section.text, tables).text;
      const weight = section.boost ?? 1;
      if (weight !== 1) {
        const list = boosted.get(weight) ?? [];
        list.push(entryIndex);
        boosted.set(weight, list);
      }
      const length = [...normalised.replaceAll(' ', '')].length;
      lengths.push(length);
      if (length === 0) empty.push(entryIndex);
      if (section.heading !== undefined) {
        const heading = normalise(section.heading, tables);
        addFieldTerms(fieldTerms, 2, entryIndex, heading, whole);
        addPinyinPairs(vocabulary, heading);
      }
      addPinyinPairs(vocabulary, normalised);
      if (section.role === 'summary') summary.push(entryIndex);
      const shown: RecordDisplay['entries'][number] = {};
      if (section.anchor !== undefined) shown.anchor = section.anchor;
      if (section.heading !== undefined) shown.heading = section.heading;
      else if (section.label !== undefined) shown.label = section.label;
      if (section.context !== undefined) shown.context = section.context;
      display.entries.push(shown);
      files.set(searchFiles.text(entryIndex), section.text);
      // The display is the record's one object, finished by the end of this loop and written after it.
      if (length > 0) files.set(searchFiles.result(entryIndex), { display, text: section.text } satisfies ResultFile);
      size.addSection(entryIndex, indexTerms(normalised, whole));
      entryTexts.push(normalised);
    }
    displays.push(display);
  }
  const boosts = [...boosted].sort((a, b) => a[0] - b[0]).map(([weight, list]) => ({ boost: weight, entries: encodeGaps(list) }));
  const entries: SearchCoreFile['entries'] = { empty: encodeGaps(empty), summary: encodeGaps(summary), boosts };

  // Record shards: consecutive records, about RECORD_SHARD_TARGET_BYTES each.
  const displayBytes = displays.reduce((sum, d) => sum + utf8Length(JSON.stringify(d)) + 1, 0);
  const recordShardSize = Math.max(1, Math.floor((RECORD_SHARD_TARGET_BYTES * displays.length) / Math.max(1, displayBytes)));
  for (let start = 0, shard = 0; start < displays.length; start += recordShardSize, shard += 1) {
    files.set(searchFiles.records(shard), displays.slice(start, start + recordShardSize) satisfies RecordsFile);
  }

  // Which records are called exactly a name (a title match ranks first) goes in the postings
  // shard of the name's first term (see nameKeyTerm), which a query for the name loads anyway.
  size.addFields(fieldTerms);
  const estimated = size.bytes;
  for (const [name, list] of nameRecords) {
    const term = nameKeyTerm(name, whole);
    if (term !== undefined) estimated[termFamily(term)] += utf8Length(name) + 6 + 6 * list.length;
  }
  const shards: Record<ShardedFamily, number> = {
    g1: shardCount('g1', estimated.g1),
    g2: shardCount('g2', estimated.g2),
    g3: shardCount('g3', estimated.g3),
    pinyin: SHARD_COUNTS.pinyin,
  };

  // Postings: one FlexSearch index per term family, each section added once with its terms of
  // that family. The score function puts each section in the slot its term frequency earns (see
  // scoreSlot), so a look-up returns sections strongest first. The exported term map is then
  // dealt out to the shards by a hash of the term (see shardOf): a shard's terms keep the order
  // they were first met in. (An index per shard costs the same postings, but a section was then
  // added to hundreds of small indexes, each keeping a register of its ids: at 10,000 documents,
  // 32 million additions, 100 s, and twice the memory.)
  const withText = lengths.filter((length) => length > 0);
  const averageLength = withText.reduce((sum, length) => sum + length, 0) / Math.max(1, withText.length);
  let slots = new Map<string, number>();
  const options = {
    tokenize: 'strict' as const,
    resolution: SCORE_SLOTS,
    // Terms come already made (see tokenize.ts); FlexSearch only splits them apart.
    encode: (text: string) => text.split(' ').filter((t) => t !== ''),
    score: (_content: string[], term: string): number => slots.get(term) ?? SCORE_SLOTS - 1,
  };
  const families = ['g1', 'g2', 'g3'] as const;
  const indexes: Record<TermFamily, Index> = { g1: new Index(options), g2: new Index(options), g3: new Index(options) };
  for (const [entryIndex, normalised] of entryTexts.entries()) {
    const length = lengths[entryIndex] ?? 0;
    const byFamily: Record<TermFamily, string[]> = { g1: [], g2: [], g3: [] };
    slots = new Map();
    for (const [term, count] of indexTerms(normalised, whole)) {
      slots.set(term, scoreSlot(count, length, averageLength));
      byFamily[termFamily(term)].push(term);
    }
    for (const family of families) if (byFamily[family].length > 0) indexes[family].add(entryIndex, byFamily[family].join(' '));
  }
  for (const family of families) {
    const parts: TermMapChunk[] = Array.from({ length: shards[family] }, () => []);
    // Only the term map is exported: the register (reg) serves updates, which readers never make.
    indexes[family].export((key: string, data: string) => {
      if (!key.endsWith('.map')) return;
      for (const entry of JSON.parse(data) as TermMapChunk) parts[shardOf(entry[0], shards[family])]?.push(entry);
    });
    parts.forEach((part, shard) => {
      // One chunk, under the key FlexSearch gives a term map's first chunk (Index.import reads it).
      const postings: PostingsFile = { body: part.length > 0 ? [['1.map', encodeTermMap(part)]] : [], fields: {}, names: {} };
      files.set(searchFiles.postings(family, shard), postings);
    });
  }
  const postingsOf = (term: string): PostingsFile => {
    const family = termFamily(term);
    return files.get(searchFiles.postings(family, shardOf(term, shards[family]))) as PostingsFile;
  };
  for (const [term, lists] of fieldTerms) postingsOf(term).fields[term] = lists.map(encodeGaps) as FieldPostings;
  for (const [name, list] of nameRecords) {
    const term = nameKeyTerm(name, whole);
    if (term !== undefined) postingsOf(term).names[name] = list;
  }

  let pinyinBytes = 0;
  for (const [key, pairCounts] of vocabulary) pinyinBytes += key.length + 6 + pairCounts.size * 14;
  shards.pinyin = shardCount('pinyin', pinyinBytes);
  const pinyinEntries = [...vocabulary]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, pairCounts]): [string, PinyinFile[string]] => [key, [...pairCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))]);
  writeKeyedShards(files, pinyinEntries, shards.pinyin, searchFiles.pinyin);

  const chars = charsBySyllable(corpusChars);
  files.set(searchFiles.chars(), chars);

  const core: SearchCoreFile = {
    format: SEARCH_FORMAT_VERSION,
    shards,
    recordShardSize,
    records,
    entries,
    ids,
    labels: {
      kinds: { ...KIND_LABELS, ...EXTRA_KIND_LABELS },
      regions: Object.fromEntries(input.regions.map((r) => [r.id, r.shortName ?? r.name])),
      topics: Object.fromEntries(input.topics.map((t) => [t.id, t.name])),
    },
    listed: { kinds: facetOrder.kinds.length, regions: facetOrder.regions.length, topics: facetOrder.topics.length },
    t2s: pairs,
    synonyms: compileSynonymRules(input.synonyms, input.regions, tables),
    syllables: Object.keys(chars).sort(),
    wholePhrases: whole.list(),
  };
  files.set(searchFiles.core(), core);
  return files;
}
