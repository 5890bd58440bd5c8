import { rowsForPoints } from './chart-pages';
import type { Dataset } from './dataset';
import type { ExportedFigure } from './figure-export';
import { regionTracks, type RegionTrack } from './target-tracks';

/** Whether a track's indicator is measured in %: a region's target chart draws those, the rest are in tables. */
export function isPercentTrack(track: RegionTrack, units: ReadonlyMap<string, { base: string }>): boolean {
  return units.get(track.indicator.unit)?.base === '%';
}

/** The tracks of indicators measured in %: what the regions' target charts draw. */
export function percentTracks(dataset: Dataset): RegionTrack[] {
  return regionTracks(dataset.figures, dataset.indicatorById, dataset.units).filter((t) => isPercentTrack(t, dataset.units));
}

/** Per region, the rows its percent target chart draws (baseline, latest, target per indicator). */
export function targetChartRows(dataset: Dataset, tracks: readonly RegionTrack[] = percentTracks(dataset)): Map<string, ExportedFigure[]> {
  const byRegion = new Map<string, ExportedFigure[]>();
  for (const t of tracks) {
    const figures = [t.baseline, ...(t.latest !== undefined ? [t.latest] : []), t.target];
    const rows = rowsForPoints(figures.map((f) => ({ region: t.region, regionLabel: '', year: f.year, kind: f.kind, value: f.converted, qualifier: f.qualifier, figure: f })), dataset);
    byRegion.set(t.region, [...(byRegion.get(t.region) ?? []), ...rows]);
  }
  return byRegion;
}
