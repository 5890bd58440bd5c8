import { describe, expect, test } from 'vitest';
import { parseUniqueList } from '../../src/lib/unique-list';
import { region } from '../../src/schemas/region';
import { topic } from '../../src/schemas/topic';
import { readProjectFile } from './support/front-matter';

const FILE = 'data/regions.yaml';

describe('parseUniqueList', () => {
  test('a list of records with distinct ids comes back in order', () => {
    const text = ['- id: national', '  name: 全国', '- id: guangxi', '  name: 广西壮族自治区', '  parent: national', ''].join('\n');
    expect(parseUniqueList(text, FILE)).toEqual([
      { id: 'national', name: '全国' },
      { id: 'guangxi', name: '广西壮族自治区', parent: 'national' },
    ]);
  });

  test('a duplicate id names both positions and the rule', () => {
    const text = ['- id: national', '- id: beihai', '- id: guangxi', '- id: beihai', ''].join('\n');
    expect(() => parseUniqueList(text, FILE)).toThrow(
      'data/regions.yaml：id “beihai” 重复（第 2 项和第 4 项）。每个 id 只能出现一次 (yaml.duplicate-id)',
    );
  });

  test('a record without an id names its position', () => {
    const text = ['- id: national', '- name: 广西壮族自治区', ''].join('\n');
    expect(() => parseUniqueList(text, FILE)).toThrow('data/regions.yaml：第 2 项缺少 id (yaml.missing-id)');
  });

  test('an empty id counts as missing', () => {
    expect(() => parseUniqueList('- id: ""\n', FILE)).toThrow('data/regions.yaml：第 1 项缺少 id (yaml.missing-id)');
  });

  test('a bare string item counts as missing its id', () => {
    expect(() => parseUniqueList('- id: national\n- beihai\n', FILE)).toThrow('data/regions.yaml：第 2 项缺少 id (yaml.missing-id)');
  });

  test('a mapping instead of a list', () => {
    expect(() => parseUniqueList('national:\n  name: 全国\n', FILE)).toThrow(
      'data/regions.yaml：应为一个列表，每项以 “- id: …” 开头 (yaml.not-a-list)',
    );
  });

  test('an empty file is not a list', () => {
    expect(() => parseUniqueList('', FILE)).toThrow('(yaml.not-a-list)');
  });

  test('a YAML syntax error is reported with the parser message and the rule', () => {
    const text = '- id: national\n  name: [全国\n';
    let message = '';
    try {
      parseUniqueList(text, FILE);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^data\/regions\.yaml：YAML 无法解析（[\s\S]+）。请检查缩进和冒号 \(yaml\.parse\)$/);
  });

  test('the real regions and topics files parse, and each record passes its schema', () => {
    const regions = parseUniqueList(readProjectFile('data/regions.yaml'), 'data/regions.yaml');
    const topics = parseUniqueList(readProjectFile('content/topics.yaml'), 'content/topics.yaml');
    expect(regions.length).toBeGreaterThan(0);
    expect(topics.length).toBeGreaterThan(0);
    for (const r of regions) expect(region.safeParse(r).error?.issues ?? []).toEqual([]);
    for (const t of topics) expect(topic.safeParse(t).error?.issues ?? []).toEqual([]);
  });
});
