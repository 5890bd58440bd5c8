import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { CheckedFigure } from '../../src/lib/figure-check';
import { EXPORT_COLUMNS, exportFigures, toCsvWithBom, type ExportedFigure } from '../../src/lib/figure-export';
import { quoteAnchorId } from '../../src/lib/quote-anchor';
import type { Indicator } from '../../src/schemas/indicator';
import type { Region } from '../../src/schemas/region';

const REGION_BY_ID = new Map<string, Region>([
  ['hangzhou', { id: 'hangzhou', name: '杭州市', shortName: '杭州', nameEn: 'Hangzhou', pinyin: 'hangzhou', level: 'municipal', parent: 'zhejiang' }],
]);
const INDICATOR_BY_ID = new Map<string, Indicator>([
  [
    'elderly-canteens',
    { id: 'elderly-canteens', name: '老年食堂数', nameEn: 'Elderly canteens', unit: '家', measures: '村社老年食堂的数量。', direction: 'higher-is-better', domain: 'elderly-care', compare: false },
  ],
]);
const NAMES = {
  regionById: REGION_BY_ID,
  indicatorById: INDICATOR_BY_ID,
  documentTitle: (id: string) => `《${id}》`,
  documentUrl: (id: string) => `https://example.org/documents/${id}/`,
};

const QUOTE = '全市共建成村社老年食堂1600余家、照料中心2900余家，基本形成城乡15—20分钟养老服务圈';

function figure(overrides: Partial<CheckedFigure> = {}): CheckedFigure {
  return {
    line: 80,
    region: 'hangzhou',
    indicator: 'elderly-canteens',
    year: 2022,
    value: 1600,
    valueMax: undefined,
    qualifier: '余',
    unit: '家',
    kind: 'actual',
    document: 'bulletin-2023-01-hangzhou',
    quote: QUOTE,
    note: '村社老年食堂累计建成数；原文未注明年份，按文档日期推定。',
    ...overrides,
  };
}

describe('exportFigures', () => {
  test('a figure with the names a spreadsheet reader needs, without its line number', () => {
    expect(exportFigures([figure()], NAMES)).toEqual([
      {
        region: 'hangzhou',
        regionName: '杭州市',
        indicator: 'elderly-canteens',
        indicatorName: '老年食堂数',
        year: 2022,
        value: 1600,
        valueMax: null,
        qualifier: '余',
        qualifierMeaning: 'more-than',
        unit: '家',
        kind: 'actual',
        document: 'bulletin-2023-01-hangzhou',
        documentTitle: '《bulletin-2023-01-hangzhou》',
        documentUrl: 'https://example.org/documents/bulletin-2023-01-hangzhou/',
        quote: QUOTE,
        quoteUrl: `https://example.org/documents/bulletin-2023-01-hangzhou/#${quoteAnchorId(QUOTE)}`,
        note: '村社老年食堂累计建成数；原文未注明年份，按文档日期推定。',
      },
    ]);
  });

  test('a range keeps its upper end; an exact value means exact', () => {
    const [row] = exportFigures([figure({ value: 15, valueMax: 20, qualifier: '', unit: '分钟' })], NAMES);
    expect(row).toMatchObject({ value: 15, valueMax: 20, qualifier: '', qualifierMeaning: 'exact' });
  });

  test('qualifier meanings follow the schema', () => {
    const meanings = (['约', '近', '以上', '达到', '不超过'] as const).map((q) => exportFigures([figure({ qualifier: q })], NAMES)[0]?.qualifierMeaning);
    expect(meanings).toEqual(['approximately', 'nearly', 'at-least', 'at-least', 'at-most']);
  });

  test('unknown region and indicator ids fall back to the id', () => {
    const [row] = exportFigures([figure({ region: 'qinzhou', indicator: 'new-indicator' })], NAMES);
    expect(row).toMatchObject({ regionName: 'qinzhou', indicatorName: 'new-indicator' });
  });

  test('rows keep the input order', () => {
    const rows = exportFigures([figure({ year: 2022 }), figure({ year: 2015 }), figure({ year: 2020 })], NAMES);
    expect(rows.map((r) => r.year)).toEqual([2022, 2015, 2020]);
  });
});

describe('EXPORT_COLUMNS', () => {
  test('every exported field has a description, in the order of the download', () => {
    expect(Object.keys(EXPORT_COLUMNS)).toEqual(Object.keys(exportFigures([figure()], NAMES)[0] as ExportedFigure));
  });
});

describe('toCsvWithBom', () => {
  const tricky = figure({ quote: '他说：“全市共建成”，又说"1,600余家"', note: '第一行\n第二行' });
  const rows = exportFigures([figure(), figure({ value: 15, valueMax: 20, qualifier: '', unit: '分钟' }), tricky], NAMES);
  const csv = toCsvWithBom(rows);

  test('starts with a UTF-8 byte-order mark, then the header in column order', () => {
    expect(csv.startsWith('\uFEFFregion,regionName,indicator,indicatorName,year,value,valueMax,qualifier,qualifierMeaning,unit,kind,document,documentTitle,documentUrl,quote,quoteUrl,note\n')).toBe(
      true,
    );
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
  });

  test('a plain row is written unquoted, with an empty field for a missing valueMax', () => {
    expect(csv.split('\n')[1]).toBe(
      `hangzhou,杭州市,elderly-canteens,老年食堂数,2022,1600,,余,more-than,家,actual,bulletin-2023-01-hangzhou,《bulletin-2023-01-hangzhou》,https://example.org/documents/bulletin-2023-01-hangzhou/,${QUOTE},https://example.org/documents/bulletin-2023-01-hangzhou/#${quoteAnchorId(QUOTE)},村社老年食堂累计建成数；原文未注明年份，按文档日期推定。`,
    );
  });

  test('fields with commas, quotes or line breaks are quoted, inner quotes doubled', () => {
    expect(csv).toContain('"他说：“全市共建成”，又说""1,600余家"""');
    expect(csv).toContain('"第一行\n第二行"');
  });

  test('round-trips through csv-parse', () => {
    const parsed = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(
      rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))),
    );
    expect(parsed[2]?.quote).toBe('他说：“全市共建成”，又说"1,600余家"');
    expect(parsed[1]?.valueMax).toBe('20');
  });

  test('decimals are written as numbers, not in another notation', () => {
    const csvText = toCsvWithBom(exportFigures([figure({ value: 0.2, unit: '%' }), figure({ value: 120.71, unit: '万人' })], NAMES));
    const parsed = parse(csvText, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed.map((r) => r.value)).toEqual(['0.2', '120.71']);
  });

  test('no rows, only the header', () => {
    expect(toCsvWithBom([])).toBe(`\uFEFF${Object.keys(EXPORT_COLUMNS).join(',')}\n`);
  });
});
