/**
 * A chart is drawn twice at build time: wide, for a column of at least 36rem, and narrow, for a
 * phone. An SVG drawn wide and scaled down to a phone's width would set its labels at five or six
 * pixels; scrolled instead, it hid the marks past the screen's edge (targets, mostly). The page
 * shows one of the two by a media query (see ChartFigure), so neither needs JavaScript.
 */
export type ChartLayout = 'wide' | 'narrow';

export interface ChartSvgs {
  wide: string;
  narrow: string;
}

/** Drawing widths in px; the SVG scales down with CSS from there. */
export const CHART_WIDTHS: Record<ChartLayout, number> = { wide: 720, narrow: 360 };

/**
 * Text sizes in the drawing's px: the narrow drawing is scaled down a little to a phone's column
 * (360 to about 324 px), so its text is drawn larger to stay at least 10 px on screen.
 */
export const CHART_FONT_SIZES: Record<ChartLayout, { labels: number; axes: number }> = { wide: { labels: 11, axes: 10 }, narrow: { labels: 12, axes: 11.5 } };

/** Draws a chart in both layouts. */
export function inBothLayouts(draw: (layout: ChartLayout) => string): ChartSvgs {
  return { wide: draw('wide'), narrow: draw('narrow') };
}
