import { isValid, parse } from 'date-fns';

/** How precisely a partial date is written. */
export type Precision = 'year' | 'month' | 'day';

const FORMAT_BY_PRECISION: Record<Precision, string> = { year: 'yyyy', month: 'yyyy-MM', day: 'yyyy-MM-dd' };
const PATTERN_BY_PRECISION: Record<Precision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
};

/** The precision a YYYY / YYYY-MM / YYYY-MM-DD string is written at, or undefined if none. */
export function precisionOf(value: string): Precision | undefined {
  return (Object.keys(PATTERN_BY_PRECISION) as Precision[]).find((p) => PATTERN_BY_PRECISION[p].test(value));
}

/** Whether the string is a real calendar date at year, month or day precision. */
export function isValidPartialDate(value: string): boolean {
  const precision = precisionOf(value);
  if (precision === undefined) return false;
  return isValid(parse(value, FORMAT_BY_PRECISION[precision], new Date(2000, 0, 1)));
}

/** Chinese reading form: 2023年, 2023年1月, 2023年1月15日. */
export function formatChineseDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return `${y}年`;
  if (d === undefined) return `${y}年${Number(m)}月`;
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The four-digit year of a partial date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
