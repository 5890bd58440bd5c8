import { describe, expect, it } from 'vitest';
import { charsBySyllable, contextReadings, readingsOf, traditionalPairs } from '../../src/lib/search/build-tables';
import { phrasesForSyllables, pinyinKeys, readingCombinations, readingsByChar, segmentPinyin } from '../../src/lib/search/pinyin';

const SYLLABLES = new Set(['yang', 'lao', 'chuang', 'wei', 'xi', 'an', 'xian', 'tuo', 'yu', 'bei', 'hai', 're', 'on']);

describe('pinyin at query time', () => {
  it('reads letters as syllables, fewest first, and refuses what is not pinyin', () => {
    expect(segmentPinyin('yanglao', SYLLABLES)).toEqual([['yang', 'lao']]);
    expect(segmentPinyin('xian', SYLLABLES)).toEqual([['xian'], ['xi', 'an']]);
    expect(segmentPinyin('region', SYLLABLES)).toEqual([]);
    expect(segmentPinyin('Beihai', SYLLABLES)).toEqual([]);
    expect(pinyinKeys(['yang', 'lao', 'chuang', 'wei'])).toEqual(['yang lao', 'lao chuang', 'chuang wei']);
  });

  it('chains the corpus pairs of each pair of syllables into phrases, most frequent first', () => {
    const vocabulary: Record<string, [string, number][]> = {
      'yang lao': [['养老', 500], ['羊老', 1]],
      'lao chuang': [['老床', 30]],
      'chuang wei': [['床位', 40], ['创为', 1]],
    };
    const lookup = (key: string): [string, number][] => vocabulary[key] ?? [];
    expect(phrasesForSyllables(['yang', 'lao'], lookup)).toEqual(['养老', '羊老']);
    // Chains that the corpus does not have as a whole (羊老床位) come last; searching them finds nothing.
    expect(phrasesForSyllables(['yang', 'lao', 'chuang', 'wei'], lookup)).toEqual(['养老床位', '羊老床位']);
    expect(phrasesForSyllables(['yang', 'lao', 'chuang', 'wei'], lookup, 1)).toEqual(['养老床位']);
    expect(phrasesForSyllables(['yang'], lookup)).toEqual([]);
    expect(phrasesForSyllables(['tuo', 'yu'], lookup)).toEqual([]);
  });

  it('tries every reading of polyphonic characters, within a limit', () => {
    expect(readingCombinations([['chang', 'zhang'], ['zhao']])).toEqual([['chang', 'zhao'], ['zhang', 'zhao']]);
    expect(readingCombinations([['a'], []])).toEqual([]);
    expect(readingCombinations(Array.from({ length: 5 }, () => ['a', 'b']), 8)).toHaveLength(8);
    expect(readingsByChar({ chang: '长场', zhang: '长' }).get('长')).toEqual(['chang', 'zhang']);
  });
});

describe('pinyin and character tables built from pinyin-pro and opencc-js', () => {
  it('knows every reading of a character, ü written v', () => {
    expect(readingsOf('长')).toEqual(['chang', 'zhang']);
    expect(readingsOf('绿')).toContain('lv');
  });

  it('reads polyphones in context', () => {
    expect(contextReadings('长期护理')).toEqual(['chang', 'qi', 'hu', 'li']);
    expect(contextReadings('银行')).toEqual(['yin', 'hang']);
  });

  it('covers the common characters (GB 2312) by syllable', () => {
    const table = charsBySyllable(new Set(['托']));
    expect(table.wei).toContain('位');
    expect(table.wei).toContain('为');
    expect(Object.values(table).join('').length).toBeGreaterThan(6763);
  });

  it('maps traditional forms only onto characters the corpus uses, never a corpus character', () => {
    expect(traditionalPairs(new Set([...'养老服务']))).toBe('務务養养');
    expect(traditionalPairs(new Set([...'养老服务著']))).not.toContain('著');
  });
});
