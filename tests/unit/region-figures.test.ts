import { describe, expect, test } from 'vitest';
import type { CheckedFigure } from '../../src/lib/figure-check';
import { regionKeyFigures } from '../../src/lib/region-figures';
import type { Indicator } from '../../src/schemas/indicator';

function indicator(id: string, domain: Indicator['domain']): Indicator {
  return { id, name: `指标${id}`, nameEn: id, unit: '个', measures: '测试用的指标定义。', direction: 'higher-is-better', domain, compare: false };
}

const INDICATORS = [
  indicator('elderly-care-beds', 'elderly-care'),
  indicator('nursing-bed-share', 'elderly-care'),
  indicator('childcare-places', 'childcare'),
  indicator('total-population', 'population'),
  indicator('elderly-care-workers', 'workforce'),
];
const INDICATOR_BY_ID = new Map(INDICATORS.map((i) => [i.id, i]));

function figure(line: number, indicatorId: string, kind: CheckedFigure['kind'], year: number, value: number, region = 'taian'): CheckedFigure {
  return { line, region, indicator: indicatorId, year, value, valueMax: undefined, qualifier: '', unit: '个', kind, document: 'taian-yilao-yixiao-plan-draft', quote: `测试引文${value}`, note: '' };
}

describe('regionKeyFigures', () => {
  test('latest actual and latest target per indicator; the rest are others', () => {
    const figures = [
      figure(2, 'nursing-bed-share', 'actual', 2019, 40),
      figure(3, 'nursing-bed-share', 'actual', 2020, 45.5),
      figure(4, 'nursing-bed-share', 'target', 2023, 50),
      figure(5, 'nursing-bed-share', 'target', 2025, 60),
      figure(6, 'nursing-bed-share', 'estimate', 2030, 70),
    ];
    const [row] = regionKeyFigures(figures, 'taian', INDICATOR_BY_ID);
    expect(row?.indicator.id).toBe('nursing-bed-share');
    expect(row?.actual?.line).toBe(3);
    expect(row?.target?.line).toBe(5);
    expect(row?.others.map((f) => f.line)).toEqual([2, 4, 6]);
  });

  test('two figures of the latest year: the earlier line is shown, the other goes to others', () => {
    const figures = [figure(9, 'elderly-care-beds', 'actual', 2020, 47189), figure(4, 'elderly-care-beds', 'actual', 2020, 47000)];
    const [row] = regionKeyFigures(figures, 'taian', INDICATOR_BY_ID);
    expect(row?.actual?.line).toBe(4);
    expect(row?.target).toBeUndefined();
    expect(row?.others.map((f) => f.line)).toEqual([9]);
  });

  test('only the region’s figures', () => {
    const figures = [figure(2, 'elderly-care-beds', 'actual', 2020, 47189), figure(3, 'elderly-care-beds', 'actual', 2021, 272000, 'guangxi')];
    expect(regionKeyFigures(figures, 'guangxi', INDICATOR_BY_ID).map((r) => r.actual?.line)).toEqual([3]);
    expect(regionKeyFigures(figures, 'beihai', INDICATOR_BY_ID)).toEqual([]);
  });

  test('rows by domain (childcare, elderly care, …, population), then most figures first, then id', () => {
    const figures = [
      figure(2, 'total-population', 'actual', 2020, 547.2),
      figure(3, 'elderly-care-workers', 'actual', 2020, 1000),
      figure(4, 'elderly-care-beds', 'actual', 2020, 47189),
      figure(5, 'nursing-bed-share', 'actual', 2020, 45.5),
      figure(6, 'nursing-bed-share', 'target', 2025, 60),
      figure(7, 'childcare-places', 'target', 2025, 16000),
    ];
    expect(regionKeyFigures(figures, 'taian', INDICATOR_BY_ID).map((r) => r.indicator.id)).toEqual([
      'childcare-places',
      'nursing-bed-share',
      'elderly-care-beds',
      'elderly-care-workers',
      'total-population',
    ]);
  });

  test('indicators of one domain with as many figures are ordered by id', () => {
    const figures = [figure(2, 'nursing-bed-share', 'actual', 2020, 45.5), figure(3, 'elderly-care-beds', 'actual', 2020, 47189)];
    expect(regionKeyFigures(figures, 'taian', INDICATOR_BY_ID).map((r) => r.indicator.id)).toEqual(['elderly-care-beds', 'nursing-bed-share']);
  });
});
