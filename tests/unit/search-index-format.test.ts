import { describe, expect, it } from 'vitest';
import { decodeGaps, encodeGaps, searchFiles, type RecordsFile, type SearchCoreFile } from '../../src/lib/search/index-format';
import { syntheticFiles } from '../search-relevance';

describe('gap encoding of ascending id lists', () => {
  it('stores differences and gives the list back', () => {
    const ids = [3, 4, 9, 120, 121, 5000];
    expect(encodeGaps(ids)).toEqual([3, 1, 5, 111, 1, 4879]);
    expect(decodeGaps(encodeGaps(ids))).toEqual(ids);
    expect(decodeGaps(encodeGaps([]))).toEqual([]);
  });
});

describe('what the first file a reader loads holds', () => {
  const files = syntheticFiles();
  const core = files.get(searchFiles.core()) as SearchCoreFile;
  const coreText = JSON.stringify(core);
  const shards = [...files].filter(([name]) => name.startsWith('records-')).map(([, value]) => value as RecordsFile);

  it('keeps titles, names and headings out of core.json, in record shards loaded for results', () => {
    for (const shown of ['某市托位建设方案', '一、发展目标', '专家谈托育']) {
      expect(coreText).not.toContain(shown);
      expect(JSON.stringify(shards)).toContain(shown);
    }
  });

  it('has one entry count per record, matching the sections in the record shards and the text files', () => {
    const records = shards.flat();
    expect(core.records.entryCount).toEqual(records.map((r) => r.entries.length));
    const sections = core.records.entryCount.reduce((sum, n) => sum + n, 0);
    expect([...files.keys()].filter((name) => name.startsWith('text-'))).toHaveLength(sections);
  });
});
