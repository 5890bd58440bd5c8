// The first page of results of the phrases readers search for most, worked out at build time and
// stored whole, so that a search for one waits for one round of files instead of two.
//
// A page of results otherwise needs two rounds: the postings of the query's phrases, then one
// result file per result (its display and the text its snippet is cut from). Each round is a round
// trip on a phone's network, and Chromium spends milliseconds on every file even from its cache.
// Which phrases: the domain's names (topic, region, measure and indicator names, the synonym list's
// words, the phrases indexed whole: what whole-phrases.ts works from), and the pairs and triples of
// characters found in the most sections, as many as a quarter of the corpus's records, so that the
// files grow with the corpus. For each, the build asks the engine itself, over the index it has
// just built, and stores its answer (the page, the count, the notices and the facet counts) in a
// file beside the phrase's postings shard. A query of one such phrase fetches that file with the
// postings, and shows the stored answer when it comes, without ranking: the engine's code cold in
// a reader's browser made ranking a broad phrase the larger part of such an answer. The postings go
// into the engine's caches, for the next query (another page, a filter). The pages and the index
// come from one build, in one directory named after core.json (see searchDataPath); a unit test
// checks that each stored answer is the one the engine gives without it.

import type { SearchFileSet } from './build-index';
import { openSearchEngine, type SearchEngine } from './engine';
import { searchFiles, type PostingsFile, type SearchCoreFile, type StoredPage, type StoredPageFamily, type StoredPagesFile } from './index-format';

/** Phrases answered by one engine before the next is opened: the engine keeps every shard it loaded. */
const PHRASES_PER_ENGINE = 200;

/** Frequent pairs and triples stored per record of the corpus (see frequentTerms). */
const FREQUENT_TERMS_PER_RECORD = 0.25;

const FAMILIES: readonly StoredPageFamily[] = ['g2', 'g3'];

/** An engine over the files being built; each load is a copy, as parsing a fetched file gives. */
function buildTimeEngine(files: SearchFileSet): Promise<SearchEngine> {
  return openSearchEngine({
    load: async (name) => {
      if (!files.has(name)) throw new Error(`search index build: no file ${name}`);
      return structuredClone(files.get(name));
    },
  });
}

/**
 * The `count` pairs and triples of characters whose body postings list the most sections, most
 * first (ties in UTF-16 order, the same on every machine).
 */
export function frequentTerms(files: SearchFileSet, count: number): string[] {
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  const sections: [term: string, sections: number][] = [];
  for (const family of FAMILIES) {
    for (let shard = 0; shard < core.shards[family]; shard += 1) {
      const postings = files.get(searchFiles.postings(family, shard)) as PostingsFile;
      for (const [, chunk] of postings.body) {
        for (const [term, slots] of chunk) sections.push([term, slots.reduce((sum, ids) => sum + (ids?.length ?? 0), 0)]);
      }
    }
  }
  sections.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return sections.slice(0, count).map(([term]) => term);
}

/**
 * Adds the stored pages files (`pages-<family>-<shard>.json`, one beside each postings shard of
 * pairs and triples) with a page for each of `names`, the phrases core.json indexes whole and the
 * corpus's frequent pairs and triples, where a query of it looks up that one exact term and
 * finds something. `files` must hold every other file of the index.
 */
export async function addStoredPages(files: SearchFileSet, names: Iterable<string>): Promise<void> {
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  if ([...files.keys()].some((name) => name.startsWith('pages-'))) throw new Error('search index build: the stored pages were added already');
  let engine = await buildTimeEngine(files);
  const frequent = frequentTerms(files, Math.floor(core.records.entryCount.length * FREQUENT_TERMS_PER_RECORD));
  // By file, so that each engine loads few postings shards.
  const byFile = new Map<string, Set<string>>();
  for (const name of [...names, ...core.wholePhrases, ...frequent]) {
    const phrase = engine.onePhraseOf(name);
    const file = phrase !== undefined ? engine.storedPagesFileOf(phrase) : undefined;
    if (phrase === undefined || file === undefined) continue;
    byFile.set(file, (byFile.get(file) ?? new Set<string>()).add(phrase));
  }
  let answered = 0;
  for (const family of FAMILIES) {
    for (let shard = 0; shard < core.shards[family]; shard += 1) {
      const file = searchFiles.storedPages(family, shard);
      const pages: StoredPagesFile = {};
      for (const phrase of [...(byFile.get(file) ?? [])].sort()) {
        if (answered > 0 && answered % PHRASES_PER_ENGINE === 0) engine = await buildTimeEngine(files);
        answered += 1;
        const page: StoredPage | undefined = await engine.pageToStore(phrase);
        if (page !== undefined) pages[phrase] = page;
      }
      files.set(file, pages);
    }
  }
}
