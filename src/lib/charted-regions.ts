/**
 * Which regions a comparison chart draws. Up to CHART_REGION_LIMIT it draws them all; past it, the
 * highest and the lowest CHART_REGION_ENDS each, with a row between that says how many regions
 * lie between them. At 300 regions a chart of every region was 13,000 px tall on a phone, a
 * scroll of fifteen screens in which a reader cannot see the spread; the chart's table and the
 * downloads keep every region.
 */
import type { ComparablePoint } from './indicator-math';

/** The most regions a chart draws whole. */
export const CHART_REGION_LIMIT = 30;
/** Regions drawn at each end of a longer chart. */
export const CHART_REGION_ENDS = 15;

export interface ChartedRegions {
  /** The points to draw: the national ones, and the shown regions' points in chart order. */
  points: ComparablePoint[];
  /** Regions (not national) that have points, drawn or not. */
  regionCount: number;
  /** How many regions the chart leaves out between its top and its bottom (0 when none). */
  omitted: number;
  /** The label of the last region of the top, after which the gap row goes; undefined when none. */
  gapAfter: string | undefined;
}

/**
 * Chooses the regions to draw from points in chart order (latestPointsByRegion: highest first).
 * National points are always kept.
 */
export function chartedRegions(points: readonly ComparablePoint[], limit = CHART_REGION_LIMIT, ends = CHART_REGION_ENDS): ChartedRegions {
  const regions = [...new Set(points.filter((p) => p.region !== 'national').map((p) => p.region))];
  if (regions.length <= limit) return { points: [...points], regionCount: regions.length, omitted: 0, gapAfter: undefined };
  const shown = new Set([...regions.slice(0, ends), ...regions.slice(-ends)]);
  const lastOfTop = regions[ends - 1]!;
  return {
    points: points.filter((p) => p.region === 'national' || shown.has(p.region)),
    regionCount: regions.length,
    omitted: regions.length - shown.size,
    gapAfter: points.find((p) => p.region === lastOfTop)!.regionLabel,
  };
}
