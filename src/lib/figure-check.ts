import { figureRow, type FigureRow } from '../schemas/figure';
import type { Indicator } from '../schemas/indicator';
import type { Unit } from '../schemas/unit';
import type { CsvRecord } from './csv-records';
import { firstInternalTerm, internalTermMessage } from './internal-terms';
import { containsQuote } from './quotable-text';


/** One broken rule in the figures table. */
export interface FigureProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  rule: string;
}

/** A checked figure with the line it came from. */
export interface CheckedFigure extends FigureRow {
  line: number;
}

export interface FigureCheckContext {
  file: string;
  indicators: ReadonlyMap<string, Indicator>;
  units: ReadonlyMap<string, Unit>;
  regionIds: ReadonlySet<string>;
  /** Document id → its reading lines (see quotable-text.ts). */
  documentLines: ReadonlyMap<string, readonly string[]>;
  /** Words a note shown to readers must not use (see internal-terms.ts). */
  internalTerms: ReadonlySet<string>;
}

/**
 * Whether the number appears in the quote as a whole number, not as part of a longer one.
 * Thousands separators (1,600,000), full-width digits and trailing zeros (45.50 for 45.5,
 * 60.0 for 60) are accepted.
 */
export function quoteContainsValue(quote: string, value: number): boolean {
  const normalised = quote
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const plain = String(value).replace('.', '\\.');
  const pattern = String(value).includes('.') ? `${plain}0*` : `${plain}(?:\\.0+)?`;
  return new RegExp(`(?<![\\d.])${pattern}(?![\\d]|\\.\\d)`).test(normalised);
}

/** Formats problems as one message per line: file:line › field：message (rule). */
export function formatFigureProblems(problems: readonly FigureProblem[]): string {
  return problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}` : ""} › ${p.field}：${p.message} (${p.rule})`).join("\n");
}

/**
 * Checks every figure row: the fields parse, the region, indicator, unit and document exist, the
 * quote is in the document's text, the value is in the quote, and the note is in readers' words.
 */
export function checkFigureRecords(records: readonly CsvRecord[], ctx: FigureCheckContext): { figures: CheckedFigure[]; problems: FigureProblem[] } {
  const problems: FigureProblem[] = [];
  const figures: CheckedFigure[] = [];
  for (const { line, record } of records) {
    const add = (field: string, message: string, rule: string): void => {
      problems.push({ file: ctx.file, line, field, message, rule });
    };
    const parsed = figureRow.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(issue.path.join('.') || '(row)', issue.message, 'figure.field');
      continue;
    }
    const row = parsed.data;
    if (!ctx.regionIds.has(row.region)) add('region', `未知地区 “${row.region}”：请使用 data/regions.yaml 中的 id，新地区请先加到那里`, 'figure.unknown-region');
    const indicator = ctx.indicators.get(row.indicator);
    if (indicator === undefined) add('indicator', `未知指标 “${row.indicator}”：请使用 data/indicators.yaml 中的 id，或先在那里定义新指标`, 'figure.unknown-indicator');
    const unit = ctx.units.get(row.unit);
    if (unit === undefined) {
      add('unit', `未知单位 “${row.unit}”：请照原文填写单位，并确认它已列在 data/units.yaml 中`, 'figure.unknown-unit');
    } else if (indicator !== undefined) {
      const indicatorUnit = ctx.units.get(indicator.unit);
      if (indicatorUnit !== undefined && indicatorUnit.base !== unit.base) {
        add('unit', `单位 “${row.unit}” 与指标 “${indicator.id}” 的单位 “${indicator.unit}” 不能换算：请检查指标是否选对`, 'figure.unit-mismatch');
      }
    }
    const lines = ctx.documentLines.get(row.document);
    if (lines === undefined) {
      add('document', `文档 “${row.document}” 不存在：请填写 content/documents 中的文件名（不含 .md）`, 'figure.unknown-document');
    } else if (!containsQuote(lines, row.quote)) {
      add('quote', `引文在文档 “${row.document}” 的正文中找不到：请逐字复制原句（校改处用改后的文字，不含编者注）`, 'figure.quote-not-in-source');
    }
    if (!quoteContainsValue(row.quote, row.value)) add('value', `数值 ${row.value} 没有出现在引文中：请核对数值，或引用包含该数值的句子`, 'figure.value-not-in-quote');
    if (row.valueMax !== undefined && !quoteContainsValue(row.quote, row.valueMax)) add('valueMax', `数值 ${row.valueMax} 没有出现在引文中`, 'figure.value-not-in-quote');
    const term = firstInternalTerm(row.note, ctx.internalTerms);
    if (term !== undefined) add('note', internalTermMessage(term), 'figure.note-internal-term');
    figures.push({ ...row, line });
  }
  return { figures, problems };
}
