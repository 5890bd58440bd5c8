import type { TargetTrack } from '../charts/target-chart';
import { formatPageCitation } from './citation';
import type { Dataset } from './dataset';
import { exportDatasetFigures } from './dataset-export';
import type { ExportedFigure } from './figure-export';
import type { ComparablePoint } from './indicator-math';
import { ACCESS_DATE_PLACEHOLDER, SITE_NAME } from './site';
import type { RegionTrack } from './target-tracks';

/** Download rows for exactly the points a chart draws. */
export function rowsForPoints(points: readonly ComparablePoint[], dataset: Dataset, site?: URL): ExportedFigure[] {
  return exportDatasetFigures(points.map((p) => p.figure), dataset, site);
}

/** What a target-tracking chart draws of each track: baseline, latest and target, in the indicator's unit. */
export function targetChartTracks(tracks: readonly RegionTrack[]): TargetTrack[] {
  return tracks.map((t) => ({
    label: t.indicator.name,
    baseline: { year: t.baseline.year, value: t.baseline.converted },
    latest: t.latest !== undefined ? { year: t.latest.year, value: t.latest.converted } : undefined,
    target: { year: t.target.year, value: t.target.converted, qualifier: t.target.qualifier },
  }));
}

/** "引用本图": the chart's page as a GB/T 7714 [EB/OL] reference. */
export function chartCitation(title: string, pageUrl: string, latestYear: number): string {
  return formatPageCitation({
    title,
    outlet: SITE_NAME,
    date: String(latestYear),
    siteName: SITE_NAME,
    url: pageUrl,
    accessed: ACCESS_DATE_PLACEHOLDER,
  });
}

/**
 * Legend sentence for comparison charts. It points to the table for the sources: the marks'
 * tooltips give region, year and value only, and a phone's drawing has none (see chart-layout.ts).
 */
export const COMPARISON_LEGEND = '● 实点为实际值，◇ 空心菱形为目标值，括号内为年份；虚线为全国数值或目标。每个数字的原句见图下的数据表。';

/** Legend sentence for target-tracking charts. */
export const TARGET_LEGEND = '● 实点为基线（实际值），○ 圆圈为最新实际值，◇ 空心菱形为目标值，括号内为年份。';
