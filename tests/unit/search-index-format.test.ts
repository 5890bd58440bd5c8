import { describe, expect, it } from 'vitest';
import { decodeGaps, encodeGaps, INLINE_TEXTS_MAX_BYTES, searchFiles, type RecordsFile, type SearchCoreFile } from '../../src/lib/search/index-format';
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

  it('has one entry count per record, matching the sections in the record shards', () => {
    expect(core.records.entryCount).toEqual(shards.flat().map((r) => r.entries.length));
  });

  it('keeps a short record’s texts in its display and gives a long record’s sections a file each', () => {
    const records = shards.flat();
    const withFiles = new Set(decodeGaps(core.records.textFiles));
    expect([...withFiles].map((r) => records[r]?.id)).toEqual(['long']);
    let entry = 0;
    records.forEach((record, r) => {
      for (const section of record.entries) {
        const file = files.get(searchFiles.text(entry));
        if (withFiles.has(r)) {
          expect(section.text).toBeUndefined();
          expect(String(file)).toContain('。');
        } else {
          expect(file).toBeUndefined();
          expect(typeof section.text).toBe('string');
        }
        entry += 1;
      }
    });
    const inline = records.filter((_, r) => !withFiles.has(r)).map((record) => record.entries.reduce((sum, e) => sum + Buffer.byteLength(JSON.stringify(e.text ?? '')), 0));
    expect(Math.max(...inline)).toBeLessThanOrEqual(INLINE_TEXTS_MAX_BYTES);
  });
});
