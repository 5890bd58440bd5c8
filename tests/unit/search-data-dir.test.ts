import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchDataDir } from '../../scripts/lib/search-data-dir';

describe('searchDataDir', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  /** A dist/ with an index directory for each id (with a core.json) and other entries beside them. */
  function dist(ids: string[]): string {
    const root = mkdtempSync(join(tmpdir(), 'search-data-dir-'));
    roots.push(root);
    mkdirSync(join(root, 'search', 'data', 'not-an-index'), { recursive: true });
    writeFileSync(join(root, 'search', 'data', 'stray.json'), '{}');
    for (const id of ids) {
      mkdirSync(join(root, 'search', 'data', id));
      writeFileSync(join(root, 'search', 'data', id, 'core.json'), '{}');
    }
    return root;
  }

  it('finds the one index of a build', () => {
    const root = dist(['ad3493f98c96']);
    expect(searchDataDir(root)).toEqual({ dir: join(root, 'search', 'data', 'ad3493f98c96'), id: 'ad3493f98c96' });
  });

  it('says to build when there is none, and to rebuild when there are two', () => {
    expect(searchDataDir(dist([]))).toEqual({ error: expect.stringContaining('没有搜索索引。请先构建网站：npm run build') as unknown });
    expect(searchDataDir(join(tmpdir(), 'no-such-dist'))).toEqual({ error: expect.stringContaining('没有搜索索引') as unknown });
    expect(searchDataDir(dist(['aaaaaaaaaaaa', 'bbbbbbbbbbbb']))).toEqual({ error: expect.stringContaining('有 2 份搜索索引') as unknown });
  });
});
