// The search engine readers run: the browser (src/scripts/search-page.ts, loading files over
// HTTP) and the command line (scripts/search-cli.ts, reading dist/). Same code, same files, same
// answers. It loads core.json first, then only the shards, texts and tables a query needs.
//
// A query is a list of phrases; each phrase expands into alternatives (as typed, synonyms, region
// names, pinyin, homophones); each alternative is looked up by its terms in section bodies
// (FlexSearch postings) and in names, tags and headings (field postings in the same shards). A
// result must match every phrase. A long phrase found through the triples that cover it is confirmed
// against the section text, or the names, tags and headings in the record shard, before it is
// shown, so what a reader sees really contains the phrase. The first page of each of the domain's
// names is also stored whole at build time (stored-pages.ts), and shown when the ranking agrees.

import { Index } from 'flexsearch';
import { expandPhrase, VIA_WEIGHTS, type Alternative } from './expand';
import { INDEX_OUTDATED_ERROR, SCORE_SLOTS, SEARCH_FACET_LABELS, SEARCH_FORMAT_VERSION, decodeGaps, decodeTermMap, searchFiles, type CharsFile, type FieldPostings, type MatchVia, type NamesFile, type PinyinFile, type PostingsFile, type RecordDisplay, type RecordsFile, type ResultFile, type SearchCoreFile, type StoredPage, type StoredPagesFile } from './index-format';
import { containsPhrase, normalise, t2sTableFromPairs, type NormaliseTables } from './normalise';
import { PhraseHits } from './phrase-hits';
import { phrasesForSyllables, pinyinKeys, readingCombinations, readingsByChar, segmentPinyin } from './pinyin';
import { parseQuery, QUERY_MESSAGES } from './query';
import { BONUSES, firstRanked, idf, KIND_WEIGHTS, type RankedColumns } from './rank';
import { highlightAll, snippet, type HighlightSegment } from './snippet';
import { isExactLookup, nameKeyTerm, phraseTerms, shardOf, tagWords, termFamily } from './tokenize';
import { WholePhrases } from './whole-phrases';

/** Where the engine gets its files: fetch in the browser, the file system on the command line. */
export interface SearchDataSource {
  /** The parsed JSON of a file of the index (under /search/data/<id>/). */
  load(name: string): Promise<unknown>;
}

/** What results can be filtered by. */
export type SearchFacet = keyof typeof SEARCH_FACET_LABELS;
export const SEARCH_FACETS = Object.keys(SEARCH_FACET_LABELS) as SearchFacet[];
export type SearchFilters = Partial<Record<SearchFacet, string>>;

export interface SearchOptions {
  filters?: SearchFilters;
  /** Results wanted (default 10). */
  limit?: number;
}

/** One result: a record, linked at its best matching section. */
export interface SearchHit {
  id: string;
  kind: string;
  kindLabel: string;
  title: string;
  titleSegments: HighlightSegment[];
  /** The record's page, at the anchor of the best matching section. */
  url: string;
  /** Heading of that section, if the match is in one. */
  section?: string;
  regions: { id: string; name: string }[];
  topics: { id: string; name: string }[];
  date?: string;
  year?: number;
  snippet: HighlightSegment[];
  /** Other sections of the record that match. */
  moreSections: { heading: string; url: string }[];
  score: number;
  /** How the phrases were found (exact, synonym, pinyin …). */
  via: MatchVia[];
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchResponse {
  status: 'ok' | 'empty' | 'no-terms' | 'no-results';
  /** The query as kept (trimmed, cut at the length limit). */
  query: string;
  /** The phrases looked up, normalised. */
  terms: string[];
  /** For readers: why nothing was searched, or why nothing was found. */
  message?: string;
  /** How the query was interpreted: synonyms, pinyin, corrections, partial matches, truncation. */
  notices: string[];
  /** Results after filters; an upper bound when `totalIsUpperBound`. */
  total: number;
  /**
   * True when results beyond the hits were not all checked and checks of the query's phrases have
   * disproved matches before (a long phrase of common parts), or stopped at the round limit. The
   * hits are always proved.
   */
  totalIsUpperBound: boolean;
  hits: SearchHit[];
  /** Counts of all results (before filters) per facet value. */
  facets: Record<SearchFacet, FacetCount[]>;
  /** True when no result has every phrase and results with some of them are shown. */
  partial: boolean;
  /**
   * Hits of the page still being loaded: 0 in the answer search returns; more in an early answer
   * it hands to its `onEarlyHits` callback, which has the first hits only.
   */
  pendingHits: number;
}

/** Receives an early answer: the first hits of the page, while the rest load (see search). */
export type EarlyHitsCallback = (early: SearchResponse) => void;

/** A postings shard as loaded: the body index, the field postings (see FieldPostings), and the names. */
interface LoadedShard {
  index: Index;
  fields: Record<string, FieldPostings>;
  names: NamesFile;
}

/** A name, tag or heading match of a long phrase, to check against the record shard. */
interface FieldCheck {
  record: number;
  phrase: string;
  part: PhraseHits;
  /** The record's index in `part`. */
  index: number;
}

/** A body match of a long phrase, to check against the section's text. */
interface BodyCheck extends FieldCheck {
  /** The section's position in `part` (see PhraseHits.section). */
  at: number;
  entry: number;
}

interface AlternativeHits {
  alternative: Alternative;
  parts: PhraseHits[];
}

interface TermHits {
  term: string;
  alternatives: AlternativeHits[];
}

interface TermScore {
  score: number;
  alternative?: Alternative;
  /** Best section for this phrase. */
  entry?: number;
}

/** A phrase's score in a record while ranking: the index of the alternative chosen and the best section, -1 for none. */
interface PhraseScore {
  score: number;
  alternative: number;
  entry: number;
}

/** Every record that matches, column by column (position i is one record), and which positions are results. */
interface Ranking extends RankedColumns {
  /** Positions of the results: every record with all the phrases, or (partial) with some. */
  results: number[];
}

/** Weights of the query's phrases (inverse document frequency), and of the phrases written together. */
interface RankWeights {
  terms: number[];
  together: number;
}

interface RankedRecord {
  record: number;
  score: number;
  /** Phrases matched; equal to the number of phrases unless the result list is partial. */
  matchedTerms: number;
  /** The phrases of a multi-phrase query occur written together. */
  phraseTier: boolean;
  /** Every phrase is found as typed, not only through an expansion. */
  exactTier: boolean;
  termScores: TermScore[];
}

/** A record on the page: with the section to link to, and every matching section's score (see withEntries). */
interface PageRecord extends RankedRecord {
  bestEntry?: number;
  entryScores: Map<number, number>;
}

/** How much expansions (synonyms …) add to a phrase found as typed. */
const EXPANSION_SHARE = 0.25;

/** How much a match in a document's summary counts when choosing which section to link to. */
const SUMMARY_LINK_WEIGHT = 0.6;

/** Most times the page is checked against texts and ranked again, for a long phrase. */
const MAX_CONFIRM_ROUNDS = 8;

/**
 * Results whose files are fetched first: about a phone screen. Chromium spends a few
 * milliseconds on each file it fetches (README, Scale), so the first results show sooner when
 * the rest of the page is fetched after them.
 */
export const FIRST_WAVE = 5;

/** Results on a stored page (see stored-pages.ts): the page a search shows first. */
export const STORED_PAGE_SIZE = 10;

/** Memory the phrases looked up may hold before the cache of them is emptied. */
const PART_CACHE_BYTES = 32 * 1024 * 1024;

/** Most phrases in a query for which results with only some of them are offered. */
const MAX_PARTIAL_TERMS = 4;

/**
 * Later values first, by UTF-16 code units: years, newest first. (Not localeCompare: a reader's
 * first search would pay for setting up ICU's collator, about 15 ms in Node, and a locale's order
 * can differ by machine.)
 */
function descendingCodeUnits(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** The phrase, and the alternatives of one part: what a record may be called exactly. */
function singlePartPhrases(term: string, alternatives: readonly Alternative[]): string[] {
  return [term, ...alternatives.filter((a) => a.parts.length === 1).map((a) => a.parts[0] as string)];
}

/** The records that `checks` are about: those with something left to check. */
function recordsOf(checks: readonly FieldCheck[]): Set<number> {
  return new Set(checks.map((c) => c.record));
}

/** An id with its label, as a hit lists a record's regions and topics. */
function named(id: string, labels: Readonly<Record<string, string>>): { id: string; name: string } {
  return { id, name: labels[id] ?? id };
}

/** Records set in every mask (`every`) or in any, ascending. */
function recordsSetIn(masks: readonly Uint8Array[], recordCount: number, every: boolean): number[] {
  const found: number[] = [];
  for (let record = 0; record < recordCount; record += 1) {
    let setIn = 0;
    for (const mask of masks) if (mask[record] === 1) setIn += 1;
    if (every ? setIn === masks.length : setIn > 0) found.push(record);
  }
  return found;
}

/** The promise cached under `key`, or a new one from `load`, cached: each file is fetched once. */
function once<K, T>(cache: Map<K, Promise<T>>, key: K, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (promise === undefined) {
    promise = load();
    cache.set(key, promise);
  }
  return promise;
}

const EMPTY_FACETS = (): Record<SearchFacet, FacetCount[]> => ({ kind: [], region: [], topic: [], year: [] });

/** The index is of another format than the engine reads (see openSearchEngine). */
export class SearchIndexFormatError extends Error {
  override readonly name = INDEX_OUTDATED_ERROR;
  constructor(format: unknown) {
    super(`搜索索引是第 ${String(format)} 版格式，本程序读取第 ${SEARCH_FORMAT_VERSION} 版。请重新构建网站（npm run build）；在浏览器里请刷新页面。`);
  }
}

/**
 * Opens the engine: loads core.json and nothing else. An index of another format (a site built
 * before the engine changed, or a page open across a deploy) is refused with a message that says
 * what to do, rather than read wrongly.
 */
export async function openSearchEngine(source: SearchDataSource): Promise<SearchEngine> {
  const core = (await source.load(searchFiles.core())) as SearchCoreFile;
  const format = (core as { format?: unknown }).format;
  if (format !== SEARCH_FORMAT_VERSION) throw new SearchIndexFormatError(format);
  return new SearchEngine(core, source);
}

export class SearchEngine {
  readonly core: SearchCoreFile;
  readonly tables: NormaliseTables;
  private readonly source: SearchDataSource;
  private readonly syllables: Set<string>;
  /** Phrases the index has whole, each one term (see whole-phrases.ts). */
  private readonly whole: WholePhrases;
  private readonly emptyEntries: Set<number>;
  /** Decoded columns of core.json. */
  private readonly entryRecord: Int32Array;
  private readonly firstEntry: Int32Array;
  private readonly entryCount: number[];
  /** Weight of each section's body (core.json's boosts; 1 for most). */
  private readonly entryBoost: Float64Array;
  /** 1 for a document's summary section, by section. */
  private readonly summaryEntries: Uint8Array;
  /** Every section's body weighs something: a phrase found in a section then always scores there (see rank). */
  private readonly positiveBoosts: boolean;
  private readonly kinds: string[];
  /** Each record's weight by kind (KIND_WEIGHTS), looked up once: ranking multiplies every candidate by it. */
  private readonly kindWeights: Float64Array;
  private readonly recordShards = new Map<number, Promise<RecordsFile>>();
  private readonly shards = new Map<string, Promise<LoadedShard>>();
  /** Records known by exactly a phrase, for the phrases looked up so far. */
  private readonly named = new Map<string, Set<number>>();
  /** Records whose name, tag and heading matches of a long phrase were checked against the record shard: `${record} ${phrase}`. */
  private readonly checkedFields = new Set<string>();
  private readonly texts = new Map<number, Promise<string>>();
  /** Displays that come from result files, by record: their record shards need not be loaded. */
  private readonly resultDisplays = new Map<number, Promise<RecordDisplay>>();
  /** Searches begun; and for each record whose shown files were requested, the search that first did. */
  private searches = 0;
  private lastFacets?: { ranking: Ranking; facets: Record<SearchFacet, FacetCount[]> };
  private readonly shownRequestedIn = new Map<number, number>();
  /** Normalised section texts, for the sections a long phrase was checked against. */
  private readonly normalisedTexts = new Map<number, string>();
  private readonly pinyinShards = new Map<number, Promise<PinyinFile>>();
  private chars: Promise<Map<string, string[]>> | undefined;
  private readonly partCache = new Map<string, PhraseHits>();
  private partCacheBytes = 0;
  /** Records that match each query phrase, for the query being answered (see matchingRecords). */
  private readonly matching = new WeakMap<TermHits, { mask: Uint8Array; count: number }>();
  /** Stored pages files, by name (see storedPageFor). */
  private readonly storedPages = new Map<string, Promise<StoredPagesFile>>();

  constructor(core: SearchCoreFile, source: SearchDataSource) {
    this.core = core;
    this.source = source;
    this.tables = t2sTableFromPairs(core.t2s);
    this.syllables = new Set(core.syllables);
    this.whole = new WholePhrases(core.wholePhrases);
    const { records, entries, ids } = core;
    this.emptyEntries = new Set(decodeGaps(entries.empty));
    // Typed arrays, filled in plain loops: this runs before a reader's first answer, while the
    // engine's code is not optimised yet, over every record and section of the corpus.
    const recordCount = records.entryCount.length;
    this.entryCount = records.entryCount;
    this.firstEntry = new Int32Array(recordCount);
    let entryTotal = 0;
    for (let record = 0; record < recordCount; record += 1) {
      this.firstEntry[record] = entryTotal;
      entryTotal += records.entryCount[record] as number;
    }
    this.entryRecord = new Int32Array(entryTotal);
    for (let record = 0; record < recordCount; record += 1) this.entryRecord.fill(record, this.firstEntry[record], (this.firstEntry[record] as number) + (records.entryCount[record] as number));
    this.summaryEntries = new Uint8Array(entryTotal);
    for (const entry of decodeGaps(entries.summary)) this.summaryEntries[entry] = 1;
    this.entryBoost = new Float64Array(entryTotal).fill(1);
    for (const { boost, entries: boosted } of entries.boosts) for (const entry of decodeGaps(boosted)) this.entryBoost[entry] = boost;
    this.positiveBoosts = entries.boosts.every(({ boost }) => boost > 0);
    // Weights looked up once per kind, not per record.
    const kindNames = ids.kinds;
    const weightOfKind = Float64Array.from(kindNames, (kind) => KIND_WEIGHTS[kind] ?? 1);
    this.kinds = new Array<string>(recordCount);
    this.kindWeights = new Float64Array(recordCount);
    for (let record = 0; record < recordCount; record += 1) {
      const kind = records.kind[record] as number;
      this.kinds[record] = kindNames[kind] ?? '';
      this.kindWeights[record] = weightOfKind[kind] ?? 1;
    }
  }

  /**
   * Answers a query. Given `onEarlyHits`, the first round of checks and fetches takes the page's
   * results in two waves: first the FIRST_WAVE results whose files no earlier search requested
   * (and any others before them), then the rest. When the first wave holds, `onEarlyHits`
   * receives the answer with its hits only. The answer is the same with or without it.
   */
  async search(rawQuery: string, options: SearchOptions = {}, onEarlyHits?: EarlyHitsCallback): Promise<SearchResponse> {
    return (await this.answer(rawQuery, options, onEarlyHits)).response;
  }

  /** The one phrase a query looks up, if it looks up one: the phrase a stored page is kept under. */
  onePhraseOf(rawQuery: string): string | undefined {
    const parsed = parseQuery(rawQuery, this.tables);
    const terms = parsed.status === 'ok' && !parsed.truncated ? this.mergeTerms(parsed.terms) : [];
    return terms.length === 1 ? terms[0] : undefined;
  }

  /**
   * The stored pages file a phrase's first page would be in: beside the postings shard of the
   * phrase's one term. Undefined for a phrase that is not one exact term of two or more characters.
   */
  storedPagesFileOf(phrase: string): string | undefined {
    const family = termFamily(phrase);
    if (family === 'g1' || !isExactLookup(phrase, this.whole)) return undefined;
    return searchFiles.storedPages(family, shardOf(phrase, this.core.shards[family]));
  }

  /**
   * What a stored page of `phrase` holds (see stored-pages.ts): its answer without filters, first
   * page, as worked out now. Undefined when it finds nothing, when a query for it looks up
   * something else, or when it or an expansion of it is a phrase checked against texts (its
   * answer then depends on what the engine checked before).
   */
  async pageToStore(phrase: string): Promise<StoredPage | undefined> {
    if (this.onePhraseOf(phrase) !== phrase || this.storedPagesFileOf(phrase) === undefined) return undefined;
    const { response, exact } = await this.answer(phrase, { limit: STORED_PAGE_SIZE }, undefined, false);
    if (response.status !== 'ok' || !exact) return undefined;
    const values = (counts: FacetCount[]): [string, number][] => counts.map(({ value, count }) => [value, count]);
    const { facets } = response;
    return {
      hits: response.hits,
      total: response.total,
      notices: response.notices,
      partial: response.partial,
      facets: { kind: values(facets.kind), region: values(facets.region), topic: values(facets.topic), year: values(facets.year) },
    };
  }

  /**
   * Answers a query (see search), with whether it had nothing to check. `useStored`: whether a
   * stored page may answer it (not while the build works out the pages to store).
   */
  private async answer(rawQuery: string, options: SearchOptions, onEarlyHits?: EarlyHitsCallback, useStored = true): Promise<{ response: SearchResponse; exact: boolean }> {
    const limit = options.limit ?? 10;
    const passes = this.filterOf(options.filters ?? {});
    this.searches += 1;
    const parsed = parseQuery(rawQuery, this.tables);
    const base = { query: parsed.text, terms: parsed.terms, notices: parsed.truncated ? [QUERY_MESSAGES.truncated] : [], total: 0, totalIsUpperBound: false, hits: [], facets: EMPTY_FACETS(), partial: false, pendingHits: 0 };
    if (parsed.status === 'empty') return { response: { ...base, status: 'empty', message: QUERY_MESSAGES.empty }, exact: true };
    if (parsed.status === 'no-terms') return { response: { ...base, status: 'no-terms', message: QUERY_MESSAGES.noTerms }, exact: true };

    const terms = this.mergeTerms(parsed.terms);
    // A stored first page is fetched with the postings (see storedPageFor); when it comes, it is
    // the answer, and the postings only go into the caches, for the next query.
    const stored = useStored ? this.storedPageFor(terms, options.filters ?? {}, limit) : undefined;
    // Phrases typed apart may be one phrase the reader split (养老 床位, or a line break inside a
    // word): where the phrases occur written together, that record ranks first.
    const joined = terms.length > 1 ? terms.join(terms.every((t) => /^[a-z0-9]+$/.test(t)) ? ' ' : '') : undefined;
    // Everything a query needs first is fetched at once: each round trip is felt on a phone.
    // Which records are called exactly what was typed (or, for one phrase, what it expands to)
    // is looked up beside the postings.
    const lookedUp = Promise.all([
      Promise.all(
        terms.map(async (term) => {
          const alternatives = await this.alternativesFor(term);
          const named = terms.length === 1 ? this.loadNamed(singlePartPhrases(term, alternatives)) : undefined;
          const hits = await this.termHits(term, alternatives);
          await named;
          if (this.matchingRecords(hits).count > 0) return hits;
          const homophones = await this.homophoneAlternatives(term);
          if (homophones.length === 0) return hits;
          if (terms.length === 1) await this.loadNamed(singlePartPhrases(term, homophones));
          return this.termHits(term, [...hits.alternatives.map((a) => a.alternative), ...homophones]);
        }),
      ),
      joined !== undefined ? Promise.all([this.termHits(joined, [{ parts: [joined], via: 'exact', weight: VIA_WEIGHTS.exact, label: joined }]), this.loadNamed([joined])]).then(([hits]) => hits) : undefined,
    ]);
    const storedPage = stored !== undefined ? await stored : undefined;
    if (storedPage !== undefined) {
      // While the reader reads the stored answer, the postings (which come anyway) are ranked once,
      // unused: the first query without a stored answer then finds the ranking code optimised
      // rather than cold. In a task of its own: when the postings are loaded already, a callback
      // would run before the answer reached the page. A failure of the postings, or of ranking
      // them, is reported by the query that needs them.
      const warmUp = ([termHits, together]: Awaited<typeof lookedUp>): void => {
        setTimeout(() => {
          try {
            this.facetsOf(this.rank(termHits, together).ranking);
          } catch {
            // See above.
          }
        }, 0);
      };
      lookedUp.then(warmUp, () => undefined);
      return { response: this.storedResponse(storedPage, parsed.text, terms), exact: true };
    }
    const [termHits, together] = await lookedUp;
    const checked = together !== undefined ? [...termHits, together] : termHits;

    // Rank; confirm long phrases on the page against their section texts; rank again if any failed.
    // Sections are scored only for the records on the page (see withEntries).
    let ranking!: Ranking;
    let filtered: number[] = [];
    let page: PageRecord[] = [];
    let partial = false;
    // A match disproved is removed from the hits, so the last ranking never shows one. After
    // MAX_CONFIRM_ROUNDS rounds that each disproved something, the page keeps only the records
    // with nothing left to check: fewer than `limit`, and the next page goes on checking.
    let capped = false;
    let disprovingRounds = 0;
    // Nothing to check when every phrase looked up is one exact term: the answer then does not
    // depend on what earlier searches checked, and a page of it can be stored (see pageToStore).
    const exact = checked.every((hits) => hits.alternatives.every(({ alternative }) => alternative.parts.every((part) => isExactLookup(part, this.whole))));
    /** The answer as ranked so far, without its hits. */
    const answerSoFar = (): Omit<SearchResponse, 'hits' | 'pendingHits'> => {
      const notices = [...base.notices, ...this.notices(page, termHits)];
      if (partial) notices.unshift(QUERY_MESSAGES.partial);
      const disproved = checked.some((hits) => hits.alternatives.some(({ parts }) => parts.some((part) => part.disproved)));
      const totalIsUpperBound = capped || (disproved && filtered.length > page.length);
      if (totalIsUpperBound) notices.push(QUERY_MESSAGES.unchecked);
      const found = ranking.results.length > 0;
      return {
        ...base,
        terms,
        status: found ? 'ok' : 'no-results',
        ...(found ? {} : { message: QUERY_MESSAGES.noResults }),
        notices,
        total: filtered.length,
        totalIsUpperBound,
        facets: this.facetsOf(ranking),
        partial,
      };
    };
    // For an early answer, the first round checks the first wave of the page (see
    // firstWaveLength) before the rest; when it holds, it is handed to onEarlyHits while the rest
    // is checked and fetched. The round checks the whole page either way, as later rounds do, so
    // the answer does not depend on it.
    for (let round = 0; ; round += 1) {
      let weights: RankWeights;
      ({ ranking, partial, weights } = this.rank(termHits, together));
      filtered = ranking.results.filter((position) => passes(ranking.record[position] as number));
      page = firstRanked(ranking, filtered, limit, this.core.records.date).map((position) => this.withEntries(this.rankedRecord(ranking, position, termHits), termHits, together, weights));
      if (capped) {
        const unsettled = recordsOf([...this.fieldChecks(page, checked), ...this.bodyChecks(page, checked)]);
        page = page.filter((ranked) => !unsettled.has(ranked.record));
        break;
      }
      const waveLength = round === 0 && onEarlyHits !== undefined ? this.firstWaveLength(page) : page.length;
      let disproved = false;
      let early: Promise<void> | undefined;
      if (waveLength < page.length) {
        const wave = page.slice(0, waveLength);
        disproved = await this.confirm(wave, checked, true);
        if (!disproved) {
          // Put together while the rest of the page is checked and fetched (confirm, below,
          // requests its files before the hits are built).
          const answer = answerSoFar();
          const pendingHits = page.length - waveLength;
          early = Promise.all(wave.map((r) => this.hit(r, termHits, together))).then((hits) => onEarlyHits?.({ ...answer, hits, pendingHits }));
        }
      }
      disproved = (await this.confirm(page, checked, round === 0)) || disproved;
      await early;
      if (!disproved) break;
      disprovingRounds += 1;
      capped = disprovingRounds === MAX_CONFIRM_ROUNDS;
    }
    const answer = answerSoFar();
    const hits = await Promise.all(page.map((r) => this.hit(r, termHits, together)));
    return { response: { ...answer, hits, pendingHits: 0 }, exact };
  }

  /** The answer a stored page holds, to the query as typed. */
  private storedResponse(stored: StoredPage, query: string, terms: string[]): SearchResponse {
    const labelled = (facet: SearchFacet): FacetCount[] => stored.facets[facet].map(([value, count]) => ({ value, label: this.facetLabel(facet, value), count }));
    const facets = { kind: labelled('kind'), region: labelled('region'), topic: labelled('topic'), year: labelled('year') };
    return { status: 'ok', query, terms, notices: stored.notices, total: stored.total, totalIsUpperBound: false, hits: stored.hits, facets, partial: stored.partial, pendingHits: 0 };
  }

  /** How a facet's value is shown: its label in core.json, or the year with 年. */
  private facetLabel(facet: SearchFacet, value: string): string {
    const { labels } = this.core;
    if (facet === 'year') return `${value}年`;
    const byValue = facet === 'kind' ? labels.kinds : facet === 'region' ? labels.regions : labels.topics;
    return byValue[value] ?? value;
  }

  /**
   * The stored first page of a query of one phrase without filters, loading from beside the
   * phrase's postings shard; undefined when it cannot have one. The page resolves to undefined
   * when the phrase has none, or when the file fails to load: the answer is then worked out as
   * for any other query (and an index gone since a deploy is reported by the files it needs).
   */
  private storedPageFor(terms: readonly string[], filters: SearchFilters, limit: number): Promise<StoredPage | undefined> | undefined {
    const unfiltered = SEARCH_FACETS.every((facet) => (filters[facet] ?? '') === '');
    const phrase = terms.length === 1 && limit === STORED_PAGE_SIZE && unfiltered ? terms[0] : undefined;
    const file = phrase !== undefined ? this.storedPagesFileOf(phrase) : undefined;
    if (phrase === undefined || file === undefined) return undefined;
    return once(this.storedPages, file, () => this.source.load(file) as Promise<StoredPagesFile>)
      .then((pages) => (Object.hasOwn(pages, phrase) ? pages[phrase] : undefined))
      .catch(() => undefined);
  }

  /** Facet counts of a ranking's results, worked out once per ranking (an early answer and the answer share them). */
  private facetsOf(ranking: Ranking): Record<SearchFacet, FacetCount[]> {
    if (this.lastFacets?.ranking !== ranking) this.lastFacets = { ranking, facets: this.facets(ranking.results.map((position) => ranking.record[position] as number)) };
    return this.lastFacets.facets;
  }

  /**
   * How many of the page's results are in the first wave: up to and with the FIRST_WAVE-th whose
   * files no earlier search requested. (Files this search requested count as new, so the confirm
   * rounds and the answer agree on the wave.)
   */
  private firstWaveLength(page: readonly PageRecord[]): number {
    let fresh = 0;
    for (let i = 0; i < page.length; i += 1) {
      if ((this.shownRequestedIn.get((page[i] as PageRecord).record) ?? this.searches) < this.searches) continue;
      fresh += 1;
      if (fresh === FIRST_WAVE) return i + 1;
    }
    return page.length;
  }

  /** "yang lao", "bei hai": syllables typed apart are one pinyin word. */
  private mergeTerms(terms: string[]): string[] {
    const joined = terms.join(' ');
    if (terms.length > 1 && this.core.synonyms.some((r) => r.from === joined)) return [joined];
    if (terms.length > 1 && terms.every((t) => this.syllables.has(t))) return [terms.join('')];
    return terms;
  }

  private async alternativesFor(term: string): Promise<Alternative[]> {
    const alternatives = expandPhrase(term, this.core.synonyms);
    if (/^[a-z]+$/.test(term) && alternatives.length === 1) {
      const seen = new Set<string>();
      const readings = segmentPinyin(term, this.syllables, 3).filter((syllables) => syllables.length >= 2);
      // The vocabulary shards of every reading at once: one round of files, not one per reading.
      const lookup = await this.pinyinLookup(readings.flatMap(pinyinKeys));
      for (const syllables of readings) {
        for (const phrase of phrasesForSyllables(syllables, lookup, 3)) {
          if (seen.has(phrase)) continue;
          seen.add(phrase);
          alternatives.push(...expandPhrase(phrase, this.core.synonyms).map((a) => ({ ...a, via: 'pinyin' as const, weight: a.weight * VIA_WEIGHTS.pinyin, label: a.label })));
        }
      }
    }
    return alternatives;
  }

  /** Phrases that sound like `term` and occur in the corpus: 养老床为 → 养老床位. */
  private async homophoneAlternatives(term: string): Promise<Alternative[]> {
    const chars = [...term];
    if (chars.length < 2 || chars.length > 12 || !chars.every((c) => /\p{Script=Han}/u.test(c))) return [];
    this.chars ??= this.source.load(searchFiles.chars()).then((data) => readingsByChar(data as CharsFile));
    const readings = await this.chars;
    const combos = readingCombinations(chars.map((c) => readings.get(c) ?? []), 8);
    const found = new Set<string>();
    // The vocabulary shards of every combination at once, as for pinyin (see alternativesFor).
    const lookup = await this.pinyinLookup(combos.flatMap(pinyinKeys));
    for (const syllables of combos) {
      for (const phrase of phrasesForSyllables(syllables, lookup, 3)) if (phrase !== term) found.add(phrase);
    }
    return [...found].slice(0, 4).map((phrase) => ({ parts: [phrase], via: 'homophone', weight: VIA_WEIGHTS.homophone, label: phrase }));
  }

  private async pinyinLookup(keys: string[]): Promise<(key: string) => [string, number][]> {
    const shards = new Map<number, PinyinFile>();
    await Promise.all(
      [...new Set(keys.map((k) => shardOf(k, this.core.shards.pinyin)))].map(async (shard) => {
        shards.set(shard, await once(this.pinyinShards, shard, () => this.source.load(searchFiles.pinyin(shard)) as Promise<PinyinFile>));
      }),
    );
    return (key) => shards.get(shardOf(key, this.core.shards.pinyin))?.[key] ?? [];
  }

  private shard(term: string): Promise<LoadedShard> {
    const family = termFamily(term);
    const file = searchFiles.postings(family, shardOf(term, this.core.shards[family]));
    return once(this.shards, file, () =>
      this.source.load(file).then((data) => {
        const { body, fields, names } = data as PostingsFile;
        const index = new Index({ tokenize: 'strict', resolution: SCORE_SLOTS, encode: (text: string) => [text] });
        // FlexSearch's import takes the exported data as a string or, as here, already parsed.
        for (const [key, chunk] of body) index.import(key, decodeTermMap(chunk) as unknown as string);
        return { index, fields, names };
      }),
    );
  }

  /** Records whose names, records whose tags, and entries whose heading have every term of `phrase`. */
  private async fieldHits(phrase: string): Promise<{ names: number[]; tags: number[]; headings: number[] }> {
    let result: Set<number>[] | undefined;
    for (const term of phraseTerms(phrase, this.whole)) {
      const lists = (await this.shard(term)).fields[term];
      const found = lists === undefined ? [new Set<number>(), new Set<number>(), new Set<number>()] : lists.map((gaps, field) => new Set(decodeGaps(gaps).filter((id) => result === undefined || (result[field]?.has(id) ?? false))));
      result = found;
      if (found.every((set) => set.size === 0)) break;
    }
    const [names = new Set<number>(), tags = new Set<number>(), headings = new Set<number>()] = result ?? [];
    return { names: [...names], tags: [...tags], headings: [...headings] };
  }

  /**
   * Loads which records are known by exactly each phrase (a title match ranks first), from the
   * postings shard of the phrase's first term: one the phrase's look-up loads anyway.
   */
  private async loadNamed(phrases: Iterable<string>): Promise<void> {
    await Promise.all(
      [...new Set(phrases)].filter((p) => !this.named.has(p)).map(async (phrase) => {
        const term = nameKeyTerm(phrase, this.whole);
        const records = term === undefined ? undefined : (await this.shard(term)).names[phrase];
        this.named.set(phrase, new Set(records ?? []));
      }),
    );
  }

  /** Sections whose body has every term of `phrase`: dense over all entries, 0 or the weakest term's score slot + 1. */
  private async bodyHits(phrase: string): Promise<Uint8Array> {
    const entryTotal = this.entryRecord.length;
    let result: Uint8Array | undefined;
    for (const term of phraseTerms(phrase, this.whole)) {
      const { index } = await this.shard(term);
      const slots = index.search(term, { resolve: false }).result;
      const found = new Uint8Array(entryTotal);
      let count = 0;
      slots.forEach((ids, slot) => {
        for (const id of ids ?? []) {
          const entry = Number(id);
          const previous = result === undefined ? slot + 1 : (result[entry] ?? 0);
          if (previous === 0 || entry >= entryTotal) continue;
          found[entry] = Math.max(previous, slot + 1);
          count += 1;
        }
      });
      result = found;
      if (count === 0) break;
    }
    return result ?? new Uint8Array(entryTotal);
  }

  private async partHits(phrase: string): Promise<PhraseHits> {
    const cached = this.partCache.get(phrase);
    if (cached !== undefined) return cached;
    const body = await this.bodyHits(phrase);
    const fields = await this.fieldHits(phrase);
    const hits = new PhraseHits({ entryRecord: this.entryRecord, recordCount: this.kinds.length, body, bodyCertain: isExactLookup(phrase, this.whole), ...fields, boost: this.entryBoost });
    if (this.partCacheBytes > PART_CACHE_BYTES) {
      this.partCache.clear();
      this.partCacheBytes = 0;
      this.checkedFields.clear();
    }
    this.partCache.set(phrase, hits);
    this.partCacheBytes += hits.bytes;
    return hits;
  }

  private async termHits(term: string, alternatives: Alternative[]): Promise<TermHits> {
    // Fetch every shard the alternatives need at once, rather than one look-up after another.
    await Promise.all(alternatives.flatMap((a) => a.parts.flatMap((p) => phraseTerms(p, this.whole))).map((t) => this.shard(t)));
    const result: TermHits = { term, alternatives: [] };
    for (const alternative of alternatives) {
      result.alternatives.push({ alternative, parts: await Promise.all(alternative.parts.map((p) => this.partHits(p))) });
    }
    return result;
  }

  /**
   * Records that match a query phrase (every part of one of its alternatives), as a mask over all
   * records, and how many. A confirm step never removes a record from a phrase's hits (it only
   * lowers its score), so this is worked out once per query.
   */
  private matchingRecords(hits: TermHits): { mask: Uint8Array; count: number } {
    const cached = this.matching.get(hits);
    if (cached !== undefined) return cached;
    const mask = new Uint8Array(this.kinds.length);
    let count = 0;
    for (const { parts } of hits.alternatives) {
      const [first, ...rest] = parts;
      for (const record of first?.records ?? []) {
        if (mask[record] === 1 || !rest.every((p) => p.has(record))) continue;
        mask[record] = 1;
        count += 1;
      }
    }
    const found = { mask, count };
    this.matching.set(hits, found);
    return found;
  }

  /**
   * Score of one query phrase in a record. Where the phrase is found as typed, that match decides
   * and expansions only add a little (EXPANSION_SHARE): a reader who types 婴幼儿照护 wants the texts
   * that say 婴幼儿照护 first, then those that say 托育. Otherwise the best expansion counts.
   * Written into `out`, not returned: ranking scores every phrase in every matching record.
   */
  private scorePhrase(hits: TermHits, record: number, out: PhraseScore, entryScores?: Map<number, number>): void {
    const alternatives = hits.alternatives;
    this.alternativeScore(alternatives, 0, 1, record, out, entryScores);
    if (out.score === 0) {
      this.alternativeScore(alternatives, 1, alternatives.length, record, out, entryScores);
      return;
    }
    const { score, alternative, entry } = out;
    this.alternativeScore(alternatives, 1, alternatives.length, record, out);
    out.score = score + EXPANSION_SHARE * out.score;
    out.alternative = alternative;
    out.entry = entry;
  }

  /** scorePhrase, as a TermScore. */
  private termScore(hits: TermHits, record: number, entryScores?: Map<number, number>): TermScore {
    const out: PhraseScore = { score: 0, alternative: -1, entry: -1 };
    this.scorePhrase(hits, record, out, entryScores);
    const alternative = hits.alternatives[out.alternative]?.alternative;
    if (alternative === undefined) return { score: out.score };
    return out.entry < 0 ? { score: out.score, alternative } : { score: out.score, alternative, entry: out.entry };
  }

  /** The best of alternatives[from, to) into `out`; its sections' scores go into `entryScores`, when given. */
  private alternativeScore(alternatives: AlternativeHits[], from: number, to: number, record: number, out: PhraseScore, entryScores?: Map<number, number>): void {
    out.score = 0;
    out.alternative = -1;
    out.entry = -1;
    for (let a = from; a < to; a += 1) {
      const { alternative, parts } = alternatives[a] as AlternativeHits;
      // Most alternatives do not occur in most records: find out before scoring anything. (A
      // loop, not parts.every: this runs for every candidate, often before V8 has optimised it.)
      let inRecord = true;
      for (let p = 0; p < parts.length && inRecord; p += 1) inRecord = (parts[p] as PhraseHits).has(record);
      if (!inRecord) continue;
      const scratch = entryScores !== undefined ? new Map<number, number>() : undefined;
      let total = 0;
      let entry = -1;
      let scored = 0;
      for (; scored < parts.length; scored += 1) {
        const part = parts[scored] as PhraseHits;
        const index = part.find(record);
        const score = part.score(index);
        if (score === 0) break;
        total += score;
        if (entry < 0) entry = part.bestEntry(index) ?? -1;
        if (scratch !== undefined) part.addEntryScores(index, alternative.weight / parts.length, scratch);
      }
      if (scored < parts.length) continue;
      const score = (alternative.weight * total) / parts.length;
      if (score > out.score) {
        out.score = score;
        out.alternative = a;
        out.entry = entry;
        if (scratch !== undefined && entryScores !== undefined) for (const [entryIndex, s] of scratch) entryScores.set(entryIndex, Math.max(entryScores.get(entryIndex) ?? 0, s));
      }
    }
  }

  /**
   * Scores every record that matches, into columns (a broad query matches most of the corpus, so
   * nothing is allocated per record). Scores need no section detail, except whether the phrases
   * share a section; which section to link to is worked out for the page only (withEntries).
   */
  private rank(termHits: TermHits[], together?: TermHits): { ranking: Ranking; partial: boolean; weights: RankWeights } {
    const recordCount = this.kinds.length;
    const termCount = termHits.length;
    const matching = termHits.map((hits) => this.matchingRecords(hits));
    // Which records to score. Only those with every phrase are shown while there are any, so when
    // each phrase's matching records are exactly the records where it scores, those are enough,
    // and each phrase's count for its weight is its number of matching records. That holds until
    // a check disproves a match (a record keeps matching with a lower score, maybe 0). Otherwise
    // every record with any phrase is scored, and the counts come from the scores.
    const countsExact = termCount > 1 && this.positiveBoosts && termHits.every((hits) => hits.alternatives.every(({ alternative, parts }) => alternative.weight > 0 && parts.every((part) => !part.disproved)));
    const masks = matching.map((m) => m.mask);
    const inAll = countsExact ? recordsSetIn(masks, recordCount, true) : [];
    const candidates = inAll.length > 0 ? inAll : recordsSetIn(masks, recordCount, false);
    // Each phrase's score and chosen alternative per candidate; then how many candidates have each phrase.
    const phraseScores = new Float64Array(candidates.length * termCount);
    const phraseAlternatives = new Int16Array(candidates.length * termCount);
    const out: PhraseScore = { score: 0, alternative: -1, entry: -1 };
    const df = termHits.map(() => 0);
    for (let c = 0; c < candidates.length; c += 1) {
      const record = candidates[c] as number;
      for (let t = 0; t < termCount; t += 1) {
        this.scorePhrase(termHits[t] as TermHits, record, out);
        phraseScores[c * termCount + t] = out.score;
        phraseAlternatives[c * termCount + t] = out.alternative;
        if (out.score > 0) df[t] = (df[t] ?? 0) + 1;
      }
    }
    if (inAll.length > 0) matching.forEach((m, t) => (df[t] = m.count));
    const weights: RankWeights = { terms: df.map((d) => idf(recordCount, d)), together: 0 };
    const togetherRecords = together !== undefined ? this.matchingRecords(together) : { mask: new Uint8Array(0), count: 0 };
    weights.together = idf(recordCount, togetherRecords.count);
    const joinedQuery = termHits.map((h) => h.term).join(termHits.every((h) => /^[a-z0-9 ]+$/.test(h.term)) ? ' ' : '');
    const namedAsQuery = this.named.get(joinedQuery);
    const ranking: Ranking = { record: new Int32Array(candidates.length), score: new Float64Array(candidates.length), matchedTerms: new Uint8Array(candidates.length), phraseTier: new Uint8Array(candidates.length), exactTier: new Uint8Array(candidates.length), results: [] };
    // For one phrase: the records called exactly each of its alternatives (a single part), by alternative.
    const namedByAlternative = termCount === 1 ? (termHits[0]?.alternatives ?? []).map(({ alternative }) => (alternative.parts.length === 1 ? this.named.get(alternative.parts[0] as string) : undefined)) : [];
    let size = 0;
    for (let c = 0; c < candidates.length; c += 1) {
      const record = candidates[c] as number;
      let matchedTerms = 0;
      let score = 0;
      // A phrase's score comes from the phrase as typed whenever that is found (see scorePhrase).
      let exactTier = true;
      for (let t = 0; t < termCount; t += 1) {
        const s = phraseScores[c * termCount + t] as number;
        if (s > 0) matchedTerms += 1;
        score += s * (weights.terms[t] ?? 1);
        if (s <= 0 || phraseAlternatives[c * termCount + t] !== 0) exactTier = false;
      }
      if (matchedTerms === 0) continue;
      score *= this.kindWeights[record] ?? 1;
      // Whole-query bonuses: a record called exactly what was typed (or, for one phrase, what it expanded to).
      let exactName = namedAsQuery?.has(record) === true ? 1 : 0;
      if (termCount === 1) {
        const chosen = phraseAlternatives[c] as number;
        if (namedByAlternative[chosen]?.has(record) === true) exactName = Math.max(exactName, termHits[0]?.alternatives[chosen]?.alternative.weight ?? 0);
      }
      score += BONUSES.exactName * exactName;
      if (termCount > 1 && matchedTerms === termCount && this.inOneSection(termHits, (t) => phraseAlternatives[c * termCount + t] as number, record)) score += BONUSES.together * (termCount - 1);
      if (termCount > 1) {
        // The phrases written together in a name or a heading.
        const joined = together?.alternatives[0]?.parts[0];
        const index = joined?.find(record) ?? -1;
        if (joined !== undefined && index >= 0 && (joined.title(index) || joined.anyHeading(index))) score += BONUSES.joinedPhrase;
      }
      let phraseTier = false;
      if (together !== undefined && togetherRecords.mask[record] === 1) {
        this.scorePhrase(together, record, out);
        if (out.score > 0) {
          phraseTier = true;
          score += out.score * weights.together;
        }
      }
      ranking.record[size] = record;
      ranking.score[size] = score;
      ranking.matchedTerms[size] = matchedTerms;
      ranking.phraseTier[size] = phraseTier ? 1 : 0;
      ranking.exactTier[size] = exactTier ? 1 : 0;
      size += 1;
    }
    const complete: number[] = [];
    for (let i = 0; i < size; i += 1) if (ranking.matchedTerms[i] === termCount) complete.push(i);
    // Results with only some phrases are offered for a short query of real words; not for a
    // string of fragments (<img src=x onerror=…>), where they would be noise.
    const meaningful = termCount <= MAX_PARTIAL_TERMS && termHits.every((h) => [...h.term].length >= 2);
    const partial = complete.length === 0 && size > 0 && meaningful;
    // Not sorted: only the page needs an order (see firstRanked), and counts do not.
    ranking.results = partial ? Array.from({ length: size }, (_, i) => i) : complete;
    return { ranking, partial, weights };
  }

  /** The ranked record at `position` of a ranking, with each phrase's score (for the page). */
  private rankedRecord(ranking: Ranking, position: number, termHits: TermHits[]): RankedRecord {
    const record = ranking.record[position] as number;
    return {
      record,
      score: ranking.score[position] as number,
      matchedTerms: ranking.matchedTerms[position] as number,
      phraseTier: ranking.phraseTier[position] === 1,
      exactTier: ranking.exactTier[position] === 1,
      termScores: termHits.map((hits) => this.termScore(hits, record)),
    };
  }

  /** Whether one section of the record has every phrase (as found by each phrase's chosen alternative). */
  private inOneSection(termHits: TermHits[], chosen: (term: number) => number, record: number): boolean {
    let common: number[] | undefined;
    for (let t = 0; t < termHits.length; t += 1) {
      const entries: number[] = [];
      for (const part of termHits[t]?.alternatives[chosen(t)]?.parts ?? []) {
        const index = part.find(record);
        if (index >= 0) entries.push(...part.scoringEntries(index));
      }
      common = common === undefined ? entries : common.filter((entry) => entries.includes(entry));
      if (common.length === 0) return false;
    }
    return common !== undefined;
  }

  /** A ranked record with its sections scored, and the one to link to. */
  private withEntries(ranked: RankedRecord, termHits: TermHits[], together: TermHits | undefined, weights: RankWeights): PageRecord {
    const entryTotals = new Map<number, number>();
    const add = (entries: Map<number, number>, weight: number): void => {
      for (const [entry, s] of entries) entryTotals.set(entry, (entryTotals.get(entry) ?? 0) + s * weight);
    };
    termHits.forEach((hits, t) => {
      const entries = new Map<number, number>();
      this.termScore(hits, ranked.record, entries);
      add(entries, weights.terms[t] ?? 1);
    });
    if (ranked.phraseTier && together !== undefined) {
      const entries = new Map<number, number>();
      this.termScore(together, ranked.record, entries);
      add(entries, weights.together);
    }
    let bestEntry: number | undefined;
    let bestEntryScore = 0;
    for (const [entry, total] of entryTotals) {
      // Our summary restates the text: link to the text's own section when it matches too.
      const s = total * (this.summaryEntries[entry] === 1 ? SUMMARY_LINK_WEIGHT : 1);
      if (s > bestEntryScore) {
        bestEntryScore = s;
        bestEntry = entry;
      }
    }
    return { ...ranked, entryScores: entryTotals, ...(bestEntry !== undefined ? { bestEntry } : {}) };
  }

  /** Whether a record passes the filters, comparing ids: a broad query filters thousands of records. */
  private filterOf(filters: SearchFilters): (record: number) => boolean {
    const { ids, records } = this.core;
    const chosen = (value: string | undefined): boolean => value !== undefined && value !== '';
    const region = chosen(filters.region) ? ids.regions.indexOf(filters.region as string) : undefined;
    const topic = chosen(filters.topic) ? ids.topics.indexOf(filters.topic as string) : undefined;
    return (record) =>
      (!chosen(filters.kind) || this.kinds[record] === filters.kind) &&
      (region === undefined || (records.regions[record] ?? []).includes(region)) &&
      (topic === undefined || (records.topics[record] ?? []).includes(topic)) &&
      (!chosen(filters.year) || String((records.year[record] ?? 0) === 0 ? undefined : records.year[record]) === filters.year);
  }

  /** What is shown of a record: from a result file of the record if one was loaded, else from its record shard. */
  private async display(record: number): Promise<RecordDisplay> {
    const fromResult = this.resultDisplays.get(record);
    if (fromResult !== undefined) return fromResult;
    const shard = this.recordShard(record);
    const file = await once(this.recordShards, shard, () => this.source.load(searchFiles.records(shard)) as Promise<RecordsFile>);
    return file[record - shard * this.core.recordShardSize] as RecordDisplay;
  }

  private recordShard(record: number): number {
    return Math.floor(record / this.core.recordShardSize);
  }

  /**
   * Loads the result file of `entry` (its text and its record's display) when neither is loaded
   * or loading: one file to wait for instead of two. Both are then read from the usual caches.
   */
  private loadResultFile(record: number, entry: number): void {
    this.noteShownRequested(record);
    if (this.resultDisplays.has(record) || this.recordShards.has(this.recordShard(record)) || this.texts.has(entry)) return;
    const file = this.source.load(searchFiles.result(entry)) as Promise<ResultFile>;
    const display = file.then((f) => f.display);
    const text = file.then((f) => f.text);
    // A failure is reported where a display or text is used; one never used must not go unhandled.
    display.catch(() => undefined);
    text.catch(() => undefined);
    this.resultDisplays.set(record, display);
    this.texts.set(entry, text);
  }

  /** Remembers the search that first asked for a record's shown files (see firstWaveLength). */
  private noteShownRequested(record: number): void {
    if (!this.shownRequestedIn.has(record)) this.shownRequestedIn.set(record, this.searches);
  }

  /** A result's display and the text its snippet is cut from (see loadResultFile). */
  private shownFiles(ranked: PageRecord): Promise<[RecordDisplay, string | undefined]> {
    const entry = this.snippetEntry(ranked);
    if (entry !== undefined) this.loadResultFile(ranked.record, entry);
    else this.noteShownRequested(ranked.record);
    return Promise.all([this.display(ranked.record), entry !== undefined ? this.text(entry) : undefined]);
  }

  private text(entry: number): Promise<string> {
    return once(this.texts, entry, () => this.source.load(searchFiles.text(entry)).then(String));
  }

  /** A section's text normalised, for checking a phrase against it; worked out once per section. */
  private async normalisedText(entry: number): Promise<string> {
    const cached = this.normalisedTexts.get(entry);
    if (cached !== undefined) return cached;
    const normalised = normalise(await this.text(entry), this.tables);
    this.normalisedTexts.set(entry, normalised);
    return normalised;
  }

  /**
   * Checks unproved matches of the records on the page: body matches against their section texts,
   * name, tag and heading matches against the record's display. Returns whether any was disproved
   * (then the caller ranks again).
   */
  private async confirm(page: PageRecord[], termHits: TermHits[], firstRound: boolean): Promise<boolean> {
    const fieldChecks = this.fieldChecks(page, termHits);
    const bodyChecks = this.bodyChecks(page, termHits);
    const unsettled = recordsOf([...fieldChecks, ...bodyChecks]);
    // What the page shows (see shownFiles) is fetched now, beside the texts that are checked, not
    // after them; a failed fetch is reported where it is used (hit).
    // - Records with nothing left to check: their result files.
    // - Records being checked, in the first round: their result files too, which bring the text
    //   the snippet is cut from (most often the one checked) and the display the field checks
    //   read. A phrase's triples nearly always stand together, so most checks prove their match.
    // - Records being checked in later rounds: only the texts checked. A round disproved matches,
    //   so the phrase is one of common parts (托育服务体系建设) whose candidates mostly leave the
    //   page, and their displays would be fetched for nothing. But a record whose display a
    //   field check reads and one of whose texts a body check reads gets both in one result file.
    for (const ranked of page) {
      if (!unsettled.has(ranked.record)) void this.shownFiles(ranked).catch(() => undefined);
      else if (firstRound) {
        const entry = this.snippetEntry(ranked);
        if (entry !== undefined) this.loadResultFile(ranked.record, entry);
      }
    }
    const fieldChecked = recordsOf(fieldChecks);
    for (const { record, entry } of bodyChecks) if (fieldChecked.has(record)) this.loadResultFile(record, entry);
    const [fieldsDisproved, bodyDisproved] = await Promise.all([this.confirmFields(fieldChecks), this.confirmBodies(bodyChecks)]);
    return fieldsDisproved || bodyDisproved;
  }

  /** Name, tag and heading matches of a long phrase on the page, not yet checked (see confirmFields). */
  private fieldChecks(page: RankedRecord[], termHits: TermHits[]): FieldCheck[] {
    const checks: FieldCheck[] = [];
    for (const { record } of page) {
      for (const hits of termHits) {
        for (const { alternative, parts } of hits.alternatives) {
          alternative.parts.forEach((phrase, i) => {
            const part = parts[i];
            const index = part?.find(record) ?? -1;
            if (part === undefined || index < 0 || isExactLookup(phrase, this.whole) || this.checkedFields.has(`${record} ${phrase}`)) return;
            if (part.title(index) || part.tags(index) || part.anyHeading(index)) checks.push({ record, phrase, part, index });
          });
        }
      }
    }
    return checks;
  }

  /**
   * A long phrase matches a name, tag or heading by its terms; on the page, the record shard shows
   * whether the phrase is there as written. A match that is not is removed from the (cached) hits.
   */
  private async confirmFields(checks: FieldCheck[]): Promise<boolean> {
    let disproved = false;
    await Promise.all(
      checks.map(async ({ record, phrase, part, index }) => {
        const display = await this.display(record);
        const has = (text: string): boolean => containsPhrase(normalise(text, this.tables), phrase);
        if (part.title(index) && !(display.names ?? [display.title]).some(has)) {
          part.clearTitle(index);
          disproved = true;
        }
        if (part.tags(index) && !tagWords(display.tags, this.tables).some((word) => containsPhrase(word, phrase))) {
          part.clearTags(index);
          disproved = true;
        }
        const first = this.firstEntry[record] ?? 0;
        for (const section of part.sections(index)) {
          const heading = display.entries[section.entry - first]?.heading;
          if (!section.heading || (heading !== undefined && has(heading))) continue;
          part.clearHeading(index, section.at);
          disproved = true;
        }
        this.checkedFields.add(`${record} ${phrase}`);
      }),
    );
    return disproved;
  }

  /** Body matches of the page's linked sections not yet proved (see confirmBodies); one per (phrase, section). */
  private bodyChecks(page: PageRecord[], termHits: TermHits[]): BodyCheck[] {
    // Hits are cached per phrase and shared, so one check settles a (section, phrase) for good.
    const checks = new Map<PhraseHits, Map<number, BodyCheck>>();
    for (const ranked of page) {
      const entries = new Set<number>();
      if (ranked.bestEntry !== undefined) entries.add(ranked.bestEntry);
      for (const s of ranked.termScores) if (s.entry !== undefined) entries.add(s.entry);
      for (const entry of entries) {
        for (const hits of termHits) {
          for (const { alternative, parts } of hits.alternatives) {
            alternative.parts.forEach((phrase, i) => {
              const part = parts[i];
              const index = part?.find(ranked.record) ?? -1;
              const section = index >= 0 ? part?.section(index, entry) : undefined;
              if (part === undefined || section === undefined || !section.body || section.certain) return;
              const byPosition = checks.get(part) ?? new Map<number, BodyCheck>();
              byPosition.set(section.at, { record: ranked.record, part, index, at: section.at, entry, phrase });
              checks.set(part, byPosition);
            });
          }
        }
      }
    }
    return [...checks.values()].flatMap((byPosition) => [...byPosition.values()]);
  }

  /** Reads the texts of the sections in `checks`; a body match the text does not have is removed. */
  private async confirmBodies(checks: BodyCheck[]): Promise<boolean> {
    let disproved = false;
    await Promise.all(
      checks.map(async ({ part, index, at, entry, phrase }) => {
        if (containsPhrase(await this.normalisedText(entry), phrase)) part.confirmBody(at);
        else {
          part.clearBody(index, at);
          disproved = true;
        }
      }),
    );
    return disproved;
  }

  /** Phrases to highlight in a record, most important first. */
  private phrasesFor(ranked: RankedRecord, termHits: TermHits[], together?: TermHits): string[] {
    const phrases: string[] = ranked.phraseTier && together !== undefined ? [together.term] : [];
    const order = ranked.termScores.map((s, t) => ({ s, t })).sort((a, b) => b.s.score - a.s.score);
    for (const { t } of order) {
      const hits = termHits[t];
      const chosen = ranked.termScores[t]?.alternative;
      if (chosen !== undefined) phrases.push(...chosen.parts);
      for (const { alternative, parts } of hits?.alternatives ?? []) {
        if (parts.every((p) => p.has(ranked.record))) phrases.push(...alternative.parts);
      }
    }
    return [...new Set(phrases)];
  }

  private async hit(ranked: PageRecord, termHits: TermHits[], together?: TermHits): Promise<SearchHit> {
    const { labels, ids } = this.core;
    const firstEntry = this.firstEntry[ranked.record] ?? 0;
    const [record, text] = await this.shownFiles(ranked);
    /** A section of this record as shown: heading or label, context, anchor. */
    const shownEntry = (e: number): RecordDisplay['entries'][number] => record.entries[e - firstEntry] ?? {};
    const phrases = this.phrasesFor(ranked, termHits, together);
    const entry = ranked.bestEntry !== undefined ? shownEntry(ranked.bestEntry) : undefined;
    const snippetSegments = snippet(text ?? record.description, phrases, this.tables);
    const anchorUrl = (e: { anchor?: string } | undefined): string => (e?.anchor !== undefined ? `${record.url}#${e.anchor}` : record.url);
    const moreSections = [...ranked.entryScores]
      .filter(([e, s]) => e !== ranked.bestEntry && s > 0 && this.isShown(e, ranked.record, together !== undefined ? [...termHits, together] : termHits))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([e]) => shownEntry(e))
      .filter((e) => (e.heading ?? e.label) !== undefined)
      .map((e) => ({ heading: (e.heading ?? e.label) as string, url: anchorUrl(e) }));
    const kind = this.kinds[ranked.record] as string;
    const year = this.core.records.year[ranked.record] ?? 0;
    const via = [...new Set(ranked.termScores.map((s) => s.alternative?.via).filter((v): v is MatchVia => v !== undefined))];
    const hit: SearchHit = {
      id: record.id,
      kind,
      kindLabel: labels.kinds[kind] ?? kind,
      title: record.title,
      titleSegments: highlightAll(record.title, phrases, this.tables),
      url: anchorUrl(entry),
      regions: (this.core.records.regions[ranked.record] ?? []).map((r) => named(ids.regions[r] ?? '', labels.regions)),
      topics: (this.core.records.topics[ranked.record] ?? []).map((t) => named(ids.topics[t] ?? '', labels.topics)),
      snippet: snippetSegments,
      moreSections,
      score: Math.round(ranked.score * 100) / 100,
      via,
    };
    const section = entry?.heading ?? entry?.label;
    if (section !== undefined) hit.section = entry?.context !== undefined ? `${entry.context} › ${section}` : section;
    if (record.dateLabel !== undefined) hit.date = record.dateLabel;
    if (year !== 0) hit.year = year;
    return hit;
  }

  /** The section a result's snippet is cut from: the best one, else the first (a document's summary); none: the description. */
  private snippetEntry(ranked: PageRecord): number | undefined {
    const firstEntry = this.firstEntry[ranked.record] ?? 0;
    const hasText = (e: number): boolean => !this.emptyEntries.has(e);
    if (ranked.bestEntry !== undefined && hasText(ranked.bestEntry)) return ranked.bestEntry;
    return (this.entryCount[ranked.record] ?? 0) > 0 && hasText(firstEntry) ? firstEntry : undefined;
  }

  /** Whether a further matching section can be listed without reading its text: its match is proved. */
  private isShown(entry: number, record: number, termHits: TermHits[]): boolean {
    return termHits.some((hits) =>
      hits.alternatives.some(({ alternative, parts }) =>
        alternative.parts.every((_phrase, i) => {
          const part = parts[i];
          const index = part?.find(record) ?? -1;
          const section = index >= 0 ? part?.section(index, entry) : undefined;
          return section !== undefined && (section.heading || section.certain);
        }),
      ),
    );
  }

  private notices(page: RankedRecord[], termHits: TermHits[]): string[] {
    const used = new Map<string, { via: MatchVia; term: string; labels: Set<string> }>();
    for (const ranked of page) {
      ranked.termScores.forEach((s, t) => {
        const alt = s.alternative;
        const term = termHits[t]?.term;
        if (alt === undefined || term === undefined || alt.via === 'exact') return;
        const key = `${alt.via} ${term}`;
        const entry = used.get(key) ?? { via: alt.via, term, labels: new Set<string>() };
        entry.labels.add(alt.label);
        used.set(key, entry);
      });
    }
    return [...used.values()].map(({ via, term, labels }) => {
      const list = [...labels].map((l) => `“${l}”`).join('、');
      switch (via) {
        case 'synonym':
          return `“${term}”也按同义词 ${list} 查找。`;
        case 'region':
          return `“${term}”按地名 ${list} 查找。`;
        case 'pinyin':
          return `“${term}”按拼音查找为 ${list}。`;
        case 'homophone':
          return `没有找到“${term}”，已按同音词 ${list} 查找。`;
        default:
          return '';
      }
    });
  }

  private facets(results: readonly number[]): Record<SearchFacet, FacetCount[]> {
    // Counted over integer ids (core.json's columns): a broad query has thousands of results.
    const { ids, records } = this.core;
    const kindCounts = new Array<number>(ids.kinds.length).fill(0);
    const regionCounts = new Array<number>(ids.regions.length).fill(0);
    const topicCounts = new Array<number>(ids.topics.length).fill(0);
    const yearCounts = new Map<number, number>();
    const countDistinct = (list: readonly number[] | undefined, into: number[]): void => {
      if (list === undefined) return;
      for (let i = 0; i < list.length; i += 1) {
        const value = list[i] as number;
        if (list.indexOf(value) === i) into[value] = (into[value] ?? 0) + 1;
      }
    };
    for (const record of results) {
      const kind = records.kind[record] ?? 0;
      kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
      countDistinct(records.regions[record], regionCounts);
      countDistinct(records.topics[record], topicCounts);
      const year = records.year[record] ?? 0;
      if (year !== 0) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    }
    const { listed } = this.core;
    const byValue = (a: FacetCount, b: FacetCount): number => descendingCodeUnits(a.value, b.value);
    // The values with results. The ones the site lists come first in ids, in its order (see
    // SearchCoreFile.listed), so they are taken as they come; any others follow, later ones first.
    const withResults = (facet: SearchFacet, values: readonly string[], countsById: readonly number[], listedCount: number): FacetCount[] => {
      const inOrder: FacetCount[] = [];
      const others: FacetCount[] = [];
      for (let i = 0; i < values.length; i += 1) {
        const count = countsById[i] ?? 0;
        if (count === 0) continue;
        const value = values[i] as string;
        (i < listedCount ? inOrder : others).push({ value, label: this.facetLabel(facet, value), count });
      }
      return [...inOrder, ...others.sort(byValue)];
    };
    return {
      kind: withResults('kind', ids.kinds, kindCounts, listed.kinds),
      region: withResults('region', ids.regions, regionCounts, listed.regions),
      topic: withResults('topic', ids.topics, topicCounts, listed.topics),
      year: [...yearCounts].map(([year, count]) => ({ value: String(year), label: this.facetLabel('year', String(year)), count })).sort(byValue),
    };
  }
}
