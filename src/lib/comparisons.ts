import type { Indicator } from '../schemas/indicator';
import type { Region } from '../schemas/region';
import type { Unit } from '../schemas/unit';
import type { CheckedFigure } from './figure-check';
import { comparabilityNotes, latestPointsByRegion, summariseComparison, toIndicatorUnit, type ComparablePoint } from './indicator-math';

/** Everything a comparison page shows for one indicator. */
export interface IndicatorComparison {
  indicator: Indicator;
  /** Every figure of the indicator, converted to its unit. */
  allPoints: ComparablePoint[];
  /** What the chart draws: per region the latest actual and the latest target. */
  chartPoints: ComparablePoint[];
  summary: string;
  notes: string[];
}

/** The label a region gets in charts and tables. */
export function regionLabel(region: Region | undefined, id: string): string {
  return region?.shortName ?? region?.name ?? id;
}

/** All figures of an indicator as comparable points, in the indicator's unit. */
export function pointsForIndicator(
  figures: readonly CheckedFigure[],
  indicator: Indicator,
  units: ReadonlyMap<string, Unit>,
  regionById: ReadonlyMap<string, Region>,
): ComparablePoint[] {
  return figures
    .filter((f) => f.indicator === indicator.id)
    .map((f) => ({
      region: f.region,
      regionLabel: regionLabel(regionById.get(f.region), f.region),
      year: f.year,
      kind: f.kind,
      value: toIndicatorUnit(f, indicator, units),
      qualifier: f.qualifier,
      figure: f,
    }));
}

/**
 * The comparisons worth a page: indicators marked `compare: true` that have figures for at least
 * two places (national counts as one).
 */
export function buildComparisons(
  figures: readonly CheckedFigure[],
  indicators: readonly Indicator[],
  units: ReadonlyMap<string, Unit>,
  regionById: ReadonlyMap<string, Region>,
): IndicatorComparison[] {
  return indicators
    .filter((i) => i.compare)
    .map((indicator) => {
      const allPoints = pointsForIndicator(figures, indicator, units, regionById);
      const chartPoints = latestPointsByRegion(allPoints);
      const notes = [...comparabilityNotes(chartPoints), ...(indicator.caveats !== undefined ? [indicator.caveats] : [])];
      return { indicator, allPoints, chartPoints, summary: summariseComparison(chartPoints, indicator, indicator.unit), notes };
    })
    .filter((c) => new Set(c.chartPoints.map((p) => p.region)).size >= 2);
}
