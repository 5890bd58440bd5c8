// The first page of results of each of the domain's names, worked out at build time and stored
// whole, so that a search for one waits for one round of files instead of two.
//
// A page of results otherwise needs two rounds: the postings of the query's phrases, then one
// result file per result (its display and the text its snippet is cut from). Each round is a round
// trip on a phone's network, and Chromium spends milliseconds on every file even from its cache.
// Readers type the domain's names most (topic, region, measure and indicator names, the synonym
// list's words: the names whole-phrases.ts indexes whole), so for each of them the build asks the
// engine itself, over the index it has just built, and stores the page it shows: one small file
// per name, fetched beside the postings. The engine shows a stored page only when its own ranking
// gives the same records linked at the same sections (see SearchEngine.answer), and answers as
// for any other query otherwise, so a stored page never shows anything the engine would not.

import type { SearchFileSet } from './build-index';
import { openSearchEngine, type SearchEngine } from './engine';
import { searchFiles, type SearchCoreFile, type StoredPageFile } from './index-format';

/** Phrases answered by one engine before the next is opened: the engine keeps every shard it loaded. */
const PHRASES_PER_ENGINE = 200;

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
 * Adds a stored page (`page-<i>.json`) for each of `names`, and of the phrases core.json indexes
 * whole, whose query looks up one phrase and finds something without checks, and lists their
 * phrases in core.json. `files` must hold every other file of the index, and core.json no stored
 * pages yet.
 */
export async function addStoredPages(files: SearchFileSet, names: Iterable<string>): Promise<void> {
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  if (core.storedPages.length > 0) throw new Error('search index build: core.json lists stored pages already');
  let engine = await buildTimeEngine(files);
  const phrases = [...new Set([...names, ...core.wholePhrases].map((name) => engine.onePhraseOf(name)).filter((p): p is string => p !== undefined))].sort();
  const pages: StoredPageFile[] = [];
  for (const [i, phrase] of phrases.entries()) {
    if (i > 0 && i % PHRASES_PER_ENGINE === 0) engine = await buildTimeEngine(files);
    const page = await engine.pageToStore(phrase);
    if (page !== undefined) pages.push(page);
  }
  pages.forEach((page, i) => files.set(searchFiles.storedPage(i), page));
  core.storedPages = pages.map((page) => page.phrase);
}
