// Where a built site keeps its search index: dist/search/data/<id>/, <id> a hash of its core.json
// (see src/lib/search-index.ts). Scripts that read the index find it here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The index directory under `dist`, or a sentence saying why there is none to read. */
export function searchDataDir(dist: string): { dir: string; id: string } | { error: string } {
  const parent = join(dist, 'search', 'data');
  const ids = existsSync(parent) ? readdirSync(parent, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(parent, e.name, 'core.json'))).map((e) => e.name) : [];
  if (ids.length === 1) return { dir: join(parent, ids[0] as string), id: ids[0] as string };
  if (ids.length === 0) return { error: `${parent} 下没有搜索索引。请先构建网站：npm run build` };
  return { error: `${parent} 下有 ${ids.length} 份搜索索引（${ids.join('、')}）。请重新构建网站：npm run build` };
}
