// The search engine readers run: the browser (src/scripts/search-page.ts, loading files over
// HTTP) and the command line (scripts/search-cli.ts, reading dist/). Same code, same files, same
// answers. It loads core.json first, then only the shards, texts and tables a query needs.
//
// A query is a list of phrases; each phrase expands into alternatives (as typed, synonyms, region
// names, pinyin, homophones); each alternative is looked up by its terms in section bodies
// (FlexSearch postings) and in names, tags and headings (field postings in the same shards). A
// result must match every phrase. A long phrase found through the triples that cover it is confirmed
// against the section text, or the names, tags and headings in the record shard, before it is
// shown, so what a reader sees really contains the phrase.

import { Index } from 'flexsearch';
import { expandPhrase, VIA_WEIGHTS, type Alternative } from './expand';
import { SCORE_SLOTS, SEARCH_FACET_LABELS, decodeGaps, decodeTermMap, searchFiles, type CharsFile, type FieldPostings, type MatchVia, type NamesFile, type PinyinFile, type PostingsFile, type RecordDisplay, type RecordsFile, type SearchCoreFile } from './index-format';
import { containsPhrase, normalise, t2sTableFromPairs, type NormaliseTables } from './normalise';
import { phrasesForSyllables, pinyinKeys, readingCombinations, readingsByChar, segmentPinyin } from './pinyin';
import { parseQuery, QUERY_MESSAGES } from './query';
import { BONUSES, bodyScore, FIELD_WEIGHTS, firstInOrder, idf, KIND_WEIGHTS } from './rank';
import { highlightAll, snippet, type HighlightSegment } from './snippet';
import { isExactLookup, phraseTerms, shardOf, tagWords, termFamily } from './tokenize';

/** Where the engine gets its files: fetch in the browser, the file system on the command line. */
export interface SearchDataSource {
  /** The parsed JSON of a file under /search/data/. */
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
  /** Results after filters. */
  total: number;
  hits: SearchHit[];
  /** Counts of all results (before filters) per facet value. */
  facets: Record<SearchFacet, FacetCount[]>;
  /** True when no result has every phrase and results with some of them are shown. */
  partial: boolean;
}

interface EntryHit {
  /** The heading has the phrase (for a long phrase: its terms, until checked; see confirm). */
  heading: boolean;
  /** FlexSearch score slot of a body match. */
  body?: number;
  /** Whether the body match is proved: by the index alone (see isExactLookup), or by the text (see confirm). */
  certain: boolean;
}

interface RecordPartHit {
  /** A name (the title or another name) has the phrase; for a long phrase, its terms until checked. */
  title: boolean;
  /** The hit's score, best section and sections that score (see partScore), until a check changes the hit. */
  scored?: PartScore;
  tags: boolean;
  entries: Map<number, EntryHit>;
}

/** A phrase's score in one record, its best section, and every section where it scores. */
interface PartScore {
  score: number;
  entry?: number;
  entries: number[];
}

/** A postings shard as loaded: the body index, and the field postings (see FieldPostings). */
interface LoadedShard {
  index: Index;
  fields: Record<string, FieldPostings>;
}

/** Where one phrase occurs: record index → fields and sections. */
type PartHits = Map<number, RecordPartHit>;

interface AlternativeHits {
  alternative: Alternative;
  parts: PartHits[];
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

/** Most phrases in a query for which results with only some of them are offered. */
const MAX_PARTIAL_TERMS = 4;

/** The order of results: more phrases, written together, as typed, higher score, newer, then by index. */
function compareRanked(dates: readonly number[]): (a: RankedRecord, b: RankedRecord) => number {
  return (a, b) =>
    b.matchedTerms - a.matchedTerms ||
    Number(b.phraseTier) - Number(a.phraseTier) ||
    Number(b.exactTier) - Number(a.exactTier) ||
    b.score - a.score ||
    (dates[b.record] ?? 0) - (dates[a.record] ?? 0) ||
    a.record - b.record;
}

/** The phrase, and the alternatives of one part: what a record may be called exactly. */
function singlePartPhrases(term: string, alternatives: readonly Alternative[]): string[] {
  return [term, ...alternatives.filter((a) => a.parts.length === 1).map((a) => a.parts[0] as string)];
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

/** Opens the engine: loads core.json and nothing else. */
export async function openSearchEngine(source: SearchDataSource): Promise<SearchEngine> {
  const core = (await source.load(searchFiles.core())) as SearchCoreFile;
  return new SearchEngine(core, source);
}

export class SearchEngine {
  readonly core: SearchCoreFile;
  readonly tables: NormaliseTables;
  private readonly source: SearchDataSource;
  private readonly syllables: Set<string>;
  private readonly emptyEntries: Set<number>;
  /** Decoded columns of core.json. */
  private readonly entryRecord: number[];
  private readonly firstEntry: number[];
  private readonly entryCount: number[];
  private readonly summaryEntries: Set<number>;
  private readonly kinds: string[];
  private readonly regions: string[][];
  private readonly topics: string[][];
  private readonly recordShards = new Map<number, Promise<RecordsFile>>();
  private readonly shards = new Map<string, Promise<LoadedShard>>();
  private readonly namesShards = new Map<number, Promise<NamesFile>>();
  /** Records known by exactly a phrase, for the phrases looked up so far. */
  private readonly named = new Map<string, Set<number>>();
  /** Records whose name, tag and heading matches of a long phrase were checked against the record shard: `${record} ${phrase}`. */
  private readonly checkedFields = new Set<string>();
  private readonly texts = new Map<number, Promise<{ text: string; normalised: string }>>();
  private readonly pinyinShards = new Map<number, Promise<PinyinFile>>();
  private chars: Promise<Map<string, string[]>> | undefined;
  private readonly partCache = new Map<string, PartHits>();

  constructor(core: SearchCoreFile, source: SearchDataSource) {
    this.core = core;
    this.source = source;
    this.tables = t2sTableFromPairs(core.t2s);
    this.syllables = new Set(core.syllables);
    const { records, entries, ids } = core;
    this.emptyEntries = new Set(decodeGaps(entries.empty));
    this.entryRecord = [];
    this.firstEntry = [];
    this.entryCount = records.entryCount;
    let first = 0;
    records.entryCount.forEach((count, record) => {
      this.firstEntry.push(first);
      for (let e = first; e < first + count; e += 1) this.entryRecord[e] = record;
      first += count;
    });
    this.summaryEntries = new Set(decodeGaps(entries.summary));
    this.kinds = records.kind.map((k) => ids.kinds[k] ?? '');
    this.regions = records.regions.map((list) => list.map((r) => ids.regions[r] ?? ''));
    this.topics = records.topics.map((list) => list.map((t) => ids.topics[t] ?? ''));
  }

  async search(rawQuery: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const limit = options.limit ?? 10;
    const filters = options.filters ?? {};
    const parsed = parseQuery(rawQuery, this.tables);
    const base = { query: parsed.text, terms: parsed.terms, notices: parsed.truncated ? [QUERY_MESSAGES.truncated] : [], total: 0, hits: [], facets: EMPTY_FACETS(), partial: false };
    if (parsed.status === 'empty') return { ...base, status: 'empty', message: QUERY_MESSAGES.empty };
    if (parsed.status === 'no-terms') return { ...base, status: 'no-terms', message: QUERY_MESSAGES.noTerms };

    const terms = this.mergeTerms(parsed.terms);
    // Phrases typed apart may be one phrase the reader split (养老 床位, or a line break inside a
    // word): where the phrases occur written together, that record ranks first.
    const joined = terms.length > 1 ? terms.join(terms.every((t) => /^[a-z0-9]+$/.test(t)) ? ' ' : '') : undefined;
    // Everything a query needs first is fetched at once: each round trip is felt on a phone.
    // Which records are called exactly what was typed (or, for one phrase, what it expands to)
    // is looked up beside the postings.
    const [termHits, together] = await Promise.all([
      Promise.all(
        terms.map(async (term) => {
          const alternatives = await this.alternativesFor(term);
          const named = terms.length === 1 ? this.loadNamed(singlePartPhrases(term, alternatives)) : undefined;
          const hits = await this.termHits(term, alternatives);
          await named;
          if (this.matchingRecords(hits).size > 0) return hits;
          const homophones = await this.homophoneAlternatives(term);
          if (homophones.length === 0) return hits;
          if (terms.length === 1) await this.loadNamed(singlePartPhrases(term, homophones));
          return this.termHits(term, [...hits.alternatives.map((a) => a.alternative), ...homophones]);
        }),
      ),
      joined !== undefined ? Promise.all([this.termHits(joined, [{ parts: [joined], via: 'exact', weight: VIA_WEIGHTS.exact, label: joined }]), this.loadNamed([joined])]).then(([hits]) => hits) : undefined,
    ]);
    const checked = together !== undefined ? [...termHits, together] : termHits;

    // Rank; confirm long phrases on the page against their section texts; rank again if any failed.
    // Sections are scored only for the records on the page (see withEntries).
    let ranked: RankedRecord[] = [];
    let filtered: RankedRecord[] = [];
    let page: PageRecord[] = [];
    let partial = false;
    // A match disproved is removed from the hits, so the last ranking never shows one; after
    // MAX_CONFIRM_ROUNDS, a page may keep matches not yet checked.
    for (let round = 0; round <= MAX_CONFIRM_ROUNDS; round += 1) {
      let weights: RankWeights;
      ({ ranked, partial, weights } = this.rank(termHits, together));
      filtered = ranked.filter((r) => this.passesFilters(r.record, filters));
      page = firstInOrder(filtered, limit, compareRanked(this.core.records.date)).map((r) => this.withEntries(r, termHits, together, weights));
      if (round === MAX_CONFIRM_ROUNDS || !(await this.confirm(page, checked))) break;
    }
    const notices = [...base.notices, ...this.notices(page, termHits)];
    if (partial) notices.unshift(QUERY_MESSAGES.partial);
    const hits = await Promise.all(page.map((r) => this.hit(r, termHits, together)));
    return {
      ...base,
      terms,
      status: ranked.length === 0 ? 'no-results' : 'ok',
      ...(ranked.length === 0 ? { message: QUERY_MESSAGES.noResults } : {}),
      notices,
      total: filtered.length,
      hits,
      facets: this.facets(ranked),
      partial,
    };
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
      for (const syllables of segmentPinyin(term, this.syllables, 3)) {
        if (syllables.length < 2) continue;
        const lookup = await this.pinyinLookup(pinyinKeys(syllables));
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
    for (const syllables of combos) {
      const lookup = await this.pinyinLookup(pinyinKeys(syllables));
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
        const { body, fields } = data as PostingsFile;
        const index = new Index({ tokenize: 'strict', resolution: SCORE_SLOTS, encode: (text: string) => [text] });
        // FlexSearch's import takes the exported data as a string or, as here, already parsed.
        for (const [key, chunk] of body) index.import(key, decodeTermMap(chunk) as unknown as string);
        return { index, fields };
      }),
    );
  }

  /** Records whose names, records whose tags, and entries whose heading have every term of `phrase`. */
  private async fieldHits(phrase: string): Promise<{ names: number[]; tags: number[]; headings: number[] }> {
    let result: Set<number>[] | undefined;
    for (const term of phraseTerms(phrase)) {
      const lists = (await this.shard(term)).fields[term];
      const found = lists === undefined ? [new Set<number>(), new Set<number>(), new Set<number>()] : lists.map((gaps, field) => new Set(decodeGaps(gaps).filter((id) => result === undefined || (result[field]?.has(id) ?? false))));
      result = found;
      if (found.every((set) => set.size === 0)) break;
    }
    const [names = new Set<number>(), tags = new Set<number>(), headings = new Set<number>()] = result ?? [];
    return { names: [...names], tags: [...tags], headings: [...headings] };
  }

  /** Loads which records are known by exactly each phrase (a title match ranks first). */
  private async loadNamed(phrases: Iterable<string>): Promise<void> {
    await Promise.all(
      [...new Set(phrases)].filter((p) => !this.named.has(p)).map(async (phrase) => {
        const shard = shardOf(phrase, this.core.shards.names);
        const file = await once(this.namesShards, shard, () => this.source.load(searchFiles.names(shard)) as Promise<NamesFile>);
        this.named.set(phrase, new Set(file[phrase] ?? []));
      }),
    );
  }

  /** Sections whose body has every term of `phrase`, with the weakest term's score slot. */
  private async bodyHits(phrase: string): Promise<Map<number, number>> {
    const lookups = phraseTerms(phrase);
    let result: Map<number, number> | undefined;
    for (const term of lookups) {
      const { index } = await this.shard(term);
      const slots = index.search(term, { resolve: false }).result;
      const found = new Map<number, number>();
      slots.forEach((ids, slot) => {
        for (const id of ids ?? []) {
          const entry = Number(id);
          const previous = result === undefined ? slot : result.get(entry);
          if (previous !== undefined) found.set(entry, Math.max(previous, slot));
        }
      });
      result = found;
      if (result.size === 0) break;
    }
    return result ?? new Map();
  }

  private async partHits(phrase: string): Promise<PartHits> {
    const cached = this.partCache.get(phrase);
    if (cached !== undefined) return cached;
    const hits: PartHits = new Map();
    const recordHit = (record: number): RecordPartHit => {
      let hit = hits.get(record);
      if (hit === undefined) {
        hit = { title: false, tags: false, entries: new Map() };
        hits.set(record, hit);
      }
      return hit;
    };
    const certain = isExactLookup(phrase);
    for (const [entry, slot] of await this.bodyHits(phrase)) {
      const record = this.entryRecord[entry];
      if (record !== undefined) recordHit(record).entries.set(entry, { heading: false, body: slot, certain });
    }
    const fields = await this.fieldHits(phrase);
    for (const entry of fields.headings) {
      const record = this.entryRecord[entry];
      if (record === undefined) continue;
      const entries = recordHit(record).entries;
      const previous = entries.get(entry);
      entries.set(entry, { ...(previous ?? { certain: true }), heading: true });
    }
    for (const record of fields.names) recordHit(record).title = true;
    for (const record of fields.tags) recordHit(record).tags = true;
    if (this.partCache.size > 500) {
      this.partCache.clear();
      this.checkedFields.clear();
    }
    this.partCache.set(phrase, hits);
    return hits;
  }

  private async termHits(term: string, alternatives: Alternative[]): Promise<TermHits> {
    // Fetch every shard the alternatives need at once, rather than one look-up after another.
    await Promise.all(alternatives.flatMap((a) => a.parts.flatMap((p) => phraseTerms(p))).map((t) => this.shard(t)));
    const result: TermHits = { term, alternatives: [] };
    for (const alternative of alternatives) {
      result.alternatives.push({ alternative, parts: await Promise.all(alternative.parts.map((p) => this.partHits(p))) });
    }
    return result;
  }

  private matchingRecords(hits: TermHits): Set<number> {
    const records = new Set<number>();
    for (const alt of hits.alternatives) {
      const [first, ...rest] = alt.parts;
      for (const record of first?.keys() ?? []) if (rest.every((p) => p.has(record))) records.add(record);
    }
    return records;
  }

  private entryHitScore(entry: number, hit: EntryHit): number {
    let score = hit.heading ? FIELD_WEIGHTS.heading : 0;
    if (hit.body !== undefined) score += bodyScore(hit.body, this.core.entries.boost[entry] ?? 1);
    return score;
  }

  /** Score of one phrase in one record, and its best section. */
  private partScore(hit: RecordPartHit, entryScores?: Map<number, number>, weight = 1): PartScore {
    // Without section detail the score depends on the hit alone, and hits are cached per phrase.
    if (entryScores === undefined && hit.scored !== undefined) return hit.scored;
    let best = 0;
    let bestEntry: number | undefined;
    const matched: number[] = [];
    for (const [entry, entryHit] of hit.entries) {
      const score = this.entryHitScore(entry, entryHit);
      if (score <= 0) continue;
      matched.push(entry);
      entryScores?.set(entry, (entryScores.get(entry) ?? 0) + score * weight);
      if (score > best) {
        best = score;
        bestEntry = entry;
      }
    }
    const recordLevel = Math.max(hit.title ? FIELD_WEIGHTS.title : 0, hit.tags ? FIELD_WEIGHTS.tags : 0);
    const score = recordLevel + best === 0 ? 0 : recordLevel + best + FIELD_WEIGHTS.coverage * Math.log(Math.max(1, matched.length));
    hit.scored = bestEntry === undefined || score === 0 ? { score, entries: matched } : { score, entry: bestEntry, entries: matched };
    return hit.scored;
  }

  /**
   * Score of one query phrase in a record. Where the phrase is found as typed, that match decides
   * and expansions only add a little (EXPANSION_SHARE): a reader who types 婴幼儿照护 wants the texts
   * that say 婴幼儿照护 first, then those that say 托育. Otherwise the best expansion counts.
   */
  private termScore(hits: TermHits, record: number, entryScores?: Map<number, number>): TermScore {
    const [exact, ...expansions] = hits.alternatives;
    const exactScore = exact !== undefined ? this.alternativeScore([exact], record, entryScores) : { score: 0 };
    const expansionScore = this.alternativeScore(expansions, record, exactScore.score > 0 ? undefined : entryScores);
    if (exactScore.score === 0) return expansionScore;
    return { ...exactScore, score: exactScore.score + EXPANSION_SHARE * expansionScore.score };
  }

  /** The best alternative's score; its sections' scores go into `entryScores`, when given. */
  private alternativeScore(alternatives: AlternativeHits[], record: number, entryScores?: Map<number, number>): TermScore {
    let best: TermScore = { score: 0 };
    for (const { alternative, parts } of alternatives) {
      // Most alternatives do not occur in most records: find out before scoring anything.
      const hits: RecordPartHit[] = [];
      for (const partHits of parts) {
        const hit = partHits.get(record);
        if (hit === undefined) break;
        hits.push(hit);
      }
      if (hits.length < parts.length) continue;
      const perPart: PartScore[] = [];
      const scratch = entryScores !== undefined ? new Map<number, number>() : undefined;
      for (const hit of hits) {
        const score = this.partScore(hit, scratch, alternative.weight / parts.length);
        if (score.score === 0) break;
        perPart.push(score);
      }
      if (perPart.length < parts.length) continue;
      const score = (alternative.weight * perPart.reduce((sum, p) => sum + p.score, 0)) / perPart.length;
      if (score > best.score) {
        const entry = perPart.find((p) => p.entry !== undefined)?.entry;
        best = entry === undefined ? { score, alternative } : { score, alternative, entry };
        if (scratch !== undefined && entryScores !== undefined) for (const [entryIndex, s] of scratch) entryScores.set(entryIndex, Math.max(entryScores.get(entryIndex) ?? 0, s));
      }
    }
    return best;
  }

  /**
   * Orders every record that matches. Scores need no section detail, except whether the phrases
   * share a section; which section to link to is worked out for the page only (withEntries).
   */
  private rank(termHits: TermHits[], together?: TermHits): { ranked: RankedRecord[]; partial: boolean; weights: RankWeights } {
    const recordCount = this.kinds.length;
    const candidates = new Set<number>();
    for (const hits of termHits) for (const record of this.matchingRecords(hits)) candidates.add(record);
    const perRecord: { record: number; termScores: TermScore[] }[] = [];
    const df = termHits.map(() => 0);
    for (const record of candidates) {
      const termScores = termHits.map((hits, t) => {
        const score = this.termScore(hits, record);
        if (score.score > 0) df[t] = (df[t] ?? 0) + 1;
        return score;
      });
      perRecord.push({ record, termScores });
    }
    const weights: RankWeights = { terms: df.map((d) => idf(recordCount, d)), together: 0 };
    const togetherRecords = together !== undefined ? this.matchingRecords(together) : new Set<number>();
    weights.together = idf(recordCount, togetherRecords.size);
    const joinedQuery = termHits.map((h) => h.term).join(termHits.every((h) => /^[a-z0-9 ]+$/.test(h.term)) ? ' ' : '');
    const ranked: RankedRecord[] = [];
    const namedAsQuery = this.named.get(joinedQuery);
    for (const { record, termScores } of perRecord) {
      let matchedTerms = 0;
      let score = 0;
      termScores.forEach((s, t) => {
        if (s.score > 0) matchedTerms += 1;
        score += s.score * (weights.terms[t] ?? 1);
      });
      if (matchedTerms === 0) continue;
      score *= KIND_WEIGHTS[this.kinds[record] as string] ?? 1;
      // Whole-query bonuses: a record called exactly what was typed (or, for one phrase, what it expanded to).
      let exactName = namedAsQuery?.has(record) === true ? 1 : 0;
      if (termHits.length === 1) {
        const alternative = termScores[0]?.alternative;
        if (alternative?.parts.length === 1 && this.named.get(alternative.parts[0] as string)?.has(record) === true) exactName = Math.max(exactName, alternative.weight);
      }
      score += BONUSES.exactName * exactName;
      if (termHits.length > 1 && matchedTerms === termHits.length && this.inOneSection(termHits, termScores, record)) score += BONUSES.together * (termHits.length - 1);
      if (termHits.length > 1) {
        // The phrases written together in a name or a heading.
        const joined = together?.alternatives[0]?.parts[0]?.get(record);
        if (joined !== undefined && (joined.title || [...joined.entries.values()].some((e) => e.heading))) score += BONUSES.joinedPhrase;
      }
      let phraseTier = false;
      if (together !== undefined && togetherRecords.has(record)) {
        const phrase = this.termScore(together, record);
        if (phrase.score > 0) {
          phraseTier = true;
          score += phrase.score * weights.together;
        }
      }
      // A phrase's score comes from the phrase as typed whenever that is found (see termScore).
      let exactTier = true;
      termHits.forEach((hits, t) => {
        const s = termScores[t];
        if (s === undefined || s.score <= 0 || s.alternative !== hits.alternatives[0]?.alternative) exactTier = false;
      });
      ranked.push({ record, score, matchedTerms, phraseTier, exactTier, termScores });
    }
    const complete = ranked.filter((r) => r.matchedTerms === termHits.length);
    // Results with only some phrases are offered for a short query of real words; not for a
    // string of fragments (<img src=x onerror=…>), where they would be noise.
    const meaningful = termHits.length <= MAX_PARTIAL_TERMS && termHits.every((h) => [...h.term].length >= 2);
    const partial = complete.length === 0 && ranked.length > 0 && meaningful;
    // Not sorted: only the page needs an order (see firstInOrder), and counts do not.
    return { ranked: partial ? ranked : complete, partial, weights };
  }

  /** Whether one section of the record has every phrase (as found by each phrase's chosen alternative). */
  private inOneSection(termHits: TermHits[], termScores: TermScore[], record: number): boolean {
    const sections = termHits.map((hits, t) => {
      const chosen = hits.alternatives.find((a) => a.alternative === termScores[t]?.alternative);
      return (chosen?.parts ?? []).flatMap((part) => {
        const hit = part.get(record);
        return hit === undefined ? [] : this.partScore(hit).entries;
      });
    });
    const [first = [], ...rest] = sections;
    return first.some((entry) => rest.every((entries) => entries.includes(entry)));
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
      const s = total * (this.summaryEntries.has(entry) ? SUMMARY_LINK_WEIGHT : 1);
      if (s > bestEntryScore) {
        bestEntryScore = s;
        bestEntry = entry;
      }
    }
    return { ...ranked, entryScores: entryTotals, ...(bestEntry !== undefined ? { bestEntry } : {}) };
  }

  private passesFilters(record: number, filters: SearchFilters): boolean {
    const year = this.core.records.year[record] ?? 0;
    return (
      (filters.kind === undefined || filters.kind === '' || this.kinds[record] === filters.kind) &&
      (filters.region === undefined || filters.region === '' || (this.regions[record] ?? []).includes(filters.region)) &&
      (filters.topic === undefined || filters.topic === '' || (this.topics[record] ?? []).includes(filters.topic)) &&
      (filters.year === undefined || filters.year === '' || String(year === 0 ? undefined : year) === filters.year)
    );
  }

  /** What is shown of a record, from its record shard. */
  private async display(record: number): Promise<RecordDisplay> {
    const shard = Math.floor(record / this.core.recordShardSize);
    const file = await once(this.recordShards, shard, () => this.source.load(searchFiles.records(shard)) as Promise<RecordsFile>);
    return file[record - shard * this.core.recordShardSize] as RecordDisplay;
  }

  private text(entry: number): Promise<{ text: string; normalised: string }> {
    return once(this.texts, entry, () => this.source.load(searchFiles.text(entry)).then((t) => ({ text: String(t), normalised: normalise(String(t), this.tables) })));
  }

  /**
   * Checks unproved matches of the records on the page: body matches against their section texts,
   * name, tag and heading matches against the record shard. Returns whether any was disproved
   * (then the caller ranks again).
   */
  private async confirm(page: PageRecord[], termHits: TermHits[]): Promise<boolean> {
    // What the page shows (record shards, snippet texts) is fetched now, beside the texts that are
    // checked, not after them; a failed fetch is reported where it is used (hit).
    for (const ranked of page) {
      void this.display(ranked.record).catch(() => undefined);
      const entry = this.snippetEntry(ranked);
      if (entry !== undefined) void this.text(entry).catch(() => undefined);
    }
    const [fieldsDisproved, bodyDisproved] = await Promise.all([this.confirmFields(page, termHits), this.confirmBodies(page, termHits)]);
    return fieldsDisproved || bodyDisproved;
  }

  /**
   * A long phrase matches a name, tag or heading by its terms; on the page, the record shard shows
   * whether the phrase is there as written. A match that is not is removed from the (cached) hits.
   */
  private async confirmFields(page: RankedRecord[], termHits: TermHits[]): Promise<boolean> {
    const checks: { record: number; phrase: string; hit: RecordPartHit }[] = [];
    for (const { record } of page) {
      for (const hits of termHits) {
        for (const { alternative, parts } of hits.alternatives) {
          alternative.parts.forEach((phrase, i) => {
            const hit = parts[i]?.get(record);
            if (hit === undefined || isExactLookup(phrase) || this.checkedFields.has(`${record} ${phrase}`)) return;
            if (hit.title || hit.tags || [...hit.entries.values()].some((e) => e.heading)) checks.push({ record, phrase, hit });
          });
        }
      }
    }
    let disproved = false;
    await Promise.all(
      checks.map(async ({ record, phrase, hit }) => {
        const display = await this.display(record);
        delete hit.scored;
        const has = (text: string): boolean => containsPhrase(normalise(text, this.tables), phrase);
        if (hit.title && !(display.names ?? [display.title]).some(has)) {
          hit.title = false;
          disproved = true;
        }
        if (hit.tags && !tagWords(display.tags, this.tables).some((word) => containsPhrase(word, phrase))) {
          hit.tags = false;
          disproved = true;
        }
        const first = this.firstEntry[record] ?? 0;
        for (const [entry, entryHit] of hit.entries) {
          const heading = display.entries[entry - first]?.heading;
          if (!entryHit.heading || (heading !== undefined && has(heading))) continue;
          entryHit.heading = false;
          if (entryHit.body === undefined) hit.entries.delete(entry);
          disproved = true;
        }
        this.checkedFields.add(`${record} ${phrase}`);
      }),
    );
    return disproved;
  }

  private async confirmBodies(page: PageRecord[], termHits: TermHits[]): Promise<boolean> {
    // Hits are cached per phrase and shared, so one check settles a (section, phrase) for good.
    const checks = new Map<EntryHit, { entry: number; phrase: string; recordHit: RecordPartHit }>();
    for (const ranked of page) {
      const entries = new Set<number>();
      if (ranked.bestEntry !== undefined) entries.add(ranked.bestEntry);
      for (const s of ranked.termScores) if (s.entry !== undefined) entries.add(s.entry);
      for (const entry of entries) {
        for (const hits of termHits) {
          for (const { alternative, parts } of hits.alternatives) {
            alternative.parts.forEach((phrase, i) => {
              const recordHit = parts[i]?.get(ranked.record);
              const hit = recordHit?.entries.get(entry);
              if (recordHit !== undefined && hit?.body !== undefined && !hit.certain) checks.set(hit, { entry, phrase, recordHit });
            });
          }
        }
      }
    }
    let disproved = false;
    await Promise.all(
      [...checks].map(async ([hit, { entry, phrase, recordHit }]) => {
        const { normalised } = await this.text(entry);
        if (containsPhrase(normalised, phrase)) hit.certain = true;
        else {
          delete hit.body;
          delete recordHit.scored;
          if (!hit.heading) recordHit.entries.delete(entry);
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
    const { labels } = this.core;
    const firstEntry = this.firstEntry[ranked.record] ?? 0;
    const textEntry = this.snippetEntry(ranked);
    const [record, text] = await Promise.all([this.display(ranked.record), textEntry !== undefined ? this.text(textEntry) : undefined]);
    /** A section of this record as shown: heading or label, context, anchor. */
    const shownEntry = (e: number): RecordDisplay['entries'][number] => record.entries[e - firstEntry] ?? {};
    const phrases = this.phrasesFor(ranked, termHits, together);
    const entry = ranked.bestEntry !== undefined ? shownEntry(ranked.bestEntry) : undefined;
    const snippetSegments = snippet(text !== undefined ? text.text : record.description, phrases, this.tables);
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
      regions: (this.regions[ranked.record] ?? []).map((id) => ({ id, name: labels.regions[id] ?? id })),
      topics: (this.topics[ranked.record] ?? []).map((id) => ({ id, name: labels.topics[id] ?? id })),
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
          const hit = parts[i]?.get(record)?.entries.get(entry);
          return hit !== undefined && (hit.heading || hit.certain);
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

  private facets(ranked: RankedRecord[]): Record<SearchFacet, FacetCount[]> {
    // Counted over integer ids (core.json's columns): a broad query has thousands of results.
    const { ids, records } = this.core;
    const kindCounts = new Array<number>(ids.kinds.length).fill(0);
    const regionCounts = new Array<number>(ids.regions.length).fill(0);
    const topicCounts = new Array<number>(ids.topics.length).fill(0);
    const yearCounts = new Map<number, number>();
    const countDistinct = (list: readonly number[] | undefined, into: number[]): void => {
      if (list === undefined) return;
      list.forEach((value, i) => {
        if (list.indexOf(value) === i) into[value] = (into[value] ?? 0) + 1;
      });
    };
    for (const { record } of ranked) {
      const kind = records.kind[record] ?? 0;
      kindCounts[kind] = (kindCounts[kind] ?? 0) + 1;
      countDistinct(records.regions[record], regionCounts);
      countDistinct(records.topics[record], topicCounts);
      const year = records.year[record] ?? 0;
      if (year !== 0) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    }
    const toMap = (values: readonly string[], countsById: readonly number[]): Map<string, number> => new Map(values.map((value, i) => [value, countsById[i] ?? 0] as const).filter(([, count]) => count > 0));
    const counts: Record<SearchFacet, Map<string, number>> = {
      kind: toMap(ids.kinds, kindCounts),
      region: toMap(ids.regions, regionCounts),
      topic: toMap(ids.topics, topicCounts),
      year: new Map([...yearCounts].map(([year, count]) => [String(year), count])),
    };
    const { labels, facetOrder } = this.core;
    const ordered = (facet: SearchFacet, order: readonly string[], label: (v: string) => string): FacetCount[] => {
      const rank = new Map(order.map((v, i) => [v, i]));
      return [...counts[facet]]
        .map(([value, count]) => ({ value, label: label(value), count }))
        .sort((a, b) => (rank.get(a.value) ?? Infinity) - (rank.get(b.value) ?? Infinity) || b.value.localeCompare(a.value));
    };
    return {
      kind: ordered('kind', facetOrder.kinds, (v) => labels.kinds[v] ?? v),
      region: ordered('region', facetOrder.regions, (v) => labels.regions[v] ?? v),
      topic: ordered('topic', facetOrder.topics, (v) => labels.topics[v] ?? v),
      year: ordered('year', [], (v) => `${v}年`),
    };
  }
}
