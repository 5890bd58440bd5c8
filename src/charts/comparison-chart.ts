import * as Plot from '@observablehq/plot';
import { formatQualified, formatValue, type ComparablePoint } from '../lib/indicator-math';
import { CHART_LOOKS, inBothLayouts, type ChartLayout, type ChartSvgs } from './chart-layout';
import { renderPlotSvg } from './plot-svg';

export interface ComparisonChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** Unit shown after values, e.g. 个/千人. */
  unitLabel: string;
  /**
   * Regions left out between the top and the bottom of a long chart (see charted-regions.ts): a
   * row after the region labelled `after` says how many.
   */
  gap?: { after: string; omitted: number } | undefined;
}

/** The y value of the row that stands for the regions left out: no region is labelled so. */
const GAP_ROW = '⋯';

/**
 * Per layout: the margins (region names on the left, the labels of the rightmost marks on the
 * right); where an actual value's label goes (wide, up and to the right of its dot; narrow,
 * centred above it, where a target on the same row would otherwise run into it); and the axis's
 * ticks (Plot's own choice when wide, fewer when narrow so their labels do not crowd).
 */
const LAYOUTS: Record<ChartLayout, { marginLeft: number; marginRight: number; actualLabel: { dx: number; dy: number; textAnchor: 'start' | 'middle' }; xTicks: { ticks?: number } }> = {
  wide: { marginLeft: 96, marginRight: 150, actualLabel: { dx: 10, dy: -9, textAnchor: 'start' }, xTicks: {} },
  narrow: { marginLeft: 56, marginRight: 108, actualLabel: { dx: 0, dy: -14, textAnchor: 'middle' }, xTicks: { ticks: 4 } },
};

/** Gap in px between the region names and the plot: Plot's 9 px from the axis, and a little more. */
const NAME_GAP = 15;

/**
 * The left margin for region names, and the names as drawn. A Chinese character is about 1em wide;
 * the margin grows with the longest name (a region without a short name, 黔东南苗族侗族自治州), up
 * to a third of the drawing, and a name longer than that is cut with … (the table under the chart
 * and the tooltips have it whole).
 */
export function regionNamesMargin(names: readonly string[], fontSize: number, least: number, width: number): { margin: number; shown: (name: string) => string } {
  const most = Math.floor(width / 3);
  const longest = Math.max(0, ...names.map((name) => [...name].length));
  const margin = Math.min(most, Math.max(least, Math.ceil(longest * fontSize) + NAME_GAP));
  const fits = Math.floor((margin - NAME_GAP) / fontSize);
  return { margin, shown: (name) => ([...name].length <= fits ? name : `${[...name].slice(0, Math.max(1, fits - 1)).join('')}…`) };
}

/**
 * Regions side by side for one indicator: actual values as filled dots, targets as hollow
 * diamonds, the year written on every mark, the national figure as a dashed reference line.
 * Drawn wide and narrow (see chart-layout.ts).
 */
export function comparisonChart(points: readonly ComparablePoint[], options: ComparisonChartOptions): ChartSvgs {
  return inBothLayouts((layout) => comparisonChartIn(layout, points, options));
}

function comparisonChartIn(layout: ChartLayout, points: readonly ComparablePoint[], options: ComparisonChartOptions): string {
  const { marginLeft, marginRight, actualLabel, xTicks } = LAYOUTS[layout];
  const look = CHART_LOOKS[layout];
  const { labelSize } = look;
  const regional = points.filter((p) => p.region !== 'national');
  const national = points.filter((p) => p.region === 'national');
  const regions = [...new Set(regional.map((p) => p.regionLabel))];
  const { gap } = options;
  const rows = gap === undefined ? regions : regions.flatMap((r) => (r === gap.after ? [r, GAP_ROW] : [r]));
  const names = regionNamesMargin(regions, look.axisSize, marginLeft, look.width);
  const maxValue = Math.max(...points.map((p) => p.value));
  const label = (p: ComparablePoint): string => `${formatQualified(p.value, p.qualifier, '')}（${p.year}${p.kind === 'target' ? '目标' : ''}）`;
  const tooltip = (p: ComparablePoint): string => `${p.regionLabel} ${p.year}年${p.kind === 'target' ? '目标' : '实际'}：${formatQualified(p.value, p.qualifier, options.unitLabel)}`;
  return renderPlotSvg(
    {
      width: look.width,
      height: 40 + rows.length * 44,
      marginLeft: names.margin,
      marginRight,
      marginTop: 22 + national.length * 13,
      x: { domain: [0, maxValue * 1.05], label: options.unitLabel, grid: true, nice: true, ...xTicks },
      y: { domain: rows, label: null, tickFormat: (row: string) => (row === GAP_ROW ? row : names.shown(row)) },
      marks: [
        Plot.ruleY(regions, { stroke: 'currentColor', strokeOpacity: 0.15 }),
        ...(gap === undefined
          ? []
          : [Plot.text([GAP_ROW], { y: (row: string) => row, frameAnchor: 'left', dx: 4, textAnchor: 'start', text: () => `另有 ${gap.omitted} 个地区从略，见下表`, fill: 'currentColor', fontSize: labelSize, className: 'chart-gap' })]),
        ...national.map((p) =>
          Plot.ruleX([p.value], { stroke: 'currentColor', strokeDasharray: p.kind === 'target' ? '6,4' : '2,3', title: () => `全国${tooltip(p)}` }),
        ),
        // National labels stack above the plot, one line each, so two close values never overlap.
        ...national.map((p, i) =>
          Plot.text([p], { x: 'value', frameAnchor: 'top', dy: -26 + i * 13 - (national.length - 1) * 13, text: (d: ComparablePoint) => `全国${d.kind === 'target' ? '目标' : ''} ${formatValue(d.value)}（${d.year}）`, fill: 'currentColor', fontSize: labelSize }),
        ),
        Plot.dot(
          regional.filter((p) => p.kind === 'actual'),
          { x: 'value', y: 'regionLabel', r: 6, fill: 'currentColor', symbol: 'circle', title: tooltip, className: 'mark-actual' },
        ),
        Plot.dot(
          regional.filter((p) => p.kind === 'target'),
          { x: 'value', y: 'regionLabel', r: 7, stroke: 'currentColor', strokeWidth: 2, fill: 'none', symbol: 'diamond', title: tooltip, className: 'mark-target' },
        ),
        Plot.text(
          regional.filter((p) => p.kind === 'actual'),
          { x: 'value', y: 'regionLabel', text: label, ...actualLabel, fill: 'currentColor', fontSize: labelSize },
        ),
        Plot.text(
          regional.filter((p) => p.kind === 'target'),
          { x: 'value', y: 'regionLabel', text: label, dx: 10, dy: 10, textAnchor: 'start', fill: 'currentColor', fontSize: labelSize },
        ),
      ],
    },
    options.title,
    look,
  );
}
