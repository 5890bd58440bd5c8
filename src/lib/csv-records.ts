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

type CsvRow = { record: Record<string, string>; info: { lines: number } };

const PARSE_OPTIONS = { bom: true, info: true, skip_empty_lines: true } as const;

/**
 * The line on which the record with an unclosed quote starts: the first non-empty line after the
 * `complete` data records csv-parse read before it (the header is line 1).
 */
function unclosedQuoteLine(text: string, complete: number): number {
  const read = complete === 0 ? [] : (parse(text, { ...PARSE_OPTIONS, columns: true, to: complete }) as CsvRow[]);
  const lines = text.split(/\r\n|\n|\r/);
  let line = read.at(-1)?.info.lines ?? 1;
  do line += 1;
  while (line < lines.length && (lines[line - 1] ?? '').trim() === '');
  return line;
}

/** Reads a CSV with a header row into records with line numbers; a malformed CSV names the line. */
export function readCsvRecords(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  let rows: CsvRow[];
  try {
    rows = parse(text, { ...PARSE_OPTIONS, columns: true }) as CsvRow[];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const before = (error as { records?: unknown }).records;
    if (code === 'CSV_QUOTE_NOT_CLOSED' && typeof before === 'number') {
      // csv-parse reports the end of the file; the reader needs the line the quote opened on.
      throw new Error(`${file}:${unclosedQuoteLine(text, before)}：这一行有一个引号没有闭合，从它起到文件末尾都被读成了一个字段。请补上右引号（"），或去掉多余的引号 (csv.unclosed-quote)`);
    }
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
