import { measureAdoption, type MeasureAdoption } from '../schemas/measure';
import type { CsvRecord } from './csv-records';
import type { FigureProblem } from './figure-check';
import { firstInternalTerm, internalTermMessage } from './internal-terms';
import { containsQuote } from './quotable-text';

/** A checked adoption with the CSV line it came from. */
export interface CheckedAdoption extends MeasureAdoption {
  line: number;
}

export interface MeasureCheckContext {
  file: string;
  measureIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
  documentLines: ReadonlyMap<string, readonly string[]>;
  /** Words a note shown to readers must not use (see internal-terms.ts). */
  internalTerms: ReadonlySet<string>;
}

/** Checks every adoption row: the measure, region and document exist, the quote is in the text, and the note is in readers' words. */
export function checkMeasureRecords(records: readonly CsvRecord[], ctx: MeasureCheckContext): { adoptions: CheckedAdoption[]; problems: FigureProblem[] } {
  const problems: FigureProblem[] = [];
  const adoptions: CheckedAdoption[] = [];
  for (const { line, record } of records) {
    const add = (field: string, message: string, rule: string): void => {
      problems.push({ file: ctx.file, line, field, message, rule });
    };
    const parsed = measureAdoption.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(issue.path.join('.') || '(row)', issue.message, 'measure.field');
      continue;
    }
    const row = parsed.data;
    if (!ctx.measureIds.has(row.measure)) add('measure', `未知措施 “${row.measure}”：请使用 data/measures.yaml 中的 id，或先在那里定义`, 'measure.unknown-measure');
    if (!ctx.regionIds.has(row.region)) add('region', `未知地区 “${row.region}”：请使用 data/regions.yaml 中的 id`, 'measure.unknown-region');
    const lines = ctx.documentLines.get(row.document);
    if (lines === undefined) add('document', `文档 “${row.document}” 不存在`, 'measure.unknown-document');
    else if (!containsQuote(lines, row.quote)) add('quote', `引文在文档 “${row.document}” 的正文中找不到：请逐字复制原句`, 'measure.quote-not-in-source');
    const term = firstInternalTerm(row.note, ctx.internalTerms);
    if (term !== undefined) add('note', internalTermMessage(term), 'measure.note-internal-term');
    adoptions.push({ ...row, line });
  }
  return { adoptions, problems };
}
