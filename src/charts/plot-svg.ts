import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders a Plot specification to an SVG string at build time, with the fixes our checks need:
 * a linkedom document (no browser), Plot warnings treated as errors, no `font-variant` on axes
 * (the HTML checker rejects it on SVG), labelled groups given a role so axe accepts them, and no
 * inline styles (the Content-Security-Policy allows none). `axisFontSize`: the size of the axes' text.
 */
export function renderPlotSvg(options: Plot.PlotOptions, title: string, axisFontSize = 10): string {
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
  svg.setAttribute('font-size', String(axisFontSize));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const el of svg.querySelectorAll('[font-variant]')) el.removeAttribute('font-variant');
  for (const el of svg.querySelectorAll('g[aria-label]')) el.setAttribute('role', 'group');
  for (const el of svg.querySelectorAll('style')) el.remove();
  return svg.outerHTML;
}
