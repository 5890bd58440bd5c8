// A search engine on an index held in memory that records the name of every file it loads, for
// tests of which files an answer needs and when.
import type { SearchFileSet } from '../src/lib/search/build-index';
import { openSearchEngine, type SearchEngine } from '../src/lib/search/engine';

export interface RecordingEngine {
  engine: SearchEngine;
  /** Files requested, in order. */
  loaded: string[];
  /** Files handed to the engine, in order. */
  delivered: string[];
}

/** `hold`: given a requested file's name, a promise to wait for before handing it over, or undefined. */
export async function recordingEngine(index: SearchFileSet, hold: (name: string) => Promise<void> | undefined = () => undefined): Promise<RecordingEngine> {
  const loaded: string[] = [];
  const delivered: string[] = [];
  const engine = await openSearchEngine({
    load: async (name) => {
      loaded.push(name);
      if (!index.has(name)) throw new Error(`no search file ${name}`);
      await hold(name);
      delivered.push(name);
      // A copy, as parsing a fetched file gives: the engine must not change the index.
      return JSON.parse(JSON.stringify(index.get(name))) as unknown;
    },
  });
  return { engine, loaded, delivered };
}

/** The files of one kind (result, records, text …) among `names`. */
export function filesOfKind(names: readonly string[], kind: string): string[] {
  return names.filter((name) => name.startsWith(`${kind}-`));
}
