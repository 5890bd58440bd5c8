import { describe, expect, test } from 'vitest';
import type { CheckedFigure } from '../../src/lib/figure-check';
import {
  comparabilityNotes,
  displayQualifier,
  formatQualified,
  formatValue,
  KIND_NAMES,
  latestPointsByRegion,
  summariseComparison,
  toIndicatorUnit,
  type ComparablePoint,
} from '../../src/lib/indicator-math';
import type { FigureKind, Indicator } from '../../src/schemas/indicator';
import { BEDS, guangxiBedsFigure, TEST_UNITS } from './support/indicators';

const UNITS = TEST_UNITS;


function figure(overrides: Partial<CheckedFigure> = {}): CheckedFigure {
  return guangxiBedsFigure(overrides);
}

const LABELS: Record<string, string> = { national: '全国', guangxi: '广西', beihai: '北海', hangzhou: '杭州', taian: '泰安' };

function point(region: string, kind: FigureKind, year: number, value: number, qualifier = ''): ComparablePoint {
  return { region, regionLabel: LABELS[region] ?? region, year, kind, value, qualifier, figure: figure({ region, kind, year, value, qualifier: qualifier as CheckedFigure['qualifier'], unit: '张' }) };
}

const brief = (points: readonly ComparablePoint[]) => points.map((p) => `${p.region} ${p.kind} ${p.year} ${p.value}`);

describe('toIndicatorUnit', () => {
  test('万张 → 张', () => {
    expect(toIndicatorUnit(figure({ value: 27.2, unit: '万张' }), BEDS, UNITS)).toBe(272000);
    expect(toIndicatorUnit(figure({ value: 768, unit: '万张' }), BEDS, UNITS)).toBe(7680000);
  });

  test('factors that are inexact in binary give exact results (0.1 万张 → 1000 张)', () => {
    expect(toIndicatorUnit(figure({ value: 0.1, unit: '万张' }), BEDS, UNITS)).toBe(1000);
    expect(toIndicatorUnit(figure({ value: 0.07, unit: '万张' }), BEDS, UNITS)).toBe(700);
    expect(toIndicatorUnit(figure({ value: 4.17, unit: '万张' }), BEDS, UNITS)).toBe(41700);
  });

  test('the same unit is unchanged', () => {
    expect(toIndicatorUnit(figure({ value: 4585, unit: '张' }), BEDS, UNITS)).toBe(4585);
  });

  test('down to a larger unit: 人 and 亿人 into an indicator in 万人', () => {
    const population: Indicator = { ...BEDS, id: 'total-population', unit: '万人' };
    expect(toIndicatorUnit(figure({ value: 5000, unit: '人' }), population, UNITS)).toBe(0.5);
    expect(toIndicatorUnit(figure({ value: 1.3, unit: '亿人' }), population, UNITS)).toBe(13000);
  });

  test('units with different bases cannot be converted', () => {
    expect(() => toIndicatorUnit(figure({ value: 382, unit: '个' }), BEDS, UNITS)).toThrow(new Error('个 → 张：单位无法换算 (indicator.unit-conversion)'));
  });

  test('an unknown unit on either side cannot be converted', () => {
    expect(() => toIndicatorUnit(figure({ unit: '万床' }), BEDS, UNITS)).toThrow(new Error('万床 → 张：单位无法换算 (indicator.unit-conversion)'));
    expect(() => toIndicatorUnit(figure({ unit: '万张' }), { ...BEDS, unit: '床' }, UNITS)).toThrow(new Error('万张 → 床：单位无法换算 (indicator.unit-conversion)'));
  });
});

describe('latestPointsByRegion', () => {
  test('per region the latest actual and the latest target; estimates and standards are left out', () => {
    const points = [
      point('guangxi', 'actual', 2015, 160000),
      point('guangxi', 'actual', 2021, 272000),
      point('guangxi', 'target', 2023, 300000),
      point('guangxi', 'target', 2025, 320000),
      point('guangxi', 'estimate', 2030, 400000),
      point('guangxi', 'standard', 2025, 1),
    ];
    expect(brief(latestPointsByRegion(points))).toEqual(['guangxi actual 2021 272000', 'guangxi target 2025 320000']);
  });

  test('the input order does not matter', () => {
    const points = [point('guangxi', 'actual', 2021, 272000), point('guangxi', 'actual', 2015, 160000)];
    expect(brief(latestPointsByRegion(points))).toEqual(brief(latestPointsByRegion([...points].reverse())));
    expect(brief(latestPointsByRegion(points))).toEqual(['guangxi actual 2021 272000']);
  });

  test('two figures of the same year: the higher value is kept', () => {
    const points = [point('beihai', 'actual', 2021, 5000), point('beihai', 'actual', 2021, 5200), point('beihai', 'actual', 2021, 4900)];
    expect(brief(latestPointsByRegion(points))).toEqual(['beihai actual 2021 5200']);
  });

  test('regions are ordered by latest actual, highest first; a region without an actual ranks by its target', () => {
    const points = [
      point('beihai', 'actual', 2021, 12000),
      point('hangzhou', 'target', 2025, 100000),
      point('guangxi', 'target', 2025, 20000),
      point('guangxi', 'actual', 2021, 272000),
      point('taian', 'actual', 2020, 47189),
    ];
    expect(brief(latestPointsByRegion(points))).toEqual([
      'guangxi actual 2021 272000',
      'guangxi target 2025 20000',
      'hangzhou target 2025 100000',
      'taian actual 2020 47189',
      'beihai actual 2021 12000',
    ]);
  });

  test('regions with the same rank are ordered by id, actual before target', () => {
    const points = [point('taian', 'target', 2025, 40), point('beihai', 'target', 2025, 40), point('beihai', 'actual', 2021, 40)];
    expect(brief(latestPointsByRegion(points))).toEqual(['beihai actual 2021 40', 'beihai target 2025 40', 'taian target 2025 40']);
  });

  test('no points, no chart points', () => {
    expect(latestPointsByRegion([])).toEqual([]);
  });
});

describe('displayQualifier', () => {
  test('达到 is not shown; other qualifiers and the empty one are shown as they are', () => {
    expect(displayQualifier('达到')).toBe('');
    expect(displayQualifier('约')).toBe('约');
    expect(displayQualifier('超过')).toBe('超过');
    expect(displayQualifier('')).toBe('');
  });
});

describe('formatValue', () => {
  test.each([
    [272000, '272,000'],
    [4.73, '4.73'],
    [45.456, '45.46'],
    [45.5, '45.5'],
    [0.1, '0.1'],
    [1234567.891, '1,234,567.89'],
    [0, '0'],
  ])('%d → %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });
});

describe('KIND_NAMES', () => {
  test('every kind has its Chinese name', () => {
    expect(KIND_NAMES).toEqual({ actual: '实际值', target: '目标值', estimate: '估计值', standard: '标准' });
  });
});

describe('summariseComparison', () => {
  test('two or more actuals: highest and lowest, the range of targets and the national figures', () => {
    const points = [
      point('guangxi', 'actual', 2021, 272000),
      point('taian', 'actual', 2020, 47189),
      point('beihai', 'actual', 2021, 12000, '约'),
      point('hangzhou', 'target', 2025, 100000, '达到'),
      point('guangxi', 'target', 2025, 300000),
      point('national', 'actual', 2025, 7680000),
      point('national', 'target', 2025, 8000000),
    ];
    expect(summariseComparison(points, BEDS, '张')).toBe(
      '有数据的 4 个地区中，养老床位数实际值最高的是广西（272,000张，2021年），最低的是北海（约12,000张，2021年）；' +
        '目标值从杭州（100,000张，2025年目标）到广西（300,000张，2025年目标）不等；全国为7,680,000张（2025年）；全国目标为8,000,000张（2025年）。',
    );
  });

  test('a lower-is-better indicator says so', () => {
    const minutes: Indicator = { ...BEDS, id: 'elderly-service-circle-minutes', name: '养老服务圈', unit: '分钟', direction: 'lower-is-better' };
    const points = [point('hangzhou', 'actual', 2022, 15), point('guangxi', 'actual', 2022, 20)];
    expect(summariseComparison(points, minutes, '分钟')).toBe(
      '有数据的 2 个地区中，养老服务圈实际值最高的是广西（20分钟，2022年），最低的是杭州（15分钟，2022年）；该指标越低越好。',
    );
  });

  test('one actual and one target', () => {
    const points = [point('beihai', 'actual', 2021, 12000, '约'), point('guangxi', 'target', 2025, 300000, '达到')];
    expect(summariseComparison(points, BEDS, '张')).toBe('养老床位数只有北海（约12,000张，2021年）一个地方的实际值；目标值为广西（300,000张，2025年目标）。');
  });

  test('only targets', () => {
    const points = [point('guangxi', 'target', 2025, 300000), point('taian', 'target', 2025, 50000), point('national', 'target', 2025, 8000000)];
    expect(summariseComparison(points, BEDS, '张')).toBe(
      '养老床位数各地只有目标值，没有实际值；目标值从泰安（50,000张，2025年目标）到广西（300,000张，2025年目标）不等；全国目标为8,000,000张（2025年）。',
    );
  });

  test('a national actual is not counted among the regions', () => {
    const points = [point('national', 'actual', 2025, 7680000), point('taian', 'actual', 2020, 47189)];
    expect(summariseComparison(points, BEDS, '张')).toBe('养老床位数只有泰安（47,189张，2020年）一个地方的实际值；全国为7,680,000张（2025年）。');
  });

  test('decimals are printed with at most two places', () => {
    const perThousand: Indicator = { ...BEDS, id: 'childcare-places-per-1000', name: '每千人口托位数', unit: '个/千人' };
    const points = [point('national', 'actual', 2025, 4.73), point('guangxi', 'actual', 2021, 1.8, '达到'), point('beihai', 'estimate', 2022, 2.65)];
    expect(summariseComparison(points, perThousand, '个/千人')).toBe('每千人口托位数只有广西（1.8个/千人，2021年）一个地方的实际值；全国为4.73个/千人（2025年）。');
  });
});

describe('comparabilityNotes', () => {
  test('same years and no qualifiers: no notes', () => {
    expect(comparabilityNotes([point('guangxi', 'actual', 2021, 1), point('beihai', 'actual', 2021, 2), point('guangxi', 'target', 2025, 3)])).toEqual([]);
  });

  test('actual years that differ are listed in order', () => {
    expect(comparabilityNotes([point('guangxi', 'actual', 2021, 1), point('taian', 'actual', 2020, 2), point('national', 'actual', 2025, 3), point('beihai', 'actual', 2021, 4)])).toEqual([
      '各地实际值的年份不同（2020、2021、2025年），比较时请注意时间差。',
    ]);
  });

  test('target years that differ are listed in order', () => {
    expect(comparabilityNotes([point('guangxi', 'target', 2025, 1), point('beihai', 'target', 2023, 2)])).toEqual(['各地目标年份不同（2023、2025年）。']);
  });

  test('a shown qualifier adds a note; 达到 alone does not', () => {
    expect(comparabilityNotes([point('guangxi', 'actual', 2021, 1, '达到')])).toEqual([]);
    expect(comparabilityNotes([point('guangxi', 'actual', 2021, 1, '约')])).toEqual(['部分数值原文带有限定词（如“约”“以上”），图中按原数绘制。']);
  });

  test('all three notes, in order', () => {
    const notes = comparabilityNotes([
      point('guangxi', 'actual', 2021, 1, '超过'),
      point('taian', 'actual', 2020, 2),
      point('guangxi', 'target', 2025, 3),
      point('taian', 'target', 2023, 4),
    ]);
    expect(notes).toEqual([
      '各地实际值的年份不同（2020、2021年），比较时请注意时间差。',
      '各地目标年份不同（2023、2025年）。',
      '部分数值原文带有限定词（如“约”“以上”），图中按原数绘制。',
    ]);
  });
});

describe('formatQualified', () => {
  test('puts each qualifier where Chinese prints it', () => {
    expect(formatQualified(15, '约', '万人')).toBe('约15万人');
    expect(formatQualified(1600, '余', '家')).toBe('1,600余家');
    expect(formatQualified(60, '以上', '%')).toBe('60%以上');
    expect(formatQualified(5000, '左右', '个')).toBe('5,000个左右');
    expect(formatQualified(2.9, '达到', '个/千人')).toBe('2.9个/千人');
    expect(formatQualified(15, '', '分钟', 20)).toBe('15—20分钟');
  });
});
