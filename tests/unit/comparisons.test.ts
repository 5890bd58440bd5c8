import { describe, expect, test } from 'vitest';
import { buildComparisons, pointsForIndicator, regionLabel } from '../../src/lib/comparisons';
import { FIGURE_COLUMNS, readCsvRecords } from '../../src/lib/csv-records';
import { checkFigureRecords, type CheckedFigure } from '../../src/lib/figure-check';
import type { Indicator } from '../../src/schemas/indicator';
import type { Region } from '../../src/schemas/region';
import { readProjectFile } from './support/front-matter';
import { realDataset } from './support/real-dataset';
import { BEDS as BASE_BEDS, guangxiBedsFigure, TEST_UNITS } from './support/indicators';

const REGIONS: Region[] = [
  { id: 'national', name: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' },
  { id: 'guangxi', name: '广西壮族自治区', shortName: '广西', nameEn: 'Guangxi', pinyin: 'guangxi', level: 'provincial', parent: 'national' },
  { id: 'beihai', name: '北海市', shortName: '北海', nameEn: 'Beihai', pinyin: 'beihai', level: 'municipal', parent: 'guangxi' },
];
const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

const UNITS = TEST_UNITS;

const BEDS: Indicator = { ...BASE_BEDS, caveats: '有的地方只计养老机构床位，口径需看原句。' };
const NURSING_SHARE: Indicator = { ...BEDS, id: 'nursing-bed-share', name: '护理型床位占比', unit: '%', caveats: undefined };
const NOT_COMPARED: Indicator = { ...BEDS, id: 'new-elderly-care-beds', name: '新增养老床位', compare: false };

let nextLine = 2;
function figure(overrides: Partial<CheckedFigure>): CheckedFigure {
  return guangxiBedsFigure({ line: nextLine++, ...overrides });
}

const FIGURES: CheckedFigure[] = [
  figure({ year: 2015, value: 16 }),
  figure({ year: 2021, value: 27.2 }),
  figure({ region: 'beihai', year: 2021, value: 12000, unit: '张', qualifier: '约' }),
  figure({ region: 'national', year: 2025, value: 768 }),
  figure({ indicator: 'nursing-bed-share', kind: 'target', year: 2023, value: 53, unit: '%', qualifier: '以上' }),
  figure({ indicator: 'new-elderly-care-beds', value: 4585, unit: '张' }),
  figure({ region: 'beihai', indicator: 'new-elderly-care-beds', value: 300, unit: '张' }),
];

describe('regionLabel', () => {
  test('the short name, else the full name, else the id', () => {
    expect(regionLabel(REGION_BY_ID.get('guangxi'), 'guangxi')).toBe('广西');
    expect(regionLabel(REGION_BY_ID.get('national'), 'national')).toBe('全国');
    expect(regionLabel(undefined, 'qinzhou')).toBe('qinzhou');
  });
});

describe('pointsForIndicator', () => {
  test('only the indicator’s figures, converted to its unit, labelled, in input order', () => {
    const points = pointsForIndicator(FIGURES, BEDS, UNITS, REGION_BY_ID);
    expect(points.map((p) => [p.region, p.regionLabel, p.kind, p.year, p.value, p.qualifier])).toEqual([
      ['guangxi', '广西', 'actual', 2015, 160000, ''],
      ['guangxi', '广西', 'actual', 2021, 272000, ''],
      ['beihai', '北海', 'actual', 2021, 12000, '约'],
      ['national', '全国', 'actual', 2025, 7680000, ''],
    ]);
    expect(points[0]?.figure).toBe(FIGURES[0]);
  });
});

describe('buildComparisons', () => {
  test('only indicators marked compare with figures for at least two places', () => {
    const comparisons = buildComparisons(FIGURES, [BEDS, NURSING_SHARE, NOT_COMPARED], UNITS, REGION_BY_ID);
    expect(comparisons.map((c) => c.indicator.id)).toEqual(['elderly-care-beds']);
  });

  test('a comparison holds every point, the chart points, the summary in the indicator’s unit and the notes', () => {
    const [beds] = buildComparisons(FIGURES, [BEDS], UNITS, REGION_BY_ID);
    expect(beds?.allPoints).toHaveLength(4);
    expect(beds?.chartPoints.map((p) => `${p.region} ${p.year} ${p.value}`)).toEqual(['national 2025 7680000', 'guangxi 2021 272000', 'beihai 2021 12000']);
    expect(beds?.summary).toBe('有数据的 2 个地区中，养老床位数实际值最高的是广西（272,000张，2021年），最低的是北海（约12,000张，2021年）；全国为7,680,000张（2025年）。');
    expect(beds?.notes).toEqual([
      '各地实际值的年份不同（2021、2025年），比较时请注意时间差。',
      '部分数值原文带有限定词（如“约”“以上”），图中按原数绘制。',
      '有的地方只计养老机构床位，口径需看原句。',
    ]);
  });

  test('national counts as one of the two places', () => {
    const figures = [figure({ region: 'national', year: 2025, value: 768 }), figure({ region: 'beihai', value: 12000, unit: '张' })];
    expect(buildComparisons(figures, [BEDS], UNITS, REGION_BY_ID).map((c) => c.chartPoints.length)).toEqual([2]);
  });

  test('an actual and a target of the same single place is not a comparison', () => {
    const figures = [figure({}), figure({ kind: 'target', year: 2025, value: 30 })];
    expect(buildComparisons(figures, [BEDS], UNITS, REGION_BY_ID)).toEqual([]);
  });

  test('the real dataset builds its comparisons without a conversion error', () => {
    const { indicators, indicatorById, units, regionById, regionIds, documentLines, internalTerms } = realDataset();
    const { figures } = checkFigureRecords(readCsvRecords(readProjectFile('data/figures.csv'), 'data/figures.csv', FIGURE_COLUMNS), {
      file: 'data/figures.csv',
      indicators: indicatorById,
      units,
      regionIds,
      documentLines,
      internalTerms,
    });
    const comparisons = buildComparisons(figures, indicators, units, regionById);
    expect(comparisons.length).toBeGreaterThan(0);
    for (const c of comparisons) {
      expect(c.indicator.compare).toBe(true);
      expect(new Set(c.chartPoints.map((p) => p.region)).size).toBeGreaterThanOrEqual(2);
      expect(c.summary.endsWith('。')).toBe(true);
    }
  });
});
