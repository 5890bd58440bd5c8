import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandPhrase } from '../../src/lib/search/expand';
import { compileSynonymRules, parseSynonymList } from '../../src/lib/search/synonyms';
import type { Region } from '../../src/schemas/region';

const REGIONS: Region[] = [
  { id: 'national', name: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' },
  { id: 'guangxi', name: '广西壮族自治区', shortName: '广西', nameEn: 'Guangxi Zhuang Autonomous Region', pinyin: 'guangxi', level: 'provincial', parent: 'national' },
  { id: 'beihai', name: '北海市', shortName: '北海', nameEn: 'Beihai', pinyin: 'beihai', level: 'municipal', parent: 'guangxi' },
  { id: 'taian', name: '泰安市', shortName: '泰安', nameEn: "Tai'an", pinyin: 'taian', level: 'municipal', parent: 'national' },
];
const NO_TABLES = { t2s: new Map<string, string>() };

describe('synonym list', () => {
  it('reads the maintained list in data/', () => {
    const list = parseSynonymList(readFileSync('data/search-synonyms.yaml', 'utf8'));
    expect(list.equivalents).toContainEqual(['托育', '婴幼儿照护']);
    expect(list.rewrites).toContainEqual({ from: ['长照', '长护险', '长期照护'], to: '长期护理' });
    expect(list.rewrites.find((r) => r.to === '助餐')?.from).toEqual(expect.arrayContaining(['老年食堂', '老年餐桌']));
  });

  it('stops the build with the file, the place and what is wrong', () => {
    expect(() => parseSynonymList('equivalents:\n  - [托育]\n')).toThrow(
      'data/search-synonyms.yaml › equivalents.0：equivalents 的每一组至少要有两个词 (search.synonyms-schema)',
    );
    expect(() => parseSynonymList('rewrites:\n  - from: []\n    to: 助餐\n')).toThrow('data/search-synonyms.yaml › rewrites.0.from：rewrites 的 from 至少要有一个词 (search.synonyms-schema)');
    expect(() => parseSynonymList('rewrites:\n  - from: [长照]\n    to: 长期护理\n    note: x\n')).toThrow(/data\/search-synonyms\.yaml › rewrites\.0：.*\(search\.synonyms-schema\)/);
    expect(() => parseSynonymList('equivalents: [托育, [')).toThrow(/^data\/search-synonyms\.yaml：YAML 写法有误：.*\(search\.synonyms-yaml\)$/s);
  });

  it('compiles both directions of equivalents, one-way rewrites and region names', () => {
    const rules = compileSynonymRules({ equivalents: [['托育', '婴幼儿照护']], rewrites: [{ from: ['老年食堂', '长者食堂'], to: '助餐' }] }, REGIONS, NO_TABLES);
    const pairs = rules.map((r) => `${r.from}→${r.to}`);
    expect(pairs).toEqual(expect.arrayContaining(['托育→婴幼儿照护', '婴幼儿照护→托育', '老年食堂→助餐', '长者食堂→助餐']));
    expect(pairs).not.toContain('助餐→老年食堂');
    expect(pairs).toEqual(expect.arrayContaining(['北海市→北海', 'beihai→北海', 'guangxi zhuang autonomous region→广西', 'taian→泰安', 'china→全国', 'quanguo→全国']));
  });
});

describe('expandPhrase', () => {
  const rules = compileSynonymRules(parseSynonymList(readFileSync('data/search-synonyms.yaml', 'utf8')), REGIONS, NO_TABLES);

  it('keeps the phrase as typed first, at full weight', () => {
    const [first, ...rest] = expandPhrase('老年食堂', rules);
    expect(first).toEqual({ parts: ['老年食堂'], via: 'exact', weight: 1, label: '老年食堂' });
    expect(rest.map((a) => a.parts)).toContainEqual(['助餐']);
    expect(rest.every((a) => a.weight < 1)).toBe(true);
  });

  it('replaces a synonym inside a longer phrase, also as separate parts', () => {
    const parts = expandPhrase('长照险', rules).map((a) => a.parts);
    expect(parts).toContainEqual(['长期护理险']);
    expect(parts).toContainEqual(['长期护理', '险']);
  });

  it('applies rules written in letters only to the whole phrase', () => {
    expect(expandPhrase('beihai', rules).map((a) => a.parts)).toContainEqual(['北海']);
    expect(expandPhrase('beihaixyz', rules)).toHaveLength(1);
    expect(expandPhrase('北海市', rules).map((a) => [a.via, a.parts[0]])).toContainEqual(['region', '北海']);
  });
});
