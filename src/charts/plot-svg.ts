import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { CHART_LOOKS, type ChartLook } from './chart-layout';

/** Attributes that hold positions: Plot writes them to 15 digits, a tenth of a pixel is enough. */
const POSITION_ATTRIBUTES = ['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height', 'viewBox', 'points'];

/** Numbers in a position attribute, to one decimal place (the same on every machine); not ems (a text's 0.32em). */
export function roundPositions(value: string): string {
  return value.replace(/-?\d+\.\d{2,}(?!\d|em)/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/**
 * Renders a Plot specification to an SVG string at build time, with the fixes our checks need:
 * a linkedom document (no browser), Plot warnings treated as errors, no `font-variant` on axes
 * (the HTML checker rejects it on SVG), labelled groups given a role so axe accepts them, and no
 * inline styles (the Content-Security-Policy allows none); positions rounded to a tenth of a pixel
 * (about a quarter of a large chart's bytes). `look`: the axes' text size, and whether marks keep their
 * tooltips (see chart-layout.ts); the wide drawing's by default.
 */
export function renderPlotSvg(options: Plot.PlotOptions, title: string, look: Pick<ChartLook, 'axisSize' | 'tooltips'> = CHART_LOOKS.wide): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const warnings: string[] = [];
  const originalWarn = console.warn;
  // Plot reports problems (bad scales, dates read as strings …) only through console.warn.
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  let svg: Element;
  try {
    svg = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  } finally {
    console.warn = originalWarn;
  }
  if (warnings.length > 0) throw new Error(`图表 “${title}” 生成时出现 Plot 警告（按错误处理）：\n${warnings.join('\n')} (chart.plot-warning)`);
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error(`图表 “${title}”：应生成单个 <svg>，请不要使用 Plot 的图例或标题选项 (chart.not-svg)`);
  svg.removeAttribute('class');
  // Inline style attributes would need 'unsafe-inline' under our CSP; the stylesheet styles charts.
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  // Plot sets the axes' text size on the SVG; a narrow chart's reads larger (see chart-layout.ts).
  svg.setAttribute('font-size', String(look.axisSize));
  if (!look.tooltips) for (const el of svg.querySelectorAll('title')) el.remove();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of POSITION_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundPositions(value));
    }
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const el of svg.querySelectorAll('[font-variant]')) el.removeAttribute('font-variant');
  for (const el of svg.querySelectorAll('g[aria-label]')) el.setAttribute('role', 'group');
  for (const el of svg.querySelectorAll('style')) el.remove();
  return svg.outerHTML;
}
