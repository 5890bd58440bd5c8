// A search engine on an index held in memory that records the name of every file it loads, for
// tests of which files an answer needs and when.
import { openSearchEngine, type SearchEngine } from '../src/lib/search/engine';
import type { SearchFileSet } from '../src/lib/search/build-index';

export async function recordingEngine(index: SearchFileSet): Promise<{ engine: SearchEngine; loaded: string[] }> {
  const loaded: string[] = [];
  const engine = await openSearchEngine({
    load: async (name) => {
      loaded.push(name);
      if (!index.has(name)) throw new Error(`no search file ${name}`);
      // A copy, as parsing a fetched file gives: the engine must not change the index.
      return JSON.parse(JSON.stringify(index.get(name))) as unknown;
    },
  });
  return { engine, loaded };
}
