import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/search/normalise';
import { indexTerms, isExactLookup, phraseTerms, runsOf, shardOf, termFamily } from '../../src/lib/search/tokenize';
import { WholePhrases } from '../../src/lib/search/whole-phrases';

const NONE = WholePhrases.NONE;

describe('tokenize', () => {
  it('splits normalised text into Chinese runs and words', () => {
    expect(runsOf('3岁以下 app使用').map((r) => [r.kind, r.chars.join('')])).toEqual([
      ['word', '3'],
      ['han', '岁以下'],
      ['word', 'app'],
      ['han', '使用'],
    ]);
  });

  it('indexes every 1-, 2- and 3-gram of adjacent characters, and whole words', () => {
    const terms = indexTerms(normalise('托位，托育 GDP'), NONE);
    expect([...terms.keys()].sort()).toEqual(['gdp', '位', '托', '托位', '托育', '育'].sort());
    expect(terms.get('托')).toBe(2);
    expect([...indexTerms('普惠托育', NONE).keys()]).toEqual(['普', '普惠', '普惠托', '惠', '惠托', '惠托育', '托', '托育', '育']);
  });

  it('never joins characters that are not adjacent: 托管…单位 has no 托位', () => {
    const terms = indexTerms(normalise('开展托管服务的单位'), NONE);
    expect(terms.has('托位')).toBe(false);
    expect(terms.has('托管')).toBe(true);
  });

  it('looks up a short phrase as itself and a long one as its chain of triples', () => {
    expect(phraseTerms('托', NONE)).toEqual(['托']);
    expect(phraseTerms('托位', NONE)).toEqual(['托位']);
    expect(phraseTerms('医养结', NONE)).toEqual(['医养结']);
    expect(phraseTerms('养老床位', NONE)).toEqual(['养老床', '老床位']);
    // Longer runs: every third triple from the start, and the last, so every character is covered.
    expect(phraseTerms('家庭养老床位', NONE)).toEqual(['家庭养', '老床位']);
    expect(phraseTerms('托育服务体系建设', NONE)).toEqual(['托育服', '务体系', '系建设']);
    expect(phraseTerms('普惠托育', NONE)).toEqual(['普惠托', '惠托育']);
    expect(phraseTerms('3岁以下', NONE)).toEqual(['3', '岁以下']);
    expect(phraseTerms('beihai', NONE)).toEqual(['beihai']);
  });

  it('knows which look-ups prove a phrase by themselves', () => {
    expect(isExactLookup('托位', NONE)).toBe(true);
    expect(isExactLookup('护理型', NONE)).toBe(true);
    expect(isExactLookup('beihai', NONE)).toBe(true);
    expect(isExactLookup('养老床位', NONE)).toBe(false);
    expect(isExactLookup('3岁', NONE)).toBe(false);
  });

  describe('with the domain’s phrases indexed whole', () => {
    const whole = new WholePhrases(['长期护理保险', '家庭养老床位']);

    it('indexes each whole phrase once per place it stands, beside its n-grams', () => {
      const terms = indexTerms(normalise('家庭养老床位和家庭养老床位补贴；长期护理，保险'), whole);
      expect(terms.get('家庭养老床位')).toBe(2);
      expect(terms.get('家庭养')).toBe(2);
      // Not across punctuation, and not a phrase the list does not have.
      expect(terms.has('长期护理保险')).toBe(false);
      expect(terms.has('养老床位')).toBe(false);
      expect([...indexTerms(normalise('家庭养老床'), whole).keys()]).not.toContain('家庭养老床位');
    });

    it('looks a whole phrase up as one exact term, and other long phrases by their triples', () => {
      expect(phraseTerms('长期护理保险', whole)).toEqual(['长期护理保险']);
      expect(isExactLookup('长期护理保险', whole)).toBe(true);
      expect(phraseTerms('长期护理', whole)).toEqual(['长期护', '期护理']);
      expect(isExactLookup('长期护理', whole)).toBe(false);
      // A whole phrase next to a word is still two terms, and no proof of the phrase as typed.
      expect(phraseTerms('2024家庭养老床位', whole)).toEqual(['2024', '家庭养老床位']);
      expect(isExactLookup('2024家庭养老床位', whole)).toBe(false);
    });
  });

  it('puts terms in families and shards the same way everywhere', () => {
    expect(termFamily('托')).toBe('g1');
    expect(termFamily('beihai')).toBe('g1');
    expect(termFamily('托位')).toBe('g2');
    expect(termFamily('养老床')).toBe('g3');
    // FNV-1a: a known value, so a change of hash (which needs a rebuilt index) shows here.
    expect(shardOf('a', 2 ** 32 - 1)).toBe(0xe40c292c % (2 ** 32 - 1));
    expect(shardOf('托位', 32)).toBeLessThan(32);
  });
});
