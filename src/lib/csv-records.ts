import { parse } from 'csv-parse/sync';

/** A CSV record as read, with the line it ends on. */
export interface CsvRecord {
  line: number;
  record: Record<string, string>;
}

/** The columns of data/figures.csv, in order. */
export const FIGURE_COLUMNS = ['region', 'indicator', 'year', 'value', 'valueMax', 'qualifier', 'unit', 'kind', 'document', 'quote', 'note'] as const;

/** The columns of data/measures.csv, in order. */
export const MEASURE_COLUMNS = ['region', 'measure', 'document', 'quote', 'note'] as const;

/** Reads a CSV with a header row into records with line numbers; a malformed CSV names the line. */
export function readCsvRecords(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, columns: true, info: true, skip_empty_lines: true }) as typeof rows;
  } catch (error) {
    throw new Error(`${file}：CSV 无法解析（${(error as Error).message}）。请检查引号和逗号 (csv.parse)`);
  }
  // The header is read on its own, so a file with only a header is still checked.
  const header = ((parse(text, { bom: true, to_line: 1 }) as string[][])[0] ?? []).map((c) => c.trim());
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new Error(`${file}:1：缺少列 ${missing.join('、')}。表头应为：${columns.join(',')} (csv.columns)`);
  }
  // info.lines is the line a record ends on: the line a person sees when a quote holds no line break.
  return rows.map(({ record, info }) => ({ line: info.lines, record }));
}
