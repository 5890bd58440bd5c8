// Searches the BUILT site from the command line, with the same engine and the same index files
// readers get (dist/search/data/<id>/). Staff use it to check the index; tests use it too.
//
// Usage: npm run search -- "<query>" [--json] [--limit N] [--kind K] [--region R] [--topic T] [--year Y]
//        (run `npm run build` first)
// Prints the top 10 results; with --json an array of {id, title, url, kind, regions, …}.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openSearchEngine, SEARCH_FACETS, type SearchFilters, type SearchHit } from '../src/lib/search/engine';
import { segmentsToMarkedText } from '../src/lib/search/snippet';
import { searchDataDir } from './lib/search-data-dir';


function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv: string[]): { query: string; json: boolean; limit: number; filters: SearchFilters } {
  const words: string[] = [];
  const filters: SearchFilters = {};
  let json = false;
  let limit = 10;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--limit') limit = Number(argv[(i += 1)]);
    else if (arg.startsWith('--') && SEARCH_FACETS.includes(arg.slice(2) as never)) filters[arg.slice(2) as keyof SearchFilters] = argv[(i += 1)] ?? '';
    else if (arg === '--help' || arg === '-h') {
      console.error('用法：npm run search -- "<查询>" [--json] [--limit N] [--kind 类型] [--region 地区] [--topic 主题] [--year 年份]');
      process.exit(0);
    } else words.push(arg);
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) fail('--limit 应为 1–100 的整数');
  return { query: words.join(' '), json, limit, filters };
}

function jsonHit(hit: SearchHit): Record<string, unknown> {
  return {
    id: hit.id,
    title: hit.title,
    url: hit.url,
    kind: hit.kind,
    regions: hit.regions.map((r) => r.id),
    topics: hit.topics.map((t) => t.id),
    date: hit.date ?? null,
    section: hit.section ?? null,
    snippet: segmentsToMarkedText(hit.snippet),
    via: hit.via,
    score: hit.score,
  };
}

const args = parseArgs(process.argv.slice(2));
const index = searchDataDir('dist');
if ('error' in index) fail(index.error);
const engine = await openSearchEngine({ load: async (name) => JSON.parse(await readFile(join(index.dir, name), 'utf8')) as unknown }).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
const started = performance.now();
const response = await engine.search(args.query, { limit: args.limit, filters: args.filters });
const elapsed = performance.now() - started;

if (args.json) {
  console.log(JSON.stringify(response.hits.map(jsonHit), null, 2));
  for (const line of [response.message, ...response.notices]) if (line !== undefined) console.error(line);
} else {
  const lines: string[] = [];
  lines.push(`查询：${response.query === '' ? '（空）' : response.query}　检索词：${response.terms.join(' / ') || '—'}　结果 ${response.totalIsUpperBound ? '至多 ' : ''}${response.total} 条（${elapsed.toFixed(1)} ms）`);
  for (const line of [response.message, ...response.notices]) if (line !== undefined) lines.push(`  ${line}`);
  response.hits.forEach((hit, i) => {
    const meta = [hit.kindLabel, hit.regions.map((r) => r.name).join('、'), hit.date].filter((s) => s !== undefined && s !== '').join(' · ');
    lines.push('', `${String(i + 1).padStart(2)}. ${segmentsToMarkedText(hit.titleSegments)}　[${meta}]`);
    lines.push(`    ${hit.url}${hit.section !== undefined ? `　§ ${hit.section}` : ''}`);
    lines.push(`    ${segmentsToMarkedText(hit.snippet)}`);
  });
  console.log(lines.join('\n'));
}
