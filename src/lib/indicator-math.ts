import type { FigureKind, Indicator } from '../schemas/indicator';
import type { Unit } from '../schemas/unit';
import type { CheckedFigure } from './figure-check';

/** A figure converted to its indicator's display unit, ready to be drawn or tabulated. */
export interface ComparablePoint {
  region: string;
  regionLabel: string;
  year: number;
  kind: FigureKind;
  /** Value in the indicator's unit. */
  value: number;
  qualifier: string;
  /** The figure it came from. */
  figure: CheckedFigure;
}

/** Converts a figure's value into the indicator's unit (e.g. 1.5 万张 → 15000 张). */
export function toIndicatorUnit(figure: CheckedFigure, indicator: Indicator, units: ReadonlyMap<string, Unit>): number {
  const from = units.get(figure.unit);
  const to = units.get(indicator.unit);
  if (from === undefined || to === undefined || from.base !== to.base) {
    throw new Error(`${figure.unit} → ${indicator.unit}：单位无法换算 (indicator.unit-conversion)`);
  }
  // Round away binary noise from the factor (0.1 × 10000 = 1000.0000000000001).
  return Number(((figure.value * from.factor) / to.factor).toPrecision(12));
}

/**
 * For a comparison chart: per region, its latest actual value and its latest target (if any).
 * Regions are ordered by their latest actual value, highest first, then by target.
 */
export function latestPointsByRegion(points: readonly ComparablePoint[]): ComparablePoint[] {
  const chosen = new Map<string, ComparablePoint>();
  for (const p of points) {
    if (p.kind !== 'actual' && p.kind !== 'target') continue;
    const key = `${p.region}|${p.kind}`;
    const current = chosen.get(key);
    if (current === undefined || p.year > current.year || (p.year === current.year && p.value > current.value)) chosen.set(key, p);
  }
  const rank = (region: string): number => chosen.get(`${region}|actual`)?.value ?? chosen.get(`${region}|target`)?.value ?? 0;
  return [...chosen.values()].sort((a, b) => rank(b.region) - rank(a.region) || a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind));
}

/**
 * The qualifier as shown next to a number. 达到 ("reaches") is kept in the data, where it reads as
 * "at least", but printed before a number it only repeats what the number says.
 */
export function displayQualifier(qualifier: string): string {
  return qualifier === '达到' ? '' : qualifier;
}

/** Qualifiers printed after the number (1600余家, 60%以上, 5000个左右); the others come before it. */
const QUALIFIERS_BETWEEN_NUMBER_AND_UNIT = new Set(['余', '多']);
const QUALIFIERS_AFTER_UNIT = new Set(['以上', '左右', '以下', '以内']);

/** A value with its qualifier and unit in Chinese reading order: 约15万人, 1,600余家, 60%以上. */
export function formatQualified(value: number, qualifier: string, unit: string, valueMax?: number): string {
  const shown = displayQualifier(qualifier);
  const number = `${formatValue(value)}${valueMax !== undefined ? `—${formatValue(valueMax)}` : ''}`;
  if (QUALIFIERS_BETWEEN_NUMBER_AND_UNIT.has(shown)) return `${number}${shown}${unit}`;
  if (QUALIFIERS_AFTER_UNIT.has(shown)) return `${number}${unit}${shown}`;
  return `${shown}${number}${unit}`;
}

/** Formats a number for Chinese text: up to two decimals, no trailing zeros, thousands with commas. */
export function formatValue(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Chinese label for a figure kind. */
export const KIND_NAMES: Record<FigureKind, string> = { actual: '实际值', target: '目标值', estimate: '估计值', standard: '标准' };

/**
 * The one-sentence summary written under a comparison chart, e.g.
 * "有数据的 5 个地区中，实际值最高的是泰安（39张/千人，2020年），最低的是北海（…）；全国目标为 …。"
 */
export function summariseComparison(points: readonly ComparablePoint[], indicator: Indicator, unitLabel: string): string {
  const actuals = points.filter((p) => p.kind === 'actual' && p.region !== 'national');
  const targets = points.filter((p) => p.kind === 'target' && p.region !== 'national');
  const national = points.filter((p) => p.region === 'national');
  const regions = new Set(points.filter((p) => p.region !== 'national').map((p) => p.region));
  const say = (p: ComparablePoint): string => `${p.regionLabel}（${formatQualified(p.value, p.qualifier, unitLabel)}，${p.year}年${p.kind === 'target' ? '目标' : ''}）`;
  const parts: string[] = [];
  if (actuals.length >= 2) {
    const sorted = [...actuals].sort((a, b) => b.value - a.value);
    const high = sorted[0]!;
    const low = sorted[sorted.length - 1]!;
    const better = indicator.direction === 'lower-is-better' ? '最低' : '最高';
    parts.push(`有数据的 ${regions.size} 个地区中，${indicator.name}实际值最高的是${say(high)}，最低的是${say(low)}`);
    if (better === '最低') parts.push('该指标越低越好');
  } else if (actuals.length === 1) {
    parts.push(`${indicator.name}只有${say(actuals[0]!)}一个地方的实际值`);
  } else {
    parts.push(`${indicator.name}各地只有目标值，没有实际值`);
  }
  if (targets.length > 0) {
    const sorted = [...targets].sort((a, b) => b.value - a.value);
    parts.push(targets.length === 1 ? `目标值为${say(sorted[0]!)}` : `目标值从${say(sorted[sorted.length - 1]!)}到${say(sorted[0]!)}不等`);
  }
  const nationalTarget = national.find((p) => p.kind === 'target');
  const nationalActual = national.find((p) => p.kind === 'actual');
  if (nationalActual !== undefined) parts.push(`全国为${formatQualified(nationalActual.value, nationalActual.qualifier, unitLabel)}（${nationalActual.year}年）`);
  if (nationalTarget !== undefined) parts.push(`全国目标为${formatQualified(nationalTarget.value, nationalTarget.qualifier, unitLabel)}（${nationalTarget.year}年）`);
  return `${parts.join('；')}。`;
}

/** Notes a reader needs before comparing: years that differ between regions. */
export function comparabilityNotes(points: readonly ComparablePoint[]): string[] {
  const notes: string[] = [];
  const actualYears = new Set(points.filter((p) => p.kind === 'actual').map((p) => p.year));
  if (actualYears.size > 1) notes.push(`各地实际值的年份不同（${[...actualYears].sort().join('、')}年），比较时请注意时间差。`);
  const targetYears = new Set(points.filter((p) => p.kind === 'target').map((p) => p.year));
  if (targetYears.size > 1) notes.push(`各地目标年份不同（${[...targetYears].sort().join('、')}年）。`);
  const qualified = points.filter((p) => displayQualifier(p.qualifier) !== '');
  if (qualified.length > 0) notes.push(`部分数值原文带有限定词（如“约”“以上”），图中按原数绘制。`);
  return notes;
}
