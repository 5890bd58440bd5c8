import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src/lib/search/normalise';
import { highlightAll, matchRanges, segmentsToMarkedText, snippet } from '../../src/lib/search/snippet';

describe('highlighting', () => {
  it('marks every occurrence, found on normalised text, in the text as printed', () => {
    expect(segmentsToMarkedText(highlightAll('托位与托 位', ['托位']))).toBe('【托位】与【托 位】');
    expect(segmentsToMarkedText(highlightAll('ＢＥＩＨＡＩ和Beihai', ['beihai']))).toBe('【ＢＥＩＨＡＩ】和【Beihai】');
  });

  it('takes in the opening quotation mark when the match spans the quotation', () => {
    expect(segmentsToMarkedText(highlightAll('出台“一老一小”整体解决方案', ['一老一小整体解决方案']))).toBe('出台【“一老一小”整体解决方案】');
    expect(segmentsToMarkedText(highlightAll('“托位”', ['托位']))).toBe('“【托位】”');
  });

  it('merges overlapping matches and does not mark letters inside words', () => {
    expect(matchRanges('养老床位', ['养老', '老床位'])).toEqual([[0, 4]]);
    expect(segmentsToMarkedText(highlightAll('guangxi x', ['x']))).toBe('guangxi 【x】');
  });

  it('never produces markup: the text of a match is the text itself', () => {
    const segments = highlightAll('<img src=x onerror=alert(1)>', ['img']);
    expect(segments).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x onerror=alert(1)>', match: false },
    ]);
  });
});

describe('snippet', () => {
  const long = `${'前文'.repeat(60)}。据统计，全市托位数达到4.6个。${'后文'.repeat(60)}`;

  it('cuts a window around the first match, with … where cut', () => {
    const text = segmentsToMarkedText(snippet(long, ['托位']));
    expect(text.startsWith('…据统计，全市【托位】数达到4.6个。')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect([...text].length).toBeLessThan(130);
  });

  it('never starts or ends inside a match', () => {
    const text = `${'甲'.repeat(200)}养老${'乙'.repeat(200)}`;
    for (let length = 20; length < 60; length += 1) {
      const marked = snippet(text, ['乙', '养老'], undefined, length).filter((s) => s.match).map((s) => s.text);
      expect(marked.every((m) => m === '养老' || m === '乙')).toBe(true);
    }
    const cut = segmentsToMarkedText(snippet(`${'前'.repeat(50)}养老${'中'.repeat(20)}托位${'后'.repeat(50)}`, ['托位', '养老'], undefined, 40));
    expect(cut).toContain('【托位】');
    expect(cut).not.toMatch(/…【?老/);
  });

  it('shows blocks as spaces and short texts whole', () => {
    expect(segmentsToMarkedText(snippet(`托育${BLOCK_SEPARATOR}托位`, ['托位']))).toBe('托育 【托位】');
  });

  it('starts at the top when nothing matches', () => {
    expect(segmentsToMarkedText(snippet('没有匹配的短文本。', ['托位']))).toBe('没有匹配的短文本。');
  });
});
