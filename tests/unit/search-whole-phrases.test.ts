import { describe, expect, it } from 'vitest';
import { WholePhrases, wholePhrasesOf } from '../../src/lib/search/whole-phrases';

describe('the domain’s phrases indexed whole', () => {
  it('are the runs of four to sixteen Chinese characters in the names, normalised as texts are (quotes inside a name go)', () => {
    expect(wholePhrasesOf(['普惠养老、普惠托育专项行动', '“一老一小”整体解决方案', '15分钟服务圈', '托位数', '医养结合', '医养结合', 'ＡＢＣ长期护理保险'])).toEqual(
      ['普惠养老', '普惠托育专项行动', '一老一小整体解决方案', '分钟服务圈', '医养结合', '长期护理保险'].sort(),
    );
    expect(wholePhrasesOf(['一二三四五六七八九十一二三四五六', '一二三四五六七八九十一二三四五六七'])).toEqual(['一二三四五六七八九十一二三四五六']);
  });

  it('are found wherever they start in a run, overlapping and nested ones too', () => {
    const whole = new WholePhrases(['养老服务', '养老服务体系', '服务体系建设']);
    const found: string[] = [];
    whole.forEachIn([...'完善养老服务体系建设和养老服务'], (phrase) => found.push(phrase));
    expect(found).toEqual(['养老服务', '养老服务体系', '服务体系建设', '养老服务']);
    const none: string[] = [];
    whole.forEachIn([...'养老服'], (phrase) => none.push(phrase));
    expect(none).toEqual([]);
    expect(whole.has('养老服务体系')).toBe(true);
    expect(whole.has('养老服')).toBe(false);
    expect(whole.list()).toEqual(['养老服务', '养老服务体系', '服务体系建设'].sort());
  });
});
