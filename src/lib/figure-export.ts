import { stringify } from 'csv-stringify/sync';
import { QUALIFIERS } from '../schemas/figure';
import type { Indicator } from '../schemas/indicator';
import type { Region } from '../schemas/region';
import type { CheckedFigure } from './figure-check';
import { quoteUrl } from './quote-anchor';

/** One figure as it is downloaded: the row plus the names a spreadsheet reader needs. */
export interface ExportedFigure {
  region: string;
  regionName: string;
  indicator: string;
  indicatorName: string;
  year: number;
  value: number;
  valueMax: number | null;
  qualifier: string;
  qualifierMeaning: string;
  unit: string;
  kind: string;
  document: string;
  documentTitle: string;
  documentUrl: string;
  quote: string;
  quoteUrl: string;
  note: string;
}

/** What each download column means; printed on the data page and kept in the JSON. */
export const EXPORT_COLUMNS: Record<keyof ExportedFigure, string> = {
  region: '地区 id',
  regionName: '地区名称',
  indicator: '指标 id（定义见数据说明页）',
  indicatorName: '指标名称',
  year: '年份：实际值为截至年份，目标值为目标年份',
  value: '数值，照原文（单位见 unit）',
  valueMax: '区间上限（原文为区间时），否则为空',
  qualifier: '原文中的限定词（约、超过、以上……），精确值为空',
  qualifierMeaning: '限定词的含义：exact, approximately, nearly, more-than, at-least, at-most',
  unit: '单位，照原文',
  kind: 'actual 实际值 / target 目标值 / estimate 估计值 / standard 标准',
  document: '来源文档 id',
  documentTitle: '来源文档标题',
  documentUrl: '来源文档网址',
  quote: '数值所在的原句',
  quoteUrl: '原句在本站文档页中的位置（网址，打开即定位并标出原句）',
  note: '说明：口径、来源之间的出入、推定的年份等',
};

/** Turns checked figures into download rows, in a stable order. */
export function exportFigures(
  figures: readonly CheckedFigure[],
  names: {
    regionById: ReadonlyMap<string, Region>;
    indicatorById: ReadonlyMap<string, Indicator>;
    documentTitle: (id: string) => string;
    documentUrl: (id: string) => string;
  },
): ExportedFigure[] {
  return figures.map((f) => ({
    region: f.region,
    regionName: names.regionById.get(f.region)?.name ?? f.region,
    indicator: f.indicator,
    indicatorName: names.indicatorById.get(f.indicator)?.name ?? f.indicator,
    year: f.year,
    value: f.value,
    valueMax: f.valueMax ?? null,
    qualifier: f.qualifier,
    qualifierMeaning: QUALIFIERS[f.qualifier],
    unit: f.unit,
    kind: f.kind,
    document: f.document,
    documentTitle: names.documentTitle(f.document),
    documentUrl: names.documentUrl(f.document),
    quote: f.quote,
    quoteUrl: quoteUrl(names.documentUrl(f.document), f.quote),
    note: f.note,
  }));
}

/** CSV with a UTF-8 byte-order mark, so spreadsheet software shows the Chinese text. */
export function toCsvWithBom(rows: readonly ExportedFigure[]): string {
  return `\uFEFF${stringify(rows as ExportedFigure[], { header: true, columns: Object.keys(EXPORT_COLUMNS), cast: { number: (n) => String(n) } })}`;
}
