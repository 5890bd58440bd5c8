import type { Indicator } from '../schemas/indicator';
import type { Unit } from '../schemas/unit';
import type { CheckedFigure } from './figure-check';
import { toIndicatorUnit } from './indicator-math';
import { paginate, type ListPage } from './pagination';

/** One indicator's baseline → latest → target for one region, in the indicator's unit. */
export interface RegionTrack {
  region: string;
  indicator: Indicator;
  baseline: CheckedFigure & { converted: number };
  latest?: (CheckedFigure & { converted: number }) | undefined;
  target: CheckedFigure & { converted: number };
}

/**
 * For every region × indicator that has both an actual value and a later target: the earliest
 * actual (baseline), the latest actual after it (if any) and the latest target.
 */
export function regionTracks(
  figures: readonly CheckedFigure[],
  indicatorById: ReadonlyMap<string, Indicator>,
  units: ReadonlyMap<string, Unit>,
): RegionTrack[] {
  const groups = new Map<string, CheckedFigure[]>();
  for (const f of figures) {
    if (f.kind !== 'actual' && f.kind !== 'target') continue;
    const key = `${f.region}|${f.indicator}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const tracks: RegionTrack[] = [];
  for (const group of groups.values()) {
    const indicator = indicatorById.get(group[0]!.indicator)!;
    const convert = (f: CheckedFigure) => ({ ...f, converted: toIndicatorUnit(f, indicator, units) });
    const actuals = group.filter((f) => f.kind === 'actual').sort((a, b) => a.year - b.year || a.line - b.line);
    const targets = group.filter((f) => f.kind === 'target').sort((a, b) => b.year - a.year || a.line - b.line);
    const baseline = actuals[0];
    const target = targets[0];
    if (baseline === undefined || target === undefined || target.year <= baseline.year) continue;
    const latest = actuals[actuals.length - 1];
    tracks.push({
      region: baseline.region,
      indicator,
      baseline: convert(baseline),
      latest: latest !== undefined && latest.year > baseline.year ? convert(latest) : undefined,
      target: convert(target),
    });
  }
  return tracks.sort((a, b) => a.region.localeCompare(b.region) || a.indicator.id.localeCompare(b.indicator.id));
}

/** How far along the way from baseline to target the latest value is, in percent (for tables). */
export function progressShare(track: RegionTrack): number | undefined {
  const span = track.target.converted - track.baseline.converted;
  if (track.latest === undefined || span === 0) return undefined;
  return Math.round(((track.latest.converted - track.baseline.converted) / span) * 100);
}

/**
 * The target view's pages (/compare/targets/, then /page/2/ …): each region with a track once, in
 * the tracks' order, as many per page as a listing shows. With 300 regions on one page, it was the
 * site's largest (over 100 KB gzipped).
 */
export function targetViewPages(tracks: readonly RegionTrack[]): ListPage<string>[] {
  return paginate([...new Set(tracks.map((t) => t.region))]);
}
