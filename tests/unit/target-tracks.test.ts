import { describe, expect, test } from 'vitest';
import { targetChartTracks } from '../../src/lib/chart-pages';
import type { CheckedFigure } from '../../src/lib/figure-check';
import { isPercentTrack } from '../../src/lib/target-downloads';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { progressShare, regionTracks, targetViewPages, type RegionTrack } from '../../src/lib/target-tracks';
import type { Indicator } from '../../src/schemas/indicator';
import { BEDS, guangxiBedsFigure, TEST_UNITS } from './support/indicators';

const UNITS = TEST_UNITS;

const NURSING_SHARE: Indicator = { ...BEDS, id: 'nursing-bed-share', name: '护理型床位占比', unit: '%' };
const INDICATOR_BY_ID = new Map([BEDS, NURSING_SHARE].map((i) => [i.id, i]));

function figure(line: number, overrides: Partial<CheckedFigure>): CheckedFigure {
  return guangxiBedsFigure({ line, ...overrides });
}

/** year:value for baseline → latest → target. */
const brief = (t: RegionTrack) => `${t.region} ${t.indicator.id} ${t.baseline.year}:${t.baseline.converted} → ${t.latest === undefined ? '-' : `${t.latest.year}:${t.latest.converted}`} → ${t.target.year}:${t.target.converted}`;

describe('regionTracks', () => {
  test('earliest actual as baseline, latest actual after it, latest target; values in the indicator’s unit', () => {
    const figures = [
      figure(2, { year: 2021, value: 27.2 }),
      figure(3, { year: 2015, value: 16 }),
      figure(4, { year: 2018, value: 20 }),
      figure(5, { kind: 'target', year: 2023, value: 30 }),
      figure(6, { kind: 'target', year: 2025, value: 350000, unit: '张' }),
      figure(7, { kind: 'estimate', year: 2030, value: 40 }),
    ];
    const tracks = regionTracks(figures, INDICATOR_BY_ID, UNITS);
    expect(tracks.map(brief)).toEqual(['guangxi elderly-care-beds 2015:160000 → 2021:272000 → 2025:350000']);
    expect(tracks[0]?.baseline.line).toBe(3);
    expect(tracks[0]?.target).toMatchObject({ line: 6, value: 350000, unit: '张' });
  });

  test('a single actual has no latest', () => {
    const figures = [figure(2, { indicator: 'nursing-bed-share', year: 2021, value: 45.48, unit: '%' }), figure(3, { indicator: 'nursing-bed-share', kind: 'target', year: 2023, value: 53, unit: '%', qualifier: '以上' })];
    const [track] = regionTracks(figures, INDICATOR_BY_ID, UNITS);
    expect(track === undefined ? [] : brief(track)).toBe('guangxi nursing-bed-share 2021:45.48 → - → 2023:53');
    expect(track?.latest).toBeUndefined();
  });

  test('two actuals of the baseline year: the earlier line is the baseline and there is no latest', () => {
    const figures = [figure(9, { year: 2021, value: 27.5 }), figure(4, { year: 2021, value: 27.2 }), figure(5, { kind: 'target', year: 2025, value: 30 })];
    const [track] = regionTracks(figures, INDICATOR_BY_ID, UNITS);
    expect(track?.baseline.line).toBe(4);
    expect(track?.latest).toBeUndefined();
  });

  test('two targets of the same year: the earlier line wins', () => {
    const figures = [figure(2, {}), figure(8, { kind: 'target', year: 2025, value: 35 }), figure(5, { kind: 'target', year: 2025, value: 30 })];
    expect(regionTracks(figures, INDICATOR_BY_ID, UNITS)[0]?.target.line).toBe(5);
  });

  test('no track without an actual, without a target, or with a target not after the baseline', () => {
    expect(regionTracks([figure(2, { kind: 'target', year: 2025 })], INDICATOR_BY_ID, UNITS)).toEqual([]);
    expect(regionTracks([figure(2, {})], INDICATOR_BY_ID, UNITS)).toEqual([]);
    expect(regionTracks([figure(2, { year: 2023 }), figure(3, { kind: 'target', year: 2023 })], INDICATOR_BY_ID, UNITS)).toEqual([]);
    expect(regionTracks([figure(2, { year: 2023 }), figure(3, { kind: 'target', year: 2021 })], INDICATOR_BY_ID, UNITS)).toEqual([]);
  });

  test('estimates and standards never make a track', () => {
    expect(regionTracks([figure(2, { kind: 'estimate' }), figure(3, { kind: 'standard', year: 2025 })], INDICATOR_BY_ID, UNITS)).toEqual([]);
  });

  test('one track per region and indicator, ordered by region then indicator', () => {
    const figures = [
      figure(2, { region: 'taian', indicator: 'nursing-bed-share', year: 2020, value: 45.5, unit: '%' }),
      figure(3, { region: 'taian', indicator: 'nursing-bed-share', kind: 'target', year: 2025, value: 60, unit: '%' }),
      figure(4, { region: 'guangxi', indicator: 'nursing-bed-share', year: 2021, value: 45.48, unit: '%' }),
      figure(5, { region: 'guangxi', indicator: 'nursing-bed-share', kind: 'target', year: 2023, value: 53, unit: '%' }),
      figure(6, { region: 'guangxi', year: 2021, value: 27.2 }),
      figure(7, { region: 'guangxi', kind: 'target', year: 2025, value: 30 }),
    ];
    expect(regionTracks(figures, INDICATOR_BY_ID, UNITS).map((t) => `${t.region} ${t.indicator.id}`)).toEqual([
      'guangxi elderly-care-beds',
      'guangxi nursing-bed-share',
      'taian nursing-bed-share',
    ]);
  });
});

describe('targetViewPages', () => {
  // Two tracks for each of 2 × PAGE_SIZE + 1 regions: three pages, each region on one of them.
  const regionIds = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) => `r${String(i).padStart(3, '0')}`);
  const figures = regionIds.flatMap((region, i) => [
    figure(4 * i, { region, year: 2020, value: 20 }),
    figure(4 * i + 1, { region, kind: 'target', year: 2025, value: 30 }),
    figure(4 * i + 2, { region, indicator: 'nursing-bed-share', year: 2020, value: 45, unit: '%' }),
    figure(4 * i + 3, { region, indicator: 'nursing-bed-share', kind: 'target', year: 2025, value: 60, unit: '%' }),
  ]);
  const pages = targetViewPages(regionTracks(figures, INDICATOR_BY_ID, UNITS));

  test('puts each region with a track on one page, in order, a listing page at a time', () => {
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
    expect(pages.flatMap((p) => p.items)).toEqual(regionIds);
    expect(pages.map((p) => [p.number, p.pageCount, p.total])).toEqual([
      [1, 3, regionIds.length],
      [2, 3, regionIds.length],
      [3, 3, regionIds.length],
    ]);
  });

  test('is one page, empty, without any track', () => {
    expect(targetViewPages([]).map((p) => [p.items.length, p.pageCount])).toEqual([[0, 1]]);
  });
});

describe('progressShare', () => {
  function track(baseline: number, latest: number | undefined, target: number): RegionTrack {
    const f = (line: number, value: number) => ({ ...figure(line, { value, unit: '张' }), converted: value });
    return { region: 'guangxi', indicator: BEDS, baseline: f(2, baseline), latest: latest === undefined ? undefined : f(3, latest), target: f(4, target) };
  }

  test('the share of the way from baseline to target, rounded to a whole percent', () => {
    expect(progressShare(track(160000, 272000, 300000))).toBe(80);
    expect(progressShare(track(100, 133, 200))).toBe(33);
    expect(progressShare(track(100, 200, 200))).toBe(100);
  });

  test('beyond the target is over 100, going backwards is negative', () => {
    expect(progressShare(track(45.5, 67.5, 60))).toBe(152);
    expect(progressShare(track(100, 90, 200))).toBe(-10);
  });

  test('a falling target (lower is better) still counts progress as positive', () => {
    expect(progressShare(track(30, 20, 15))).toBe(67);
  });

  test('no latest value or a target equal to the baseline: no share', () => {
    expect(progressShare(track(100, undefined, 200))).toBeUndefined();
    expect(progressShare(track(100, 120, 100))).toBeUndefined();
  });
});

describe('the percent target chart’s input', () => {
  const figures = [
    figure(2, { year: 2015, value: 16 }),
    figure(3, { year: 2021, value: 27.2 }),
    figure(4, { kind: 'target', year: 2025, value: 35 }),
    figure(5, { indicator: 'nursing-bed-share', year: 2021, value: 45.48, unit: '%' }),
    figure(6, { indicator: 'nursing-bed-share', kind: 'target', year: 2023, value: 53, unit: '%', qualifier: '以上' }),
  ];
  const tracks = regionTracks(figures, INDICATOR_BY_ID, UNITS);

  test('is the tracks of indicators measured in %', () => {
    expect(tracks.map((t) => [t.indicator.id, isPercentTrack(t, UNITS)])).toEqual([
      ['elderly-care-beds', false],
      ['nursing-bed-share', true],
    ]);
  });

  test('draws baseline, latest (when there is one) and target, with the target’s qualifier', () => {
    expect(targetChartTracks(tracks)).toEqual([
      { label: BEDS.name, baseline: { year: 2015, value: 160000 }, latest: { year: 2021, value: 272000 }, target: { year: 2025, value: 350000, qualifier: '' } },
      { label: '护理型床位占比', baseline: { year: 2021, value: 45.48 }, latest: undefined, target: { year: 2023, value: 53, qualifier: '以上' } },
    ]);
  });
});
