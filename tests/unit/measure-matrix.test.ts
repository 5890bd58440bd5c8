import { describe, expect, test } from 'vitest';
import { adoptionMatrix } from '../../src/lib/measure-matrix';
import type { CheckedAdoption } from '../../src/lib/measure-check';
import type { Measure } from '../../src/schemas/measure';
import type { Region } from '../../src/schemas/region';

const MEASURES: Measure[] = [
  { id: 'family-care-beds', name: '家庭养老床位', description: '把专业照护服务延伸到家庭，设立家庭养老床位。' },
  { id: 'time-bank', name: '时间银行', description: '志愿服务时间储蓄、日后兑换服务的互助养老机制。' },
  { id: 'elderly-meal-service', name: '老年助餐', description: '老年食堂、老年餐桌、助餐点等助餐服务。' },
  { id: 'respite-care', name: '喘息服务', description: '为长期照护失能老人的家庭成员提供短期替代照护。' },
];

const REGIONS: Region[] = [
  { id: 'national', name: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' },
  { id: 'guangxi', name: '广西壮族自治区', shortName: '广西', nameEn: 'Guangxi', pinyin: 'guangxi', level: 'provincial', parent: 'national' },
  { id: 'beihai', name: '北海市', shortName: '北海', nameEn: 'Beihai', pinyin: 'beihai', level: 'municipal', parent: 'guangxi' },
  { id: 'hangzhou', name: '杭州市', shortName: '杭州', nameEn: 'Hangzhou', pinyin: 'hangzhou', level: 'municipal', parent: 'national' },
];

let line = 2;
function adoption(region: string, measure: string, quote = '一句能说明采用该措施的原文。'): CheckedAdoption {
  return { line: line++, region, measure, document: `${region}-doc`, quote, note: '' };
}

const ADOPTIONS: CheckedAdoption[] = [
  adoption('hangzhou', 'time-bank'),
  adoption('hangzhou', 'elderly-meal-service', '全市共建成村社老年食堂1600余家'),
  adoption('hangzhou', 'elderly-meal-service', '老年助餐服务覆盖城乡社区'),
  adoption('national', 'family-care-beds'),
  adoption('guangxi', 'family-care-beds'),
  adoption('national', 'elderly-meal-service'),
  adoption('national', 'time-bank'),
];

describe('adoptionMatrix', () => {
  const matrix = adoptionMatrix(ADOPTIONS, MEASURES, REGIONS);

  test('measures with adoptions only, most regions first, ties by id; several rows of one region count once', () => {
    expect(matrix.measures.map((m) => m.id)).toEqual(['elderly-meal-service', 'family-care-beds', 'time-bank']);
  });

  test('regions with adoptions only, in data/regions.yaml order', () => {
    expect(matrix.regions.map((r) => r.id)).toEqual(['national', 'guangxi', 'hangzhou']);
  });

  test('a cell holds every row of that measure and region, in input order', () => {
    expect(matrix.cell('elderly-meal-service', 'hangzhou').map((a) => a.quote)).toEqual(['全市共建成村社老年食堂1600余家', '老年助餐服务覆盖城乡社区']);
    expect(matrix.cell('family-care-beds', 'guangxi')).toEqual([ADOPTIONS[4]]);
  });

  test('an empty cell is an empty list', () => {
    expect(matrix.cell('family-care-beds', 'hangzhou')).toEqual([]);
    expect(matrix.cell('respite-care', 'beihai')).toEqual([]);
  });

  test('the anchor of a cell names its measure and region', () => {
    expect(matrix.anchor('time-bank', 'hangzhou')).toBe('q-time-bank-hangzhou');
  });

  test('regionCount counts the regions of a measure, several rows of one region once', () => {
    expect(MEASURES.map((m) => matrix.regionCount(m.id))).toEqual([2, 2, 2, 0]);
  });

  test('no adoptions, an empty matrix', () => {
    const empty = adoptionMatrix([], MEASURES, REGIONS);
    expect(empty.measures).toEqual([]);
    expect(empty.regions).toEqual([]);
  });
});
