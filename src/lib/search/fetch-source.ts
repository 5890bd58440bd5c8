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
