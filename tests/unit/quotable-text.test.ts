import { describe, expect, test } from 'vitest';
import { containsQuote, normaliseWhitespace, quotableLines } from '../../src/lib/quotable-text';
import { realDocuments } from './support/front-matter';

describe('quotableLines', () => {
  test('one line per paragraph, blank lines dropped', () => {
    expect(quotableLines('第一段。\n\n第二段。\n')).toEqual(['第一段。', '第二段。']);
  });

  test('a correction reads as corrected', () => {
    const body = '不断提高:fix[全市]{orig="石家庄市" reason="本文所述为北海市，“石家庄市”不可通，据文意改"}托育机构照护服务质量。';
    expect(quotableLines(body)).toEqual(['不断提高全市托育机构照护服务质量。']);
  });

  test('a correction that fills in a dropped character, and several corrections on one line', () => {
    const body = '持续纳入民生实:fix[事]{orig="" reason="原文脱漏，据文意补"}项目，政策体系不断健全:fix[、]{orig="" reason="原文脱漏顿号"}服务供给稳步增加。';
    expect(quotableLines(body)).toEqual(['持续纳入民生实事项目，政策体系不断健全、服务供给稳步增加。']);
  });

  test('an editorial note is removed', () => {
    const body = '南宁、柳州、桂林、梧州、北海5个市被国家试点城市:note[原文如此，句中似脱“列为”一类动词，姑存原文。]，建成90多个示范性社区居家养老服务中心。';
    expect(quotableLines(body)).toEqual(['南宁、柳州、桂林、梧州、北海5个市被国家试点城市，建成90多个示范性社区居家养老服务中心。']);
  });

  test('an editorial note that contains [..] brackets is removed whole', () => {
    const body = '养老机构护理型床位占比53%以上。:note[见下文[第二部分]所称到2023年的目标，参见[@2]。]下一句。';
    expect(quotableLines(body)).toEqual(['养老机构护理型床位占比53%以上。下一句。']);
  });

  test('source markers are removed', () => {
    expect(quotableLines('普惠理念成为行业主旋律。[@1]\n\n## 一、推进养老服务体系建设[@2]')).toEqual(['普惠理念成为行业主旋律。', '一、推进养老服务体系建设']);
  });

  test('a source marker followed by a note on the same line leaves nothing of either', () => {
    const body = '努力让“老有颐养、幼有善育”成为人民群众的幸福生活图景。[@1]:note[原刊脚注中此文献的类型标识印作“EB/BLO”，当为“EB/OL”之误。]';
    expect(quotableLines(body)).toEqual(['努力让“老有颐养、幼有善育”成为人民群众的幸福生活图景。']);
  });

  test('heading markers, list markers, blockquote markers and bold are stripped', () => {
    const body = [
      '### （一）运营居家和社区养老服务设施。',
      '- 健全养老托育服务政策体系',
      '* 扩大养老托育服务供给',
      '+ 提升养老托育服务质量',
      '12. 加强综合监管',
      '> 以应对人口老龄化、少子化为重点完善人口发展战略',
      '**提升托育和养老服务质量有何重要意义？**',
      '__托育__服务',
    ].join('\n');
    expect(quotableLines(body)).toEqual([
      '（一）运营居家和社区养老服务设施。',
      '健全养老托育服务政策体系',
      '扩大养老托育服务供给',
      '提升养老托育服务质量',
      '加强综合监管',
      '以应对人口老龄化、少子化为重点完善人口发展战略',
      '提升托育和养老服务质量有何重要意义？',
      '托育服务',
    ]);
  });

  test('an empty blockquote line is dropped', () => {
    expect(quotableLines('> 第一句\n>\n> ——《规划纲要》')).toEqual(['第一句', '——《规划纲要》']);
  });

  test('numbers that open a sentence without a space are not list markers', () => {
    expect(quotableLines('3.服务质量明显提升。')).toEqual(['3.服务质量明显提升。']);
  });

  test('table rows become their cells joined by " | ", separator rows are dropped', () => {
    const body = [
      '| 指标类别 | 具体指标 | 2020年实际值 | 2025年预期值 |',
      '| --- | --- | --- | --- |',
      '| 养老方面 |   基本养老保险参保率（%）| 94.5 |96 |',
      '|:----|----:|:---:|---|',
    ].join('\n');
    expect(quotableLines(body)).toEqual(['指标类别 | 具体指标 | 2020年实际值 | 2025年预期值', '养老方面 | 基本养老保险参保率（%） | 94.5 | 96']);
  });

  test('a correction inside a table cell reads as corrected', () => {
    const body = '| 养老方面 | 每千名老年人养老床位数:fix[（张）]{orig="（%）" reason="据文意改"} | 39 | 40 |';
    expect(quotableLines(body)).toEqual(['养老方面 | 每千名老年人养老床位数（张） | 39 | 40']);
  });

  test('a thematic break is dropped', () => {
    expect(quotableLines('上文。\n\n---\n\n下文。')).toEqual(['上文。', '下文。']);
  });

  test('whitespace runs, including full-width spaces and tabs, become one space', () => {
    expect(quotableLines('  北海市\t\t社会福利院\u3000\u3000进一步推进  ')).toEqual(['北海市 社会福利院 进一步推进']);
  });

  test('a line that holds only a note or a source marker disappears', () => {
    expect(quotableLines('正文。\n:note[只有编者注。]\n[@3]\n结尾。')).toEqual(['正文。', '结尾。']);
  });
});

describe('normaliseWhitespace', () => {
  test('collapses runs and trims', () => {
    expect(normaliseWhitespace('\n 全国 \u3000 托位\n约666万个 ')).toBe('全国 托位 约666万个');
  });
});

describe('containsQuote', () => {
  const lines = quotableLines(
    [
      '截至2025年末，全国共有养老机构4.17万家，养老床位合计768万张。',
      '',
      '截至2025年9月，全国托位约666万个，其中普惠性托位332万个。',
    ].join('\n'),
  );

  test('a quote within one line matches', () => {
    expect(containsQuote(lines, '全国共有养老机构4.17万家')).toBe(true);
  });

  test('a quote whose whitespace differs from the text still matches', () => {
    expect(containsQuote(quotableLines('北海市  社会福利院进一步推进'), ' 北海市\n社会福利院 ')).toBe(true);
  });

  test('a quote that spans two paragraphs does not match', () => {
    expect(containsQuote(lines, '养老床位合计768万张。截至2025年9月')).toBe(false);
    expect(containsQuote(lines, '养老床位合计768万张。 截至2025年9月')).toBe(false);
  });

  test('a quote with one changed character does not match', () => {
    expect(containsQuote(lines, '全国共有养老机构4.71万家')).toBe(false);
  });

  test('an empty or blank quote never matches', () => {
    expect(containsQuote(lines, '')).toBe(false);
    expect(containsQuote(lines, ' \n ')).toBe(false);
  });

  test('a quote copied from the uncorrected text of a real document does not match, the corrected one does', () => {
    const beihai = realDocuments().find((d) => d.id === 'bulletin-2023-01-beihai');
    if (beihai === undefined) throw new Error('bulletin-2023-01-beihai is missing');
    const real = quotableLines(beihai.body);
    expect(containsQuote(real, '不断提高全市托育机构照护服务质量')).toBe(true);
    expect(containsQuote(real, '不断提高石家庄市托育机构照护服务质量')).toBe(false);
  });

  test('a table row of a real document reads as its cells, with the correction applied', () => {
    const taian = realDocuments().find((d) => d.id === 'taian-yilao-yixiao-plan-draft');
    if (taian === undefined) throw new Error('taian-yilao-yixiao-plan-draft is missing');
    const real = quotableLines(taian.body);
    expect(real).toContain('养老方面 | 每千名老年人养老床位数（张） | 39 | 40');
    expect(real.some((line) => line.includes('---'))).toBe(false);
  });
});
