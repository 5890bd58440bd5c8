// Where the browser gets the index's files: over HTTP, from this build's index directory.
import type { SearchDataSource } from './engine';
import { INDEX_OUTDATED_ERROR } from './index-format';

/**
 * Loads files from `dataPath` (see searchDataPath). A file that is gone (404) means the site was
 * deployed again with another index since the page loaded: the error says so (INDEX_OUTDATED_ERROR),
 * and the page asks the reader to reload.
 */
export function fetchSource(dataPath: string): SearchDataSource {
  return {
    load: async (name) => {
      const response = await fetch(`${dataPath}${name}`);
      if (!response.ok) {
        const error = new Error(`${dataPath}${name}: HTTP ${response.status}`);
        if (response.status === 404) error.name = INDEX_OUTDATED_ERROR;
        throw error;
      }
      return (await response.json()) as unknown;
    },
  };
}

/**
 * `source`, except that the file `name` is taken from `early` when that gives it: a file fetched
 * before the engine asked for it. `early` gives undefined when its fetch failed; the file is then
 * loaded from `source` as any other, so a failure is reported as usual (a 404 as an outdated
 * index).
 */
export function withEarlyFile(source: SearchDataSource, name: string, early: Promise<unknown>): SearchDataSource {
  return {
    load: async (asked) => {
      if (asked !== name) return source.load(asked);
      return (await early) ?? source.load(asked);
    },
  };
}
