// The search engine readers run: the browser (src/scripts/search-page.ts, loading files over
// HTTP) and the command line (scripts/search-cli.ts, reading dist/). Same code, same files, same
// answers. It loads core.json first, then only the shards, texts and tables a query needs.
//
// A query is a list of phrases; each phrase expands into alternatives (as typed, synonyms, region
// names, pinyin, homophones); each alternative is looked up in titles and names, headings and tags
// (scanned: they are short and in core.json) and in section bodies (FlexSearch postings). A result
// must match every phrase. A long phrase found through its chain of triples is confirmed against
// the section text before it is shown, so what a reader sees really contains the phrase.

import { Index } from 'flexsearch';
import { expandPhrase, VIA_WEIGHTS, type Alternative } from './expand';
import { SCORE_SLOTS, SEARCH_FACET_LABELS, searchFiles, type CharsFile, type MatchVia, type PinyinFile, type PostingsFile, type RecordDisplay, type RecordsFile, type SearchCoreFile } from './index-format';
import { containsPhrase, normalise, t2sTableFromPairs, type NormaliseTables } from './normalise';
import { phrasesForSyllables, pinyinKeys, readingCombinations, readingsByChar, segmentPinyin } from './pinyin';
import { parseQuery, QUERY_MESSAGES } from './query';
import { BONUSES, bodyScore, FIELD_WEIGHTS, idf, KIND_WEIGHTS } from './rank';
import { highlightAll, snippet, type HighlightSegment } from './snippet';
import { isExactLookup, phraseTerms, shardOf, termFamily } from './tokenize';

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
  heading: boolean;
  /** FlexSearch score slot of a body match. */
  body?: number;
  /** Whether the body match is proved by the index alone (see isExactLookup). */
  certain: boolean;
}

interface RecordPartHit {
  title: boolean;
  tags: boolean;
  entries: Map<number, EntryHit>;
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
  bestEntry?: number;
  entryScores: Map<number, number>;
}

/** How much expansions (synonyms …) add to a phrase found as typed. */
const EXPANSION_SHARE = 0.25;

/** How much a match in a document's summary counts when choosing which section to link to. */
const SUMMARY_LINK_WEIGHT = 0.6;

/** Most phrases in a query for which results with only some of them are offered. */
const MAX_PARTIAL_TERMS = 4;

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
  private readonly names: string[][];
  private readonly namesText: string[];
  /** Records by tag word, and entries by heading (both indexes into core.json's tables). */
  private readonly tagRecords: number[][];
  private readonly headingEntries: number[][];
  private readonly normalisedHeadings: string[];
  private readonly headings: (string | undefined)[];
  private readonly emptyEntries: Set<number>;
  /** Decoded columns of core.json. */
  private readonly entryRecord: number[];
  private readonly entryCount: number[];
  private readonly summaryEntries: Set<number>;
  private readonly kinds: string[];
  private readonly regions: string[][];
  private readonly topics: string[][];
  private readonly recordShards = new Map<number, Promise<RecordsFile>>();
  private readonly shards = new Map<string, Promise<Index>>();
  private readonly texts = new Map<number, Promise<{ text: string; normalised: string }>>();
  private readonly pinyinShards = new Map<number, Promise<PinyinFile>>();
  private chars: Promise<Map<string, string[]>> | undefined;
  private readonly partCache = new Map<string, PartHits>();
  /** Body matches of long phrases, checked against the section text: `${entry} ${phrase}`. */
  private readonly confirmed = new Set<string>();
  private readonly disproved = new Set<string>();

  constructor(core: SearchCoreFile, source: SearchDataSource) {
    this.core = core;
    this.source = source;
    this.tables = t2sTableFromPairs(core.t2s);
    this.syllables = new Set(core.syllables);
    const { records, entries, ids } = core;
    this.names = records.names.map((names) => names.map((n) => normalise(n, this.tables)));
    this.namesText = this.names.map((n) => n.join('\n'));
    this.tagRecords = core.tagWords.map(() => []);
    records.tags.forEach((words, record) => {
      for (const word of words) this.tagRecords[word]?.push(record);
    });
    this.normalisedHeadings = core.headings.map((h) => normalise(h, this.tables));
    this.headingEntries = core.headings.map(() => []);
    entries.heading.forEach((h, entry) => {
      if (h !== 0) this.headingEntries[h]?.push(entry);
    });
    this.headings = entries.heading.map((h) => (h !== 0 ? this.normalisedHeadings[h] : undefined));
    this.emptyEntries = new Set(entries.empty);
    this.entryRecord = [];
    this.entryCount = [];
    records.firstEntry.forEach((first, record) => {
      const end = records.firstEntry[record + 1] ?? entries.boost.length;
      this.entryCount.push(end - first);
      for (let e = first; e < end; e += 1) this.entryRecord[e] = record;
    });
    this.summaryEntries = new Set(entries.summary);
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
    const termHits = await Promise.all(
      terms.map(async (term) => {
        const hits = await this.termHits(term, await this.alternativesFor(term));
        if (this.matchingRecords(hits).size > 0) return hits;
        const homophones = await this.homophoneAlternatives(term);
        return homophones.length > 0 ? this.termHits(term, [...hits.alternatives.map((a) => a.alternative), ...homophones]) : hits;
      }),
    );

    // Phrases typed apart may be one phrase the reader split (养老 床位, or a line break inside a
    // word): where the phrases occur written together, that record ranks first.
    const joined = terms.length > 1 ? terms.join(terms.every((t) => /^[a-z0-9]+$/.test(t)) ? ' ' : '') : undefined;
    const together = joined !== undefined ? await this.termHits(joined, [{ parts: [joined], via: 'exact', weight: VIA_WEIGHTS.exact, label: joined }]) : undefined;
    const checked = together !== undefined ? [...termHits, together] : termHits;

    // Rank; confirm long phrases on the page against their section texts; rank again if any failed.
    let ranked: RankedRecord[] = [];
    let page: RankedRecord[] = [];
    let partial = false;
    for (let round = 0; round < 6; round += 1) {
      ({ ranked, partial } = this.rank(termHits, together));
      page = ranked.filter((r) => this.passesFilters(r.record, filters)).slice(0, limit);
      if (!(await this.confirm(page, checked))) break;
    }
    const filtered = ranked.filter((r) => this.passesFilters(r.record, filters));
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
        let file = this.pinyinShards.get(shard);
        if (file === undefined) {
          file = this.source.load(searchFiles.pinyin(shard)) as Promise<PinyinFile>;
          this.pinyinShards.set(shard, file);
        }
        shards.set(shard, await file);
      }),
    );
    return (key) => shards.get(shardOf(key, this.core.shards.pinyin))?.[key] ?? [];
  }

  private shard(term: string): Promise<Index> {
    const family = termFamily(term);
    const file = searchFiles.postings(family, shardOf(term, this.core.shards[family]));
    let index = this.shards.get(file);
    if (index === undefined) {
      index = this.source.load(file).then((chunks) => {
        const loaded = new Index({ tokenize: 'strict', resolution: SCORE_SLOTS, encode: (text: string) => [text] });
        // FlexSearch's import takes the exported data as a string or, as here, already parsed.
        for (const [key, data] of chunks as PostingsFile) loaded.import(key, data as string);
        return loaded;
      });
      this.shards.set(file, index);
    }
    return index;
  }

  /** Sections whose body has every term of `phrase`, with the weakest term's score slot. */
  private async bodyHits(phrase: string): Promise<Map<number, number>> {
    const lookups = phraseTerms(phrase);
    let result: Map<number, number> | undefined;
    for (const term of lookups) {
      const index = await this.shard(term);
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
    this.normalisedHeadings.forEach((heading, h) => {
      if (h === 0 || !containsPhrase(heading, phrase)) return;
      for (const entry of this.headingEntries[h] ?? []) {
        const record = this.entryRecord[entry];
        if (record === undefined) continue;
        const entries = recordHit(record).entries;
        const previous = entries.get(entry);
        entries.set(entry, { ...(previous ?? { certain: true }), heading: true });
      }
    });
    this.namesText.forEach((names, record) => {
      if (containsPhrase(names, phrase)) recordHit(record).title = true;
    });
    this.core.tagWords.forEach((word, w) => {
      if (containsPhrase(word, phrase)) for (const record of this.tagRecords[w] ?? []) recordHit(record).tags = true;
    });
    if (this.partCache.size > 500) this.partCache.clear();
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

  private entryHitScore(entry: number, phrase: string, hit: EntryHit): number {
    let score = hit.heading ? FIELD_WEIGHTS.heading : 0;
    if (hit.body !== undefined && !this.disproved.has(`${entry} ${phrase}`)) score += bodyScore(hit.body, this.core.entries.boost[entry] ?? 1);
    return score;
  }

  /** Score of one phrase in one record, and its best section. */
  private partScore(hit: RecordPartHit, phrase: string, entryScores?: Map<number, number>, weight = 1): { score: number; entry?: number } {
    let best = 0;
    let bestEntry: number | undefined;
    let matched = 0;
    for (const [entry, entryHit] of hit.entries) {
      const score = this.entryHitScore(entry, phrase, entryHit);
      if (score <= 0) continue;
      matched += 1;
      entryScores?.set(entry, (entryScores.get(entry) ?? 0) + score * weight);
      if (score > best) {
        best = score;
        bestEntry = entry;
      }
    }
    const recordLevel = Math.max(hit.title ? FIELD_WEIGHTS.title : 0, hit.tags ? FIELD_WEIGHTS.tags : 0);
    if (recordLevel + best === 0) return { score: 0 };
    const score = recordLevel + best + FIELD_WEIGHTS.coverage * Math.log(Math.max(1, matched));
    return bestEntry === undefined ? { score } : { score, entry: bestEntry };
  }

  /**
   * Score of one query phrase in a record. Where the phrase is found as typed, that match decides
   * and expansions only add a little (EXPANSION_SHARE): a reader who types 婴幼儿照护 wants the texts
   * that say 婴幼儿照护 first, then those that say 托育. Otherwise the best expansion counts.
   */
  private termScore(hits: TermHits, record: number, entryScores: Map<number, number>): TermScore {
    const [exact, ...expansions] = hits.alternatives;
    const exactScore = exact !== undefined ? this.alternativeScore([exact], record, entryScores) : { score: 0 };
    const expansionScore = this.alternativeScore(expansions, record, exactScore.score > 0 ? new Map() : entryScores);
    if (exactScore.score === 0) return expansionScore;
    return { ...exactScore, score: exactScore.score + EXPANSION_SHARE * expansionScore.score };
  }

  private alternativeScore(alternatives: AlternativeHits[], record: number, entryScores: Map<number, number>): TermScore {
    let best: TermScore = { score: 0 };
    for (const { alternative, parts } of alternatives) {
      const perPart: { score: number; entry?: number }[] = [];
      const scratch = new Map<number, number>();
      for (const [i, partHits] of parts.entries()) {
        const hit = partHits.get(record);
        const phrase = alternative.parts[i] as string;
        const score = hit === undefined ? { score: 0 } : this.partScore(hit, phrase, scratch, alternative.weight / parts.length);
        if (score.score === 0) break;
        perPart.push(score);
      }
      if (perPart.length < parts.length) continue;
      const score = (alternative.weight * perPart.reduce((sum, p) => sum + p.score, 0)) / perPart.length;
      if (score > best.score) {
        const entry = perPart.find((p) => p.entry !== undefined)?.entry;
        best = entry === undefined ? { score, alternative } : { score, alternative, entry };
        for (const [entryIndex, s] of scratch) entryScores.set(entryIndex, Math.max(entryScores.get(entryIndex) ?? 0, s));
      }
    }
    return best;
  }

  private rank(termHits: TermHits[], together?: TermHits): { ranked: RankedRecord[]; partial: boolean } {
    const recordCount = this.kinds.length;
    const candidates = new Set<number>();
    for (const hits of termHits) for (const record of this.matchingRecords(hits)) candidates.add(record);
    const perRecord = new Map<number, { termScores: TermScore[]; entryTotals: Map<number, number>; perTermEntries: Map<number, number>[] }>();
    const df = termHits.map(() => 0);
    for (const record of candidates) {
      const entryTotals = new Map<number, number>();
      const perTermEntries: Map<number, number>[] = [];
      const termScores = termHits.map((hits, t) => {
        const entries = new Map<number, number>();
        const score = this.termScore(hits, record, entries);
        if (score.score > 0) df[t] = (df[t] ?? 0) + 1;
        perTermEntries.push(entries);
        return score;
      });
      perRecord.set(record, { termScores, entryTotals, perTermEntries });
    }
    const weights = df.map((d) => idf(recordCount, d));
    const togetherRecords = together !== undefined ? this.matchingRecords(together) : new Set<number>();
    const togetherWeight = idf(recordCount, togetherRecords.size);
    const joinedQuery = termHits.map((h) => h.term).join(termHits.every((h) => /^[a-z0-9 ]+$/.test(h.term)) ? ' ' : '');
    const ranked: RankedRecord[] = [];
    for (const [record, { termScores, entryTotals, perTermEntries }] of perRecord) {
      const matchedTerms = termScores.filter((s) => s.score > 0).length;
      if (matchedTerms === 0) continue;
      let score = termScores.reduce((sum, s, t) => sum + s.score * (weights[t] ?? 1), 0) * (KIND_WEIGHTS[this.kinds[record] as string] ?? 1);
      perTermEntries.forEach((entries, t) => {
        for (const [entry, s] of entries) entryTotals.set(entry, (entryTotals.get(entry) ?? 0) + s * (weights[t] ?? 1));
      });
      // Whole-query bonuses.
      const names = this.names[record] ?? [];
      const exactName = termScores.reduce<number>((best, s) => {
        if (s.alternative === undefined || s.alternative.parts.length !== 1) return best;
        return termHits.length === 1 && names.includes(s.alternative.parts[0] as string) ? Math.max(best, s.alternative.weight) : best;
      }, names.includes(joinedQuery) ? 1 : 0);
      score += BONUSES.exactName * exactName;
      if (termHits.length > 1) {
        const together = [...entryTotals.keys()].some((entry) => perTermEntries.every((entries) => (entries.get(entry) ?? 0) > 0));
        if (together) score += BONUSES.together * (termHits.length - 1);
        const first = this.core.records.firstEntry[record] ?? 0;
        const headings = this.headings.slice(first, first + (this.entryCount[record] ?? 0));
        if ([this.namesText[record], ...headings].some((h) => h !== undefined && containsPhrase(h, joinedQuery))) score += BONUSES.joinedPhrase;
      }
      let phraseTier = false;
      if (together !== undefined && togetherRecords.has(record)) {
        const entries = new Map<number, number>();
        const phrase = this.termScore(together, record, entries);
        if (phrase.score > 0) {
          phraseTier = true;
          score += phrase.score * togetherWeight;
          for (const [entry, s] of entries) entryTotals.set(entry, (entryTotals.get(entry) ?? 0) + s * togetherWeight);
        }
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
      const exactTier = termHits.every((hits) => {
        const exact = hits.alternatives[0];
        return exact !== undefined && exact.parts.every((p) => {
          const hit = p.get(record);
          return hit !== undefined && (hit.title || hit.tags || [...hit.entries.keys()].some((e) => this.entryHitScore(e, exact.alternative.parts[0] as string, hit.entries.get(e) as EntryHit) > 0));
        });
      });
      ranked.push({ record, score, matchedTerms, phraseTier, exactTier, termScores, entryScores: entryTotals, ...(bestEntry !== undefined ? { bestEntry } : {}) });
    }
    const complete = ranked.filter((r) => r.matchedTerms === termHits.length);
    // Results with only some phrases are offered for a short query of real words; not for a
    // string of fragments (<img src=x onerror=…>), where they would be noise.
    const meaningful = termHits.length <= MAX_PARTIAL_TERMS && termHits.every((h) => [...h.term].length >= 2);
    const partial = complete.length === 0 && ranked.length > 0 && meaningful;
    const list = partial ? ranked : complete;
    const dates = this.core.records.date;
    list.sort(
      (a, b) =>
        b.matchedTerms - a.matchedTerms ||
        Number(b.phraseTier) - Number(a.phraseTier) ||
        Number(b.exactTier) - Number(a.exactTier) ||
        b.score - a.score ||
        (dates[b.record] ?? 0) - (dates[a.record] ?? 0) ||
        a.record - b.record,
    );
    return { ranked: list, partial };
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
    let file = this.recordShards.get(shard);
    if (file === undefined) {
      file = this.source.load(searchFiles.records(shard)) as Promise<RecordsFile>;
      this.recordShards.set(shard, file);
    }
    return (await file)[record - shard * this.core.recordShardSize] as RecordDisplay;
  }

  private text(entry: number): Promise<{ text: string; normalised: string }> {
    let text = this.texts.get(entry);
    if (text === undefined) {
      text = this.source.load(searchFiles.text(entry)).then((t) => ({ text: String(t), normalised: normalise(String(t), this.tables) }));
      this.texts.set(entry, text);
    }
    return text;
  }

  /**
   * Checks unproved body matches of the records on the page against their section texts. Returns
   * whether any was disproved (then the caller ranks again).
   */
  private async confirm(page: RankedRecord[], termHits: TermHits[]): Promise<boolean> {
    const checks: { entry: number; phrase: string }[] = [];
    for (const ranked of page) {
      const entries = new Set<number>();
      if (ranked.bestEntry !== undefined) entries.add(ranked.bestEntry);
      for (const s of ranked.termScores) if (s.entry !== undefined) entries.add(s.entry);
      for (const entry of entries) {
        for (const hits of termHits) {
          for (const { alternative, parts } of hits.alternatives) {
            alternative.parts.forEach((phrase, i) => {
              const hit = parts[i]?.get(ranked.record)?.entries.get(entry);
              const key = `${entry} ${phrase}`;
              if (hit?.body !== undefined && !hit.certain && !this.confirmed.has(key) && !this.disproved.has(key)) checks.push({ entry, phrase });
            });
          }
        }
      }
    }
    let disproved = false;
    await Promise.all(
      checks.map(async ({ entry, phrase }) => {
        const { normalised } = await this.text(entry);
        if (containsPhrase(normalised, phrase)) this.confirmed.add(`${entry} ${phrase}`);
        else {
          this.disproved.add(`${entry} ${phrase}`);
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

  private async hit(ranked: RankedRecord, termHits: TermHits[], together?: TermHits): Promise<SearchHit> {
    const record = await this.display(ranked.record);
    const { labels, entries: entryColumns } = this.core;
    const firstEntry = this.core.records.firstEntry[ranked.record] ?? 0;
    const entryCount = this.entryCount[ranked.record] ?? 0;
    /** A section of this record as shown: heading (from core), label, context, anchor (from the record shard). */
    const shownEntry = (e: number): { heading?: string; label?: string; context?: string; anchor?: string } => {
      const heading = this.core.headings[entryColumns.heading[e] ?? 0] ?? '';
      return { ...record.entries[e - firstEntry], ...(heading !== '' ? { heading } : {}) };
    };
    const phrases = this.phrasesFor(ranked, termHits, together);
    const entry = ranked.bestEntry !== undefined ? shownEntry(ranked.bestEntry) : undefined;
    const entryLength = (e: number): number => (this.emptyEntries.has(e) ? 0 : 1);
    // The best section's text, else the record's first section (a document's summary), else its description.
    const textEntry = ranked.bestEntry !== undefined && entryLength(ranked.bestEntry) > 0 ? ranked.bestEntry : entryCount > 0 && entryLength(firstEntry) > 0 ? firstEntry : undefined;
    const snippetSegments = snippet(textEntry !== undefined ? (await this.text(textEntry)).text : record.description, phrases, this.tables);
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

  /** Whether a further matching section can be listed without reading its text: its match is proved. */
  private isShown(entry: number, record: number, termHits: TermHits[]): boolean {
    return termHits.some((hits) =>
      hits.alternatives.some(({ alternative, parts }) =>
        alternative.parts.every((phrase, i) => {
          const hit = parts[i]?.get(record)?.entries.get(entry);
          return hit !== undefined && (hit.heading || hit.certain || this.confirmed.has(`${entry} ${phrase}`));
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
    const counts: Record<SearchFacet, Map<string, number>> = { kind: new Map(), region: new Map(), topic: new Map(), year: new Map() };
    const bump = (facet: SearchFacet, value: string): void => {
      counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    };
    for (const { record } of ranked) {
      bump('kind', this.kinds[record] as string);
      for (const region of new Set(this.regions[record])) bump('region', region);
      for (const topic of new Set(this.topics[record])) bump('topic', topic);
      const year = this.core.records.year[record] ?? 0;
      if (year !== 0) bump('year', String(year));
    }
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
