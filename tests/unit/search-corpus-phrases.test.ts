import { describe, expect, it } from 'vitest';
import { CORPUS_PHRASE_RULES, corpusPhrases, phraseSample, type CorpusPhraseRules } from '../../src/lib/search/corpus-phrases';

// Characters with no meaning here, to give a phrase varied neighbours: none is a function character.
const LEFT = [...'甲乙丙丁戊己庚辛壬癸'];
const RIGHT = [...'子丑寅卯辰巳午未申酉'];

/** `count` sections, the i-th with `phrase` between the i-th characters of LEFT and RIGHT (cycling), in a sentence. */
function sectionsWith(phrase: string, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return `${LEFT[i % LEFT.length]}${phrase}${RIGHT[(i * 3) % RIGHT.length]}。`;
  });
}

/** Rules for a small corpus: three sections are enough, whatever their share. */
const SMALL: CorpusPhraseRules = { ...CORPUS_PHRASE_RULES, minSections: 3, minSectionShare: 0 };

describe('corpusPhrases', () => {
  it('finds a run of characters that many sections have, with varied neighbours', () => {
    expect(corpusPhrases([...sectionsWith('普惠托育', 10), '无关的文字。'], SMALL)).toContain('普惠托育');
  });

  it('reads a character outside the BMP as one character', () => {
    // 𠮷 (U+20BB7) is two UTF-16 units: 𠮷野家园 is four characters, and its neighbours vary.
    const phrases = corpusPhrases(sectionsWith('𠮷野家园', 10), SMALL);
    expect(phrases).toEqual(['𠮷野家园']);
  });

  it('counts sections, not occurrences', () => {
    const once = [`${sectionsWith('普惠托育', 10).join('')}`, '别的内容。', '其他段落。'];
    expect(corpusPhrases(once, SMALL)).toEqual([]);
  });

  it('does not take a fragment whose neighbour never varies (长期护理保, always before 险)', () => {
    const phrases = corpusPhrases(sectionsWith('长期护理保险', 10), SMALL);
    expect(phrases).toContain('长期护理保险');
    expect(phrases).not.toContain('长期护理保');
    expect(phrases).not.toContain('期护理保险');
    expect(phrases).not.toContain('护理保险');
  });

  it('does not take two common words that only sometimes meet (推进 + 养老)', () => {
    const texts = [...sectionsWith('推进', 30), ...sectionsWith('养老', 30, 3), ...sectionsWith('推进养老', 5, 5)];
    expect(corpusPhrases(texts, SMALL)).not.toContain('推进养老');
    // The rule is what keeps it out: without it, the phrase is free on both sides and frequent.
    expect(corpusPhrases(texts, { ...SMALL, minCohesion: 0 })).toContain('推进养老');
  });

  it('does not take a phrase that begins or ends with a function character', () => {
    // 养老服务的 has varied neighbours on both sides; 养老服务站, in the same places, is taken.
    expect(corpusPhrases(sectionsWith('养老服务的', 10), SMALL)).not.toContain('养老服务的');
    expect(corpusPhrases(sectionsWith('养老服务站', 10), SMALL)).toContain('养老服务站');
  });

  it('needs the share of sections the rules ask, and at least minSections', () => {
    const texts = [...sectionsWith('普惠托育', 4), ...Array.from({ length: 96 }, (_, i) => `段落${LEFT[i % 10]}${RIGHT[i % 10]}。`)];
    expect(corpusPhrases(texts, { ...SMALL, minSectionShare: 0.04 })).toContain('普惠托育');
    expect(corpusPhrases(texts, { ...SMALL, minSectionShare: 0.05 })).not.toContain('普惠托育');
    expect(corpusPhrases(texts, { ...SMALL, minSections: 5 })).not.toContain('普惠托育');
  });

  it('lists the phrases in the most sections first, ties in UTF-16 order, at most `limit`', () => {
    const texts = [...sectionsWith('医养结合', 4), ...sectionsWith('托育服务', 6), ...sectionsWith('喘息服务', 6), ...sectionsWith('智慧养老', 5)];
    expect(corpusPhrases(texts, SMALL)).toEqual(['喘息服务', '托育服务', '智慧养老', '医养结合']);
    expect(corpusPhrases(texts, { ...SMALL, limit: 2 })).toEqual(['喘息服务', '托育服务']);
  });

  it('keeps phrases within the lengths the rules ask', () => {
    // Twelve characters, always together: none of its shorter runs stands free.
    const texts = sectionsWith('托育服务体系建设工作方案', 10);
    expect(corpusPhrases(texts, SMALL)).toEqual([]);
    expect(corpusPhrases(texts, { ...SMALL, maxLength: 12 })).toEqual(['托育服务体系建设工作方案']);
    expect(corpusPhrases(sectionsWith('托育服', 10), SMALL)).toEqual([]);
  });
});

describe('phraseSample', () => {
  const texts = Array.from({ length: 100 }, (_, i) => `第${i}段文字。`.padEnd(10, '字'));

  it('is every section when their text fits', () => {
    expect(phraseSample(texts, 1_000)).toEqual(texts);
  });

  it('is every k-th section otherwise, within the budget, the same every time', () => {
    const sample = phraseSample(texts, 250);
    expect(sample.reduce((sum, t) => sum + t.length, 0)).toBeLessThanOrEqual(250);
    expect(sample).toEqual(texts.filter((_, i) => i % 4 === 0));
    expect(phraseSample(texts, 250)).toEqual(sample);
  });
});
