// Notes in the data files are shown to readers beside each figure and adoption, so they must be
// written in words a reader knows: not the files' own vocabulary (column names, figure kinds, the
// ids of regions, indicators, measures and documents), which an editor reaches for when writing
// “see the target row” or “not counted as childcare-institutions”.

import { figureKind } from '../schemas/indicator';
import { FIGURE_COLUMNS, MEASURE_COLUMNS } from './csv-records';

/** Latin words and ids in a text, as written (ids are lower case with hyphens). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9_-]*/g;

/** The first word of the data files' own vocabulary in `text`, if any. */
export function firstInternalTerm(text: string, internalTerms: ReadonlySet<string>): string | undefined {
  for (const [word] of text.matchAll(LATIN_WORD)) {
    if (internalTerms.has(word)) return word;
  }
  return undefined;
}

/** The message for a text (by default a row's note) that uses one: what was found, and what to write instead. */
export function internalTermMessage(term: string, what = '说明'): string {
  return `${what}里有数据文件的内部用语 “${term}”：${what}会显示给读者，请改用中文（如“限定词”“实际值”“目标值”，或指标、地区、措施、文档的中文名称）`;
}

/** The data files' vocabulary: their column names, the figure kinds, and every id the data uses. */
export function internalTermSet(ids: { regions: Iterable<string>; indicators: Iterable<string>; measures: Iterable<string>; documents: Iterable<string> }): Set<string> {
  return new Set([...FIGURE_COLUMNS, ...MEASURE_COLUMNS, ...figureKind.options, ...ids.regions, ...ids.indicators, ...ids.measures, ...ids.documents]);
}

/** A definition in a YAML registry with the fields of it that readers see. */
export interface ShownDefinition {
  id: string;
  fields: Record<string, string | undefined>;
}

/**
 * One message per shown field of a definition that uses the files' vocabulary, as
 * `file › id.field：message (rule)`: the indicators' meanings and caveats (the data page), the
 * measures' descriptions (the matrix).
 */
export function definitionTermProblems(file: string, definitions: readonly ShownDefinition[], internalTerms: ReadonlySet<string>, rule: string): string[] {
  return definitions.flatMap(({ id, fields }) =>
    Object.entries(fields).flatMap(([field, text]) => {
      const term = text === undefined ? undefined : firstInternalTerm(text, internalTerms);
      return term === undefined ? [] : [`${file} › ${id}.${field}：${internalTermMessage(term, '这段文字')} (${rule})`];
    }),
  );
}
