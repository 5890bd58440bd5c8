import { describe, expect, test } from 'vitest';
import { FIGURE_COLUMNS, MEASURE_COLUMNS, readCsvRecords } from '../../src/lib/csv-records';
import { readProjectFile } from './support/front-matter';

const FILE = 'data/measures.csv';
const HEADER = MEASURE_COLUMNS.join(',');

describe('readCsvRecords', () => {
  test('records are keyed by the header, with the line each is on', () => {
    const text = [
      HEADER,
      'national,family-care-beds,cpc-state-council-2025-elderly-care-reform-opinions,探索为居家失能老年人建设家庭养老床位,原文作“探索”。',
      'hangzhou,elderly-meal-service,bulletin-2023-01-hangzhou,全市共建成村社老年食堂1600余家,',
      '',
    ].join('\n');
    expect(readCsvRecords(text, FILE, MEASURE_COLUMNS)).toEqual([
      {
        line: 2,
        record: {
          region: 'national',
          measure: 'family-care-beds',
          document: 'cpc-state-council-2025-elderly-care-reform-opinions',
          quote: '探索为居家失能老年人建设家庭养老床位',
          note: '原文作“探索”。',
        },
      },
      { line: 3, record: { region: 'hangzhou', measure: 'elderly-meal-service', document: 'bulletin-2023-01-hangzhou', quote: '全市共建成村社老年食堂1600余家', note: '' } },
    ]);
  });

  test('a byte-order mark does not become part of the first column name', () => {
    const [first] = readCsvRecords(`\uFEFF${HEADER}\nnational,time-bank,doc,一句引文,\n`, FILE, MEASURE_COLUMNS);
    expect(Object.keys(first?.record ?? {})).toEqual([...MEASURE_COLUMNS]);
    expect(first?.record.region).toBe('national');
  });

  test('quoted fields keep their commas and doubled quotes', () => {
    const [first] = readCsvRecords(`${HEADER}\nnational,time-bank,doc,"设立“时间银行”，推广""互助养老""",\n`, FILE, MEASURE_COLUMNS);
    expect(first?.record.quote).toBe('设立“时间银行”，推广"互助养老"');
  });

  test('blank lines are skipped but still counted in line numbers', () => {
    const records = readCsvRecords(`${HEADER}\n\nnational,time-bank,doc,一句引文,\n\n\nbeihai,time-bank,doc,另一句引文,\n`, FILE, MEASURE_COLUMNS);
    expect(records.map((r) => [r.line, r.record.region])).toEqual([
      [3, 'national'],
      [6, 'beihai'],
    ]);
  });

  test('a record whose quoted note holds a line break has the line it ends on', () => {
    const records = readCsvRecords(`${HEADER}\nnational,time-bank,doc,一句引文,"第一行\n第二行"\nbeihai,time-bank,doc,另一句引文,\n`, FILE, MEASURE_COLUMNS);
    expect(records.map((r) => [r.line, r.record.note])).toEqual([
      [3, '第一行\n第二行'],
      [4, ''],
    ]);
  });

  test('the header may list the columns in another order, and extra columns are left to the schema', () => {
    const [first] = readCsvRecords('note,quote,document,measure,region,source\n,一句引文,doc,time-bank,national,民政部\n', FILE, MEASURE_COLUMNS);
    expect(first?.record).toEqual({ note: '', quote: '一句引文', document: 'doc', measure: 'time-bank', region: 'national', source: '民政部' });
  });

  test('csv.columns: missing columns are named, with the header it should have', () => {
    expect(() => readCsvRecords('region,measure,quote\nnational,time-bank,一句引文\n', FILE, MEASURE_COLUMNS)).toThrow(
      new Error('data/measures.csv:1：缺少列 document、note。表头应为：region,measure,document,quote,note (csv.columns)'),
    );
  });

  test('csv.unclosed-quote: an unclosed quote names the line it opened on, not the end of the file', () => {
    const message = (line: number): Error =>
      new Error(`data/measures.csv:${line}：这一行有一个引号没有闭合，从它起到文件末尾都被读成了一个字段。请补上右引号（"），或去掉多余的引号 (csv.unclosed-quote)`);
    expect(() => readCsvRecords(`${HEADER}\nnational,time-bank,doc,"一句引文,\n`, FILE, MEASURE_COLUMNS)).toThrow(message(2));
    // A quoted line break before it, a blank line and rows after it: line 5 still.
    const rows = [HEADER, 'national,time-bank,doc,"两行的', '引文",', '', 'national,time-bank,doc,"没有闭合,', 'beihai,time-bank,doc,一句,', 'hangzhou,time-bank,doc,一句,'];
    expect(() => readCsvRecords(rows.join('\n'), FILE, MEASURE_COLUMNS)).toThrow(message(5));
    expect(() => readCsvRecords(`\uFEFF${rows.join('\r\n')}\r\n`, FILE, MEASURE_COLUMNS)).toThrow(message(5));
  });

  test('csv.parse: a row with more fields than the header names its line', () => {
    expect(() => readCsvRecords(`${HEADER}\nnational,time-bank,doc,一句引文,,多余\n`, FILE, MEASURE_COLUMNS)).toThrow(
      new Error('data/measures.csv：CSV 无法解析（Invalid Record Length: columns length is 5, got 6 on line 2）。请检查引号和逗号 (csv.parse)'),
    );
  });

  test('an empty file, or one with only a wrong header, is refused for its missing columns', () => {
    expect(() => readCsvRecords('', FILE, MEASURE_COLUMNS)).toThrow(/:1：缺少列 region、measure、document、quote、note.*\(csv\.columns\)/);
    expect(() => readCsvRecords('region,measure\n', FILE, MEASURE_COLUMNS)).toThrow(/缺少列 document、quote、note/);
    expect(readCsvRecords(`${MEASURE_COLUMNS.join(',')}\n`, FILE, MEASURE_COLUMNS)).toEqual([]);
  });

  test('the column lists match the headers of the real tables', () => {
    expect(readProjectFile('data/figures.csv').split('\n')[0]).toBe(FIGURE_COLUMNS.join(','));
    expect(readProjectFile('data/measures.csv').split('\n')[0]).toBe(MEASURE_COLUMNS.join(','));
  });
});
