import * as Plot from '@observablehq/plot';
import { formatQualified, formatValue, type ComparablePoint } from '../lib/indicator-math';
import { renderPlotSvg } from './plot-svg';

export interface ComparisonChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** Unit shown after values, e.g. 个/千人. */
  unitLabel: string;
  /** Width in px of the drawing (it scales down with CSS). */
  width?: number;
}

/**
 * Regions side by side for one indicator: actual values as filled dots, targets as hollow
 * diamonds, the year written on every mark, the national figure as a dashed reference line.
 */
export function comparisonChart(points: readonly ComparablePoint[], options: ComparisonChartOptions): string {
  const regional = points.filter((p) => p.region !== 'national');
  const national = points.filter((p) => p.region === 'national');
  const regions = [...new Set(regional.map((p) => p.regionLabel))];
  const maxValue = Math.max(...points.map((p) => p.value));
  const label = (p: ComparablePoint): string => `${formatQualified(p.value, p.qualifier, '')}（${p.year}${p.kind === 'target' ? '目标' : ''}）`;
  const tooltip = (p: ComparablePoint): string => `${p.regionLabel} ${p.year}年${p.kind === 'target' ? '目标' : '实际'}：${formatQualified(p.value, p.qualifier, options.unitLabel)}`;
  return renderPlotSvg(
    {
      width: options.width ?? 720,
      height: 40 + regions.length * 44,
      marginLeft: 96,
      marginRight: 150,
      marginTop: 22 + national.length * 13,
      x: { domain: [0, maxValue * 1.05], label: options.unitLabel, grid: true, nice: true },
      y: { domain: regions, label: null },
      marks: [
        Plot.ruleY(regions, { stroke: 'currentColor', strokeOpacity: 0.15 }),
        ...national.map((p) =>
          Plot.ruleX([p.value], { stroke: 'currentColor', strokeDasharray: p.kind === 'target' ? '6,4' : '2,3', title: () => `全国${tooltip(p)}` }),
        ),
        // National labels stack above the plot, one line each, so two close values never overlap.
        ...national.map((p, i) =>
          Plot.text([p], { x: 'value', frameAnchor: 'top', dy: -26 + i * 13 - (national.length - 1) * 13, text: (d: ComparablePoint) => `全国${d.kind === 'target' ? '目标' : ''} ${formatValue(d.value)}（${d.year}）`, fill: 'currentColor', fontSize: 11 }),
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
          { x: 'value', y: 'regionLabel', text: label, dx: 10, dy: -9, textAnchor: 'start', fill: 'currentColor', fontSize: 11 },
        ),
        Plot.text(
          regional.filter((p) => p.kind === 'target'),
          { x: 'value', y: 'regionLabel', text: label, dx: 10, dy: 10, textAnchor: 'start', fill: 'currentColor', fontSize: 11 },
        ),
      ],
    },
    options.title,
  );
}
