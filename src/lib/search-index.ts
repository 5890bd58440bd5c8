// The search index of this build, built once and shared by the endpoint that writes its files
// (src/pages/search/data/[index]/[file].json.ts) and the search page that names where they are.
//
// Why an endpoint and not a separate build step: the index is built from the same checked and
// rendered corpus the pages are built from (loadCorpus), in the same build, so it can never
// describe other texts than the pages readers land on, and `astro build` alone produces it.
//
// The files live under /search/data/<id>/, where <id> is a hash of core.json: a page opened before
// a deploy that changed the index then finds its files gone and tells the reader to reload,
// rather than mixing the core.json it read with the new shards (whose shard counts and section ids
// may differ). A deploy that leaves core.json alone keeps the same files and the readers' caches.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadDataset } from './dataset';
import { figureSearchInputs } from './figure-search';
import { buildSearchFiles, domainNames, type BuildInput, type SearchFileSet } from './search/build-index';
import { searchFiles } from './search/index-format';
import { figureRecord, searchRecords } from './search/records';
import { addStoredPages } from './search/stored-pages';
import { parseSynonymList } from './search/synonyms';

const SYNONYMS_PATH = 'data/search-synonyms.yaml';

let filesPromise: Promise<SearchFileSet> | undefined;

/** Every file of the search index, by name; built once per build. */
export function searchFileSet(): Promise<SearchFileSet> {
  filesPromise ??= loadDataset().then(async ({ corpus, ...dataset }) => {
    const input: BuildInput = {
      // Documents, topics and regions, then every figure with the sentence it was read from.
      records: [...searchRecords(corpus), ...figureSearchInputs({ corpus, ...dataset }).map(figureRecord)],
      regions: corpus.regions,
      topics: corpus.topics,
      synonyms: parseSynonymList(readFileSync(SYNONYMS_PATH, 'utf8'), SYNONYMS_PATH),
      // The names readers search for, indexed whole (see src/lib/search/whole-phrases.ts).
      phrases: [...dataset.measures.map((m) => m.name), ...dataset.indicators.map((i) => i.name)],
    };
    const files = buildSearchFiles(input);
    // Their first pages of results, stored whole (see src/lib/search/stored-pages.ts).
    await addStoredPages(files, domainNames(input));
    return files;
  });
  return filesPromise;
}

let idPromise: Promise<string> | undefined;

/**
 * The directory name of this build's index: the first 12 hex digits of core.json's SHA-256.
 * Worked out once per build: every file's route asks for it, 129,000 at 10,000 documents.
 */
export function searchIndexId(): Promise<string> {
  idPromise ??= searchFileSet().then((files) => createHash('sha256').update(JSON.stringify(files.get(searchFiles.core()))).digest('hex').slice(0, 12));
  return idPromise;
}
