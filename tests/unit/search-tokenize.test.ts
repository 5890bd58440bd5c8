import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/search/normalise';
import { indexTerms, isExactLookup, phraseTerms, runsOf, shardOf, termFamily } from '../../src/lib/search/tokenize';

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
    const terms = indexTerms(normalise('托位，托育 GDP'));
    expect([...terms.keys()].sort()).toEqual(['gdp', '位', '托', '托位', '托育', '育'].sort());
    expect(terms.get('托')).toBe(2);
    expect([...indexTerms('普惠托育').keys()]).toEqual(['普', '普惠', '普惠托', '惠', '惠托', '惠托育', '托', '托育', '育']);
  });

  it('never joins characters that are not adjacent: 托管…单位 has no 托位', () => {
    const terms = indexTerms(normalise('开展托管服务的单位'));
    expect(terms.has('托位')).toBe(false);
    expect(terms.has('托管')).toBe(true);
  });

  it('looks up a short phrase as itself and a long one as its chain of triples', () => {
    expect(phraseTerms('托')).toEqual(['托']);
    expect(phraseTerms('托位')).toEqual(['托位']);
    expect(phraseTerms('医养结')).toEqual(['医养结']);
    expect(phraseTerms('养老床位')).toEqual(['养老床', '老床位']);
    // Longer runs: every third triple from the start, and the last, so every character is covered.
    expect(phraseTerms('家庭养老床位')).toEqual(['家庭养', '老床位']);
    expect(phraseTerms('托育服务体系建设')).toEqual(['托育服', '务体系', '系建设']);
    expect(phraseTerms('普惠托育')).toEqual(['普惠托', '惠托育']);
    expect(phraseTerms('3岁以下')).toEqual(['3', '岁以下']);
    expect(phraseTerms('beihai')).toEqual(['beihai']);
  });

  it('knows which look-ups prove a phrase by themselves', () => {
    expect(isExactLookup('托位')).toBe(true);
    expect(isExactLookup('护理型')).toBe(true);
    expect(isExactLookup('beihai')).toBe(true);
    expect(isExactLookup('养老床位')).toBe(false);
    expect(isExactLookup('3岁')).toBe(false);
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
