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

/** What differs between the two drawings, besides where each chart puts its labels. */
export interface ChartLook {
  /** Drawing width in px; the SVG scales down with CSS from there. */
  width: number;
  /** Text sizes in the drawing's px, of the marks' labels and of the axes. */
  labelSize: number;
  axisSize: number;
  /**
   * Whether each mark carries a tooltip (<title>). A phone shows none, and the table under the
   * chart has every value; without them a 300-region chart's two drawings stay within a page's
   * 100 KB.
   */
  tooltips: boolean;
}

/**
 * The narrow drawing is scaled down a little to a phone's column (360 to about 324 px), so its text
 * is drawn larger, to stay at least 10 px on screen.
 */
export const CHART_LOOKS: Record<ChartLayout, ChartLook> = {
  wide: { width: 720, labelSize: 11, axisSize: 10, tooltips: true },
  narrow: { width: 360, labelSize: 12, axisSize: 11.5, tooltips: false },
};

/** Draws a chart in both layouts. */
export function inBothLayouts(draw: (layout: ChartLayout) => string): ChartSvgs {
  return { wide: draw('wide'), narrow: draw('narrow') };
}
