import * as Plot from '@observablehq/plot';
import { formatQualified, formatValue } from '../lib/indicator-math';
import { CHART_LOOKS, inBothLayouts, type ChartLayout, type ChartSvgs } from './chart-layout';
import { renderPlotSvg } from './plot-svg';

/** One indicator's path for one region: where it started, where it is, where it should get to. */
export interface TargetTrack {
  /** Row label, e.g. 护理型床位占比. */
  label: string;
  baseline: { year: number; value: number };
  latest?: { year: number; value: number } | undefined;
  target: { year: number; value: number; qualifier: string };
}

export interface TargetChartOptions {
  title: string;
  /** Unit shared by all tracks (the chart only draws tracks in one unit). */
  unitLabel: string;
}

/**
 * Where the indicator names go: wide, in a left margin beside each line; narrow, on a line of
 * their own above it, so the values get the phone's whole width.
 */
const LAYOUTS: Record<ChartLayout, { rowHeight: number; marginLeft: number; marginRight: number; marginTop: number; namesAbove: boolean; xTicks: { ticks?: number } }> = {
  wide: { rowHeight: 62, marginLeft: 230, marginRight: 40, marginTop: 24, namesAbove: false, xTicks: {} },
  narrow: { rowHeight: 80, marginLeft: 40, marginRight: 56, marginTop: 36, namesAbove: true, xTicks: { ticks: 4 } },
};

/**
 * Baseline → latest → target on one line per indicator: a filled dot for the baseline, a ring for
 * the latest value, a hollow diamond for the target, each with its year. Drawn wide and narrow
 * (see chart-layout.ts).
 */
export function targetTrackingChart(tracks: readonly TargetTrack[], options: TargetChartOptions): ChartSvgs {
  return inBothLayouts((layout) => targetTrackingChartIn(layout, tracks, options));
}

function targetTrackingChartIn(layout: ChartLayout, tracks: readonly TargetTrack[], options: TargetChartOptions): string {
  const { rowHeight, marginLeft, marginRight, marginTop, namesAbove, xTicks } = LAYOUTS[layout];
  const look = CHART_LOOKS[layout];
  const { labelSize } = look;
  const labels = tracks.map((t) => t.label);
  const maxValue = Math.max(...tracks.flatMap((t) => [t.baseline.value, t.target.value, t.latest?.value ?? 0]));
  const points = tracks.flatMap((t) => [
    { label: t.label, kind: '基线', ...t.baseline, text: `${formatValue(t.baseline.value)}（${t.baseline.year}）` },
    ...(t.latest !== undefined ? [{ label: t.label, kind: '最新', ...t.latest, text: `${formatValue(t.latest.value)}（${t.latest.year}）` }] : []),
    { label: t.label, kind: '目标', year: t.target.year, value: t.target.value, text: `${formatQualified(t.target.value, t.target.qualifier, '')}（${t.target.year}目标）` },
  ]);
  const withLatest = new Set(tracks.filter((t) => t.latest !== undefined).map((t) => t.label));
  const tip = (d: (typeof points)[number]): string => `${d.label} ${d.year}年${d.kind}：${formatValue(d.value)}${options.unitLabel}`;
  return renderPlotSvg(
    {
      width: look.width,
      height: 40 + labels.length * rowHeight,
      marginLeft,
      marginRight,
      marginTop,
      x: { domain: [0, maxValue * 1.08], label: options.unitLabel, grid: true, nice: true, ...xTicks },
      y: { domain: labels, label: null, ...(namesAbove ? { axis: null } : {}) },
      marks: [
        ...(namesAbove ? [Plot.text(tracks, { y: 'label', frameAnchor: 'left', text: 'label', textAnchor: 'start', dx: -marginLeft + 4, dy: -30, fill: 'currentColor', fontSize: labelSize, fontWeight: 600 })] : []),
        Plot.link(tracks, { x1: (t: TargetTrack) => t.baseline.value, x2: (t: TargetTrack) => t.target.value, y1: 'label', y2: 'label', stroke: 'currentColor', strokeOpacity: 0.5, strokeWidth: 2 }),
        Plot.dot(points.filter((d) => d.kind === '基线'), { x: 'value', y: 'label', r: 5, fill: 'currentColor', title: tip, className: 'mark-actual' }),
        Plot.dot(points.filter((d) => d.kind === '最新'), { x: 'value', y: 'label', r: 6, stroke: 'currentColor', strokeWidth: 2, fill: 'none', title: tip, className: 'mark-latest' }),
        Plot.dot(points.filter((d) => d.kind === '目标'), { x: 'value', y: 'label', r: 7, stroke: 'currentColor', strokeWidth: 2, fill: 'none', symbol: 'diamond', title: tip, className: 'mark-target' }),
        // Baseline labels sit above the line and the others below, so they never collide; a target's
        // label goes a line lower where the latest value's is (the two are often close).
        Plot.text(points.filter((d) => d.kind === '基线'), { x: 'value', y: 'label', text: 'text', dy: -13, fill: 'currentColor', fontSize: labelSize }),
        Plot.text(points.filter((d) => d.kind === '最新'), { x: 'value', y: 'label', text: 'text', dy: 15, fill: 'currentColor', fontSize: labelSize }),
        Plot.text(points.filter((d) => d.kind === '目标' && !withLatest.has(d.label)), { x: 'value', y: 'label', text: 'text', dy: 15, fill: 'currentColor', fontSize: labelSize }),
        Plot.text(points.filter((d) => d.kind === '目标' && withLatest.has(d.label)), { x: 'value', y: 'label', text: 'text', dy: 29, fill: 'currentColor', fontSize: labelSize }),
      ],
    },
    options.title,
    look,
  );
}
