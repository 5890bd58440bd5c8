import type { Indicator } from '../schemas/indicator';
import type { CheckedFigure } from './figure-check';

/** One line of a region's key-figures table: an indicator's latest actual value and latest target. */
export interface KeyFigureRow {
  indicator: Indicator;
  actual?: CheckedFigure | undefined;
  target?: CheckedFigure | undefined;
  /** Other figures of the same indicator (earlier years, estimates, standards). */
  others: CheckedFigure[];
}

const latest = (figures: readonly CheckedFigure[]): CheckedFigure | undefined =>
  [...figures].sort((a, b) => b.year - a.year || a.line - b.line)[0];

/**
 * A region's key figures, one row per indicator, ordered by domain then by how many figures the
 * indicator has in the region (the most documented first).
 */
export function regionKeyFigures(figures: readonly CheckedFigure[], regionId: string, indicatorById: ReadonlyMap<string, Indicator>): KeyFigureRow[] {
  const byIndicator = new Map<string, CheckedFigure[]>();
  for (const f of figures) if (f.region === regionId) byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
  const domainOrder = ['childcare', 'elderly-care', 'health', 'workforce', 'finance', 'social-security', 'population'];
  return [...byIndicator.entries()]
    .map(([id, group]) => {
      const actual = latest(group.filter((f) => f.kind === 'actual'));
      const target = latest(group.filter((f) => f.kind === 'target'));
      return { indicator: indicatorById.get(id)!, actual, target, others: group.filter((f) => f !== actual && f !== target) };
    })
    .sort(
      (a, b) =>
        domainOrder.indexOf(a.indicator.domain) - domainOrder.indexOf(b.indicator.domain) ||
        b.others.length + Number(b.actual !== undefined) + Number(b.target !== undefined) - (a.others.length + Number(a.actual !== undefined) + Number(a.target !== undefined)) ||
        a.indicator.id.localeCompare(b.indicator.id),
    );
}
