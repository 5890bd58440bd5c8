// One query's engine time in a process that has run no search before: the cost a reader's first
// queries pay while V8 has not yet optimised the engine's code (bench:build runs it once per
// query). The files the queries need are read before the engine opens, so only parsing them is
// timed, as in engineTimes. Prints the milliseconds of `query`, after `warmUp` opened the engine.
// Usage: tsx scripts/lib/engine-first-query.ts <dist/search/data> <warm-up query> <query>
//        with the names of the files to read, as a JSON array, on standard input
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSearchEngine } from '../../src/lib/search/engine';

const [dir, warmUp, query] = process.argv.slice(2);
if (dir === undefined || warmUp === undefined || query === undefined) {
  console.error('usage: tsx scripts/lib/engine-first-query.ts <dist/search/data> <warm-up query> <query> < names.json');
  process.exit(2);
}
const texts = new Map((JSON.parse(readFileSync(0, 'utf8')) as string[]).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
const engine = await openSearchEngine({
  load: async (name) => {
    const text = texts.get(name);
    if (text === undefined) throw new Error(`${name} was not read in advance`);
    return JSON.parse(text) as unknown;
  },
});
await engine.search(warmUp);
const started = performance.now();
await engine.search(query);
console.log((performance.now() - started).toFixed(2));
