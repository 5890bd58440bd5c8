import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIGURE_COLUMNS, readCsvRecords, type CsvRecord } from '../../src/lib/csv-records';
import { checkFigureRecords, formatFigureProblems, quoteContainsValue, type FigureCheckContext, type FigureProblem } from '../../src/lib/figure-check';
import { internalTermSet } from '../../src/lib/internal-terms';
import { quotableLines } from '../../src/lib/quotable-text';
import type { Indicator } from '../../src/schemas/indicator';
import type { Unit } from '../../src/schemas/unit';
import { ROOT, readProjectFile } from './support/front-matter';
import { realDataset } from './support/real-dataset';

const FILE = 'data/figures.csv';

const INDICATORS: Indicator[] = [
  { id: 'elderly-canteens', name: '老年食堂数', nameEn: 'Elderly canteens', unit: '家', measures: '村社老年食堂的数量。', direction: 'higher-is-better', domain: 'elderly-care', compare: false },
  { id: 'elderly-care-beds', name: '养老床位数', nameEn: 'Elderly-care beds', unit: '张', measures: '养老床位总数。', direction: 'higher-is-better', domain: 'elderly-care', compare: true },
  { id: 'elderly-service-circle-minutes', name: '养老服务圈', nameEn: 'Service circle', unit: '分钟', measures: '步行可达养老服务的时间。', direction: 'lower-is-better', domain: 'elderly-care', compare: false },
];

const UNITS: Unit[] = [
  { id: '家', base: '个', factor: 1 },
  { id: '万家', base: '个', factor: 10000 },
  { id: '张', base: '张', factor: 1 },
  { id: '万张', base: '张', factor: 10000 },
  { id: '分钟', base: '分钟', factor: 1 },
];

/** A document body with a correction, a source marker and an editorial note, as in content/documents. */
const HANGZHOU_BODY = [
  '## 一、优化养老服务体系[@1]',
  '',
  ':fix[全市]{orig="石家庄市" reason="误替换"}共建成村社老年食堂1600余家、照料中心2900余家，基本形成城乡15—20分钟养老服务圈。:note[原刊作“石家庄市”。]',
  '',
  '全市养老床位达到7.6万张。',
].join('\n');

function context(overrides: Partial<FigureCheckContext> = {}): FigureCheckContext {
  return {
    file: FILE,
    indicators: new Map(INDICATORS.map((i) => [i.id, i])),
    units: new Map(UNITS.map((u) => [u.id, u])),
    regionIds: new Set(['national', 'zhejiang', 'hangzhou']),
    documentLines: new Map([['hangzhou-doc', quotableLines(HANGZHOU_BODY)]]),
    internalTerms: internalTermSet({ regions: ['national', 'zhejiang', 'hangzhou'], indicators: INDICATORS.map((i) => i.id), measures: [], documents: ['hangzhou-doc'] }),
    ...overrides,
  };
}

const CANTEENS_QUOTE = '全市共建成村社老年食堂1600余家、照料中心2900余家';

/** A valid CSV record as csv-parse returns it: every field a string. */
function record(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    region: 'hangzhou',
    indicator: 'elderly-canteens',
    year: '2022',
    value: '1600',
    valueMax: '',
    qualifier: '余',
    unit: '家',
    kind: 'actual',
    document: 'hangzhou-doc',
    quote: CANTEENS_QUOTE,
    note: '',
    ...overrides,
  };
}

function check(overrides: Record<string, string>, line = 2, ctx = context()) {
  return checkFigureRecords([{ line, record: record(overrides) }], ctx);
}

function problem(line: number, field: string, message: string, rule: string): FigureProblem {
  return { file: FILE, line, field, message, rule };
}

describe('quoteContainsValue', () => {
  test.each([
    ['a number followed by a qualifier', '共建成村社老年食堂1600余家', 1600],
    ['a decimal in a table row', '养老方面 | 失能老年人健康管理率（%） | 0.2 | 60', 0.2],
    ['a decimal at the end of a sentence', '每千人口托位数达到4.5。', 4.5],
    ['thousands separators', '全市养老床位1,600张', 1600],
    ['a separated number with decimals', '投入资金12,345.67万元', 12345.67],
    ['full-width digits', '共建成老年食堂１６００余家', 1600],
    ['a full-width decimal point', '占比４．５%', 4.5],
    ['the upper end of a range', '基本形成城乡15—20分钟养老服务圈', 20],
    ['the lower end of a range', '基本形成城乡15—20分钟养老服务圈', 15],
    ['a number at the start of the quote', '90个国家级医养结合试点单位', 90],
  ])('finds %s', (_case, quote, value) => {
    expect(quoteContainsValue(quote, value)).toBe(true);
  });

  test.each([
    ['inside a larger decimal', '占比14.5%', 4.5],
    ['as the head of a longer decimal', '占比4.55%', 4.5],
    ['as the integer part of a decimal', '占比4.5%', 4],
    ['as the fraction of a decimal', '占比0.5%', 5],
    ['inside a larger integer', '共建成老年食堂11600余家', 1600],
    ['inside a year', '截至2021年5月底', 21],
    ['a typo that drops a digit', '共建成村社老年食堂1600余家', 160],
    ['inside a separated number', '全市养老床位11,600张', 1600],
    ['when the number is absent', '基本形成城乡养老服务圈', 15],
  ])('does not find a number %s', (_case, quote, value) => {
    expect(quoteContainsValue(quote, value)).toBe(false);
  });
});

describe('checkFigureRecords', () => {
  test('a valid row gives a typed figure with its line and no problems', () => {
    expect(check({}, 7)).toEqual({
      figures: [
        {
          line: 7,
          region: 'hangzhou',
          indicator: 'elderly-canteens',
          year: 2022,
          value: 1600,
          valueMax: undefined,
          qualifier: '余',
          unit: '家',
          kind: 'actual',
          document: 'hangzhou-doc',
          quote: CANTEENS_QUOTE,
          note: '',
        },
      ],
      problems: [],
    });
  });

  test('a range row with both ends in the quote passes', () => {
    const result = check({ indicator: 'elderly-service-circle-minutes', value: '15', valueMax: '20', qualifier: '', unit: '分钟', quote: '基本形成城乡15—20分钟养老服务圈' });
    expect(result.problems).toEqual([]);
    expect(result.figures[0]).toMatchObject({ value: 15, valueMax: 20 });
  });

  test('a unit with the same base as the indicator’s unit passes (万张 for an indicator in 张)', () => {
    const result = check({ indicator: 'elderly-care-beds', value: '7.6', qualifier: '达到', unit: '万张', quote: '全市养老床位达到7.6万张' });
    expect(result.problems).toEqual([]);
  });

  test('a quote copied from the corrected text passes, one copied from the uncorrected text does not', () => {
    expect(check({ quote: '全市共建成村社老年食堂1600余家' }).problems).toEqual([]);
    expect(check({ quote: '石家庄市共建成村社老年食堂1600余家' }).problems.map((p) => p.rule)).toEqual(['figure.quote-not-in-source']);
  });

  test('figure.field: a missing unit', () => {
    expect(check({ unit: '' }, 3)).toEqual({ figures: [], problems: [problem(3, 'unit', '缺少 unit（单位）：请照原文填写，如 万张、个、%', 'figure.field')] });
  });

  test('figure.field: a qualifier not in the list', () => {
    expect(check({ qualifier: '大约' }).problems).toEqual([
      problem(2, 'qualifier', 'qualifier 只能是以下之一：（空）、约、左右、近、超过、超、逾、余、多、以上、不低于、不少于、达到、≥、以内、不超过、以下', 'figure.field'),
    ]);
  });

  test('figure.field: a kind not in the list', () => {
    expect(check({ kind: 'plan' }).problems).toEqual([
      problem(2, 'kind', 'Invalid option: expected one of "actual"|"target"|"estimate"|"standard"', 'figure.field'),
    ]);
  });

  test('figure.field: a year outside 1949–2100 or not a whole number', () => {
    expect(check({ year: '22' }).problems.map((p) => [p.field, p.rule])).toEqual([['year', 'figure.field']]);
    expect(check({ year: '2022.5' }).problems.map((p) => [p.field, p.rule])).toEqual([['year', 'figure.field']]);
  });

  test('figure.field: a column the schema does not know', () => {
    expect(check({ source: '杭州市民政局' }).problems).toEqual([problem(2, '(row)', 'Unrecognized key: "source"', 'figure.field')]);
  });

  test('figure.field: every field issue of a row is reported, and the row is not checked further', () => {
    const result = check({ unit: '', kind: 'plan', region: 'hangzhuo', document: 'nowhere' });
    expect(result.figures).toEqual([]);
    expect(result.problems.map((p) => [p.field, p.rule])).toEqual([
      ['unit', 'figure.field'],
      ['kind', 'figure.field'],
    ]);
  });

  test('figure.unknown-region', () => {
    expect(check({ region: 'hangzhuo' }).problems).toEqual([
      problem(2, 'region', '未知地区 “hangzhuo”：请使用 data/regions.yaml 中的 id，新地区请先加到那里', 'figure.unknown-region'),
    ]);
  });

  test('figure.unknown-indicator', () => {
    expect(check({ indicator: 'elderly-canteen' }).problems).toEqual([
      problem(2, 'indicator', '未知指标 “elderly-canteen”：请使用 data/indicators.yaml 中的 id，或先在那里定义新指标', 'figure.unknown-indicator'),
    ]);
  });

  test('figure.unknown-unit', () => {
    expect(check({ qualifier: '', unit: '余家' }).problems).toEqual([
      problem(2, 'unit', '未知单位 “余家”：请照原文填写单位，并确认它已列在 data/units.yaml 中', 'figure.unknown-unit'),
    ]);
  });

  test('figure.unit-mismatch: the row’s unit and the indicator’s unit have different bases', () => {
    expect(check({ unit: '张' }).problems).toEqual([
      problem(2, 'unit', '单位 “张” 与指标 “elderly-canteens” 的单位 “家” 不能换算：请检查指标是否选对', 'figure.unit-mismatch'),
    ]);
  });

  test('an unknown indicator is not also reported as a unit mismatch', () => {
    expect(check({ indicator: 'elderly-canteen', unit: '张' }).problems.map((p) => p.rule)).toEqual(['figure.unknown-indicator']);
  });

  test('figure.unknown-document', () => {
    expect(check({ document: 'hangzhou-dco' }).problems).toEqual([
      problem(2, 'document', '文档 “hangzhou-dco” 不存在：请填写 content/documents 中的文件名（不含 .md）', 'figure.unknown-document'),
    ]);
  });

  test('figure.quote-not-in-source', () => {
    expect(check({ quote: '全市共建成老年食堂1600余家' }).problems).toEqual([
      problem(2, 'quote', '引文在文档 “hangzhou-doc” 的正文中找不到：请逐字复制原句（校改处用改后的文字，不含编者注）', 'figure.quote-not-in-source'),
    ]);
  });

  test('figure.quote-not-in-source: a quote that runs into the editorial note', () => {
    const quote = '基本形成城乡15—20分钟养老服务圈。原刊作“石家庄市”。';
    expect(check({ indicator: 'elderly-service-circle-minutes', value: '15', qualifier: '', unit: '分钟', quote }).problems.map((p) => p.rule)).toEqual([
      'figure.quote-not-in-source',
    ]);
  });

  test('figure.value-not-in-quote: value', () => {
    expect(check({ value: '160' }).problems).toEqual([
      problem(2, 'value', '数值 160 没有出现在引文中：请核对数值，或引用包含该数值的句子', 'figure.value-not-in-quote'),
    ]);
  });

  test('figure.value-not-in-quote: valueMax', () => {
    const result = check({ indicator: 'elderly-service-circle-minutes', value: '15', valueMax: '25', qualifier: '', unit: '分钟', quote: '基本形成城乡15—20分钟养老服务圈' });
    expect(result.problems).toEqual([problem(2, 'valueMax', '数值 25 没有出现在引文中', 'figure.value-not-in-quote')]);
  });

  test('figure.note-internal-term: a note that names a row kind, a column or an id is in the data files’ words, not a reader’s', () => {
    const message = (term: string) => `说明里有数据文件的内部用语 “${term}”：说明会显示给读者，请改用中文（如“限定词”“实际值”“目标值”，或指标、地区、措施、文档的中文名称）`;
    expect(check({ note: '同年目标见同文 target 行。' }).problems).toEqual([problem(2, 'note', message('target'), 'figure.note-internal-term')]);
    expect(check({ note: '原文作“1600余家”，qualifier 取“余”。' }).problems).toEqual([problem(2, 'note', message('qualifier'), 'figure.note-internal-term')]);
    expect(check({ note: '另见 hangzhou-doc 的同一数字。' }).problems).toEqual([problem(2, 'note', message('hangzhou-doc'), 'figure.note-internal-term')]);
    expect(check({ note: '不同于 elderly-service-circle-minutes。' }).problems).toEqual([problem(2, 'note', message('elderly-service-circle-minutes'), 'figure.note-internal-term')]);
  });

  test('a note may use Latin words a reader knows (OECD, a product’s name), and ids only as parts of other words', () => {
    expect(check({ note: '经合组织（OECD）国家平均超过12个；“1+N+N”服务体系；hangzhou-docs 不是 id。' }).problems).toEqual([]);
  });

  test('a row with several broken cross-references reports each, and still yields the figure', () => {
    const result = check({ region: 'hangzhuo', unit: '张', document: 'hangzhou-dco', value: '16000' }, 9);
    expect(result.problems.map((p) => [p.line, p.field, p.rule])).toEqual([
      [9, 'region', 'figure.unknown-region'],
      [9, 'unit', 'figure.unit-mismatch'],
      [9, 'document', 'figure.unknown-document'],
      [9, 'value', 'figure.value-not-in-quote'],
    ]);
    expect(result.figures.map((f) => f.line)).toEqual([9]);
  });

  test('rows are checked in order and keep their own line numbers', () => {
    const records: CsvRecord[] = [
      { line: 2, record: record() },
      { line: 3, record: record({ region: 'hangzhuo' }) },
      { line: 5, record: record({ value: '2900' }) },
    ];
    const result = checkFigureRecords(records, context());
    expect(result.figures.map((f) => [f.line, f.value])).toEqual([
      [2, 1600],
      [3, 1600],
      [5, 2900],
    ]);
    expect(result.problems.map((p) => [p.line, p.rule])).toEqual([[3, 'figure.unknown-region']]);
  });
});

describe('formatFigureProblems', () => {
  test('one line per problem: file:line › field：message (rule)', () => {
    expect(
      formatFigureProblems([
        problem(3, 'unit', '未知单位 “余家”', 'figure.unknown-unit'),
        problem(12, 'region', '未知地区 “hangzhuo”', 'figure.unknown-region'),
      ]),
    ).toBe(['data/figures.csv:3 › unit：未知单位 “余家” (figure.unknown-unit)', 'data/figures.csv:12 › region：未知地区 “hangzhuo” (figure.unknown-region)'].join('\n'));
  });

  test('a problem without a line (line 0) names only the file', () => {
    expect(formatFigureProblems([{ file: 'content/case-summaries/beihai.yaml', line: 0, field: 'results[0].documents[0]', message: '文档 “x” 不存在', rule: 'case-summary.unknown-document' }])).toBe(
      'content/case-summaries/beihai.yaml › results[0].documents[0]：文档 “x” 不存在 (case-summary.unknown-document)',
    );
  });

  test('no problems, empty text', () => {
    expect(formatFigureProblems([])).toBe('');
  });
});

/**
 * Each fixture under tests/fixtures/figures is a small figures.csv whose first row is valid and
 * whose later row breaks one rule, checked against the real registries and documents.
 */
describe('bad-input fixtures: one per figure rule, with the message an editor sees', () => {
  const FIXTURES = 'tests/fixtures/figures/';

  function checkFixture(name: string): string {
    const file = `${FIXTURES}${name}.csv`;
    const { indicatorById, units, regionIds, documentLines, internalTerms } = realDataset();
    const records = readCsvRecords(readFileSync(`${ROOT}${file}`, 'utf8'), file, FIGURE_COLUMNS);
    return formatFigureProblems(checkFigureRecords(records, { file, indicators: indicatorById, units, regionIds, documentLines, internalTerms }).problems);
  }

  const RULES: { fixture: string; message: string }[] = [
    { fixture: 'missing-unit', message: 'missing-unit.csv:3 › unit：缺少 unit（单位）：请照原文填写，如 万张、个、% (figure.field)' },
    { fixture: 'unknown-unit', message: 'unknown-unit.csv:3 › unit：未知单位 “余家”：请照原文填写单位，并确认它已列在 data/units.yaml 中 (figure.unknown-unit)' },
    {
      fixture: 'unit-mismatch',
      message: 'unit-mismatch.csv:3 › unit：单位 “张” 与指标 “community-elderly-care-centres” 的单位 “家” 不能换算：请检查指标是否选对 (figure.unit-mismatch)',
    },
    { fixture: 'unknown-region', message: 'unknown-region.csv:3 › region：未知地区 “hangzhuo”：请使用 data/regions.yaml 中的 id，新地区请先加到那里 (figure.unknown-region)' },
    {
      fixture: 'unknown-indicator',
      message: 'unknown-indicator.csv:3 › indicator：未知指标 “elderly-care-centres”：请使用 data/indicators.yaml 中的 id，或先在那里定义新指标 (figure.unknown-indicator)',
    },
    {
      fixture: 'unknown-document',
      message: 'unknown-document.csv:3 › document：文档 “bulletin-2023-01-hangzou” 不存在：请填写 content/documents 中的文件名（不含 .md） (figure.unknown-document)',
    },
    {
      fixture: 'quote-not-in-source',
      message:
        'quote-not-in-source.csv:3 › quote：引文在文档 “bulletin-2023-01-hangzhou” 的正文中找不到：请逐字复制原句（校改处用改后的文字，不含编者注） (figure.quote-not-in-source)',
    },
    { fixture: 'value-not-in-quote', message: 'value-not-in-quote.csv:3 › value：数值 290 没有出现在引文中：请核对数值，或引用包含该数值的句子 (figure.value-not-in-quote)' },
    { fixture: 'value-max-not-in-quote', message: 'value-max-not-in-quote.csv:3 › valueMax：数值 25 没有出现在引文中 (figure.value-not-in-quote)' },
    {
      fixture: 'note-internal-term',
      message:
        'note-internal-term.csv:3 › note：说明里有数据文件的内部用语 “target”：说明会显示给读者，请改用中文（如“限定词”“实际值”“目标值”，或指标、地区、措施、文档的中文名称） (figure.note-internal-term)',
    },
    {
      fixture: 'bad-qualifier',
      message: 'bad-qualifier.csv:3 › qualifier：qualifier 只能是以下之一：（空）、约、左右、近、超过、超、逾、余、多、以上、不低于、不少于、达到、≥、以内、不超过、以下 (figure.field)',
    },
    { fixture: 'bad-kind', message: 'bad-kind.csv:3 › kind：Invalid option: expected one of "actual"|"target"|"estimate"|"standard" (figure.field)' },
    { fixture: 'bad-year', message: 'bad-year.csv:3 › year：year 应为四位年份，如 2025 (figure.field)' },
    { fixture: 'unknown-column', message: 'unknown-column.csv:2 › (row)：Unrecognized key: "source" (figure.field)' },
  ];

  test('the fixtures cover every fixture file, and valid.csv has no problems', () => {
    const files = readdirSync(`${ROOT}${FIXTURES}`).filter((name) => name.endsWith('.csv'));
    const covered = [...RULES.map((r) => r.fixture), 'missing-column', 'unclosed-quote', 'valid'].map((name) => `${name}.csv`);
    expect(files.sort()).toEqual(covered.sort());
    expect(checkFixture('valid')).toBe('');
  });

  test.each(RULES)('$fixture', ({ fixture, message }) => {
    expect(checkFixture(fixture)).toBe(`${FIXTURES}${message}`);
  });

  test('missing-column: the header names the missing column and the expected header (csv.columns)', () => {
    expect(() => checkFixture('missing-column')).toThrow(
      new Error(`${FIXTURES}missing-column.csv:1：缺少列 qualifier。表头应为：region,indicator,year,value,valueMax,qualifier,unit,kind,document,quote,note (csv.columns)`),
    );
  });

  test('unclosed-quote: a malformed CSV names the line of the unclosed quote (csv.unclosed-quote)', () => {
    expect(() => checkFixture('unclosed-quote')).toThrow(
      new Error(`${FIXTURES}unclosed-quote.csv:3：这一行有一个引号没有闭合，从它起到文件末尾都被读成了一个字段。请补上右引号（"），或去掉多余的引号 (csv.unclosed-quote)`),
    );
  });
});

describe('the real dataset', () => {
  test('every indicator’s unit is listed in data/units.yaml', () => {
    const { indicators, units } = realDataset();
    expect(indicators.filter((i) => !units.has(i.unit)).map((i) => `${i.id}: ${i.unit}`)).toEqual([]);
  });

  test('data/figures.csv has no problems against the real registries and documents', () => {
    const { indicatorById, units, regionIds, documentLines, internalTerms } = realDataset();
    const records = readCsvRecords(readProjectFile(FILE), FILE, FIGURE_COLUMNS);
    const { figures, problems } = checkFigureRecords(records, { file: FILE, indicators: indicatorById, units, regionIds, documentLines, internalTerms });
    expect(formatFigureProblems(problems)).toBe('');
    expect(figures).toHaveLength(records.length);
    // Guard against a silently empty read: the table has a few hundred rows.
    expect(figures.length).toBeGreaterThan(200);
  });
});

describe('quoteContainsValue: printed forms', () => {
  test('several thousands separators', () => {
    expect(quoteContainsValue('全市老年人口1,600,000人', 1600000)).toBe(true);
  });

  test('trailing zeros after the decimal point, and .0 after a whole number', () => {
    expect(quoteContainsValue('占比45.50%', 45.5)).toBe(true);
    expect(quoteContainsValue('达到60.0%', 60)).toBe(true);
    expect(quoteContainsValue('占比45.51%', 45.5)).toBe(false);
  });
});
