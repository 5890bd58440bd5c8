import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, containsPhrase, indexOfPhrase, normalise, normaliseText, originalRange, t2sTableFromPairs } from '../../src/lib/search/normalise';

describe('normalise', () => {
  it('folds full-width letters, digits and spaces (NFKC) and lowercases', () => {
    expect(normalise('ＡＢＣ１２３　Beihai')).toBe('abc123 beihai');
    expect(normalise('１５分钟')).toBe('15分钟');
  });

  it('drops quotation and book-title marks inside terms', () => {
    expect(normalise('“一老一小”整体解决方案')).toBe('一老一小整体解决方案');
    expect(normalise('「一老一小」')).toBe('一老一小');
    expect(normalise('《北海日报》')).toBe('北海日报');
    expect(normalise("Tai'an")).toBe('taian');
  });

  it('joins Chinese characters across spaces and line breaks, but not letters', () => {
    expect(normalise('养老 床位')).toBe('养老床位');
    expect(normalise('托育\n机构')).toBe('托育机构');
    expect(normalise('主　编')).toBe('主编');
    expect(normalise('guangxi zhuang')).toBe('guangxi zhuang');
    expect(normalise('app 使用')).toBe('app 使用');
  });

  it('breaks terms at punctuation, symbols, emoji and block separators', () => {
    expect(normalise('托育，服务')).toBe('托育 服务');
    expect(normalise('养老😀床位')).toBe('养老 床位');
    expect(normalise(`托育${BLOCK_SEPARATOR}服务`)).toBe('托育 服务');
    expect(normalise('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
    expect(normalise('，。！？……')).toBe('');
  });

  it('maps traditional characters with the table the build ships', () => {
    const tables = t2sTableFromPairs('養养務务護护長长');
    expect(normalise('養老服務', tables)).toBe('养老服务');
    expect(normalise('長期護理', tables)).toBe('长期护理');
    expect(normalise('養老服務')).toBe('養老服務');
  });

  it('keeps where each character came from, so matches can be highlighted in the printed text', () => {
    const source = '“一老一小”整体 解决方案';
    const normalised = normaliseText(source);
    expect(normalised.text).toBe('一老一小整体解决方案');
    const at = normalised.text.indexOf('整体解决');
    expect(source.slice(...originalRange(source, normalised, at, at + 4))).toBe('整体 解决');
  });

  it('finds words only as whole words, Chinese anywhere', () => {
    expect(containsPhrase('guangxi zhuang', 'x')).toBe(false);
    expect(containsPhrase('img src x', 'x')).toBe(true);
    expect(containsPhrase('2021年', '1')).toBe(false);
    expect(containsPhrase('推进托位建设', '托位')).toBe(true);
    expect(indexOfPhrase('taian beihai', 'beihai')).toBe(6);
  });
});
