import { describe, expect, test } from 'vitest';
import { MEASURE_COLUMNS, readCsvRecords, type CsvRecord } from '../../src/lib/csv-records';
import { formatFigureProblems } from '../../src/lib/figure-check';
import { checkMeasureRecords, type MeasureCheckContext } from '../../src/lib/measure-check';
import { internalTermSet } from '../../src/lib/internal-terms';
import { quotableLines } from '../../src/lib/quotable-text';
import { readProjectFile } from './support/front-matter';
import { realDataset } from './support/real-dataset';

const FILE = 'data/measures.csv';

const BEIHAI_BODY = [
  '## 二、推动托育服务向高质量发展迈步[@3]',
  '',
  '自2021年以来，北海市有2个托育机构分别获得中央普惠托育项目补助资金60万元和40万元。',
  '',
  '同时鼓励工会、妇女儿童活动中心等对自有场所进行改造，提供非盈利性婴幼儿照护服务。',
].join('\n');

function context(): MeasureCheckContext {
  return {
    file: FILE,
    measureIds: new Set(['operating-subsidies', 'repurpose-idle-facilities', 'time-bank']),
    regionIds: new Set(['national', 'guangxi', 'beihai']),
    documentLines: new Map([['beihai-doc', quotableLines(BEIHAI_BODY)]]),
    internalTerms: internalTermSet({ regions: ['national', 'guangxi', 'beihai'], indicators: [], measures: ['operating-subsidies', 'repurpose-idle-facilities', 'time-bank'], documents: ['beihai-doc'] }),
  };
}

function record(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    region: 'beihai',
    measure: 'operating-subsidies',
    document: 'beihai-doc',
    quote: '北海市有2个托育机构分别获得中央普惠托育项目补助资金60万元和40万元',
    note: '中央普惠托育项目补助。',
    ...overrides,
  };
}

function check(overrides: Record<string, string>, line = 4) {
  return checkMeasureRecords([{ line, record: record(overrides) }], context());
}

describe('checkMeasureRecords', () => {
  test('a valid row gives an adoption with its line and no problems', () => {
    expect(check({})).toEqual({
      adoptions: [
        {
          line: 4,
          region: 'beihai',
          measure: 'operating-subsidies',
          document: 'beihai-doc',
          quote: '北海市有2个托育机构分别获得中央普惠托育项目补助资金60万元和40万元',
          note: '中央普惠托育项目补助。',
        },
      ],
      problems: [],
    });
  });

  test('a missing note defaults to empty', () => {
    const { note: _note, ...withoutNote } = record();
    const result = checkMeasureRecords([{ line: 2, record: withoutNote }], context());
    expect(result.problems).toEqual([]);
    expect(result.adoptions[0]?.note).toBe('');
  });

  test('measure.field: a quote too short to identify a sentence, and the row is dropped', () => {
    expect(check({ quote: '补助' })).toEqual({
      adoptions: [],
      problems: [{ file: FILE, line: 4, field: 'quote', message: 'Too small: expected string to have >=4 characters', rule: 'measure.field' }],
    });
  });

  test('measure.field: an empty region', () => {
    expect(check({ region: '' }).problems.map((p) => [p.field, p.rule])).toEqual([['region', 'measure.field']]);
  });

  test('measure.unknown-measure', () => {
    expect(check({ measure: 'operating-subsidy' }).problems).toEqual([
      { file: FILE, line: 4, field: 'measure', message: '未知措施 “operating-subsidy”：请使用 data/measures.yaml 中的 id，或先在那里定义', rule: 'measure.unknown-measure' },
    ]);
  });

  test('measure.unknown-region', () => {
    expect(check({ region: 'beihia' }).problems).toEqual([
      { file: FILE, line: 4, field: 'region', message: '未知地区 “beihia”：请使用 data/regions.yaml 中的 id', rule: 'measure.unknown-region' },
    ]);
  });

  test('measure.unknown-document', () => {
    expect(check({ document: 'beihai' }).problems).toEqual([
      { file: FILE, line: 4, field: 'document', message: '文档 “beihai” 不存在', rule: 'measure.unknown-document' },
    ]);
  });

  test('measure.quote-not-in-source', () => {
    expect(check({ quote: '北海市有两个托育机构获得中央普惠托育项目补助' }).problems).toEqual([
      { file: FILE, line: 4, field: 'quote', message: '引文在文档 “beihai-doc” 的正文中找不到：请逐字复制原句', rule: 'measure.quote-not-in-source' },
    ]);
  });

  test('measure.note-internal-term: a note that names a measure by its id', () => {
    expect(check({ note: '原文未提志愿服务储蓄，故不记为 time-bank。' }).problems).toEqual([
      {
        file: FILE,
        line: 4,
        field: 'note',
        message: '说明里有数据文件的内部用语 “time-bank”：说明会显示给读者，请改用中文（如“限定词”“实际值”“目标值”，或指标、地区、措施、文档的中文名称）',
        rule: 'measure.note-internal-term',
      },
    ]);
  });

  test('a quote spanning two paragraphs is not in the source', () => {
    const quote = '补助资金60万元和40万元。同时鼓励工会';
    expect(check({ quote }).problems.map((p) => p.rule)).toEqual(['measure.quote-not-in-source']);
  });

  test('several problems in one row are all reported, and the row is kept', () => {
    const result = check({ measure: 'x', region: 'y', document: 'z' }, 7);
    expect(result.problems.map((p) => [p.line, p.rule])).toEqual([
      [7, 'measure.unknown-measure'],
      [7, 'measure.unknown-region'],
      [7, 'measure.unknown-document'],
    ]);
    expect(result.adoptions).toHaveLength(1);
  });

  test('rows keep their own line numbers', () => {
    const records: CsvRecord[] = [
      { line: 2, record: record() },
      { line: 3, record: record({ measure: 'repurpose-idle-facilities', quote: '鼓励工会、妇女儿童活动中心等对自有场所进行改造' }) },
    ];
    expect(checkMeasureRecords(records, context()).adoptions.map((a) => [a.line, a.measure])).toEqual([
      [2, 'operating-subsidies'],
      [3, 'repurpose-idle-facilities'],
    ]);
  });
});

describe('the real dataset', () => {
  test('data/measures.csv has no problems against the real registries and documents', () => {
    const { measures, regionIds, documentLines, internalTerms } = realDataset();
    const records = readCsvRecords(readProjectFile(FILE), FILE, MEASURE_COLUMNS);
    const { adoptions, problems } = checkMeasureRecords(records, { file: FILE, measureIds: new Set(measures.map((m) => m.id)), regionIds, documentLines, internalTerms });
    expect(formatFigureProblems(problems)).toBe('');
    expect(adoptions).toHaveLength(records.length);
    expect(adoptions.length).toBeGreaterThan(150);
  });
});
