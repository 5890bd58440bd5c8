import { describe, expect, test } from 'vitest';
import { figureRow, QUALIFIERS } from '../../src/schemas/figure';

/** Row 69 of data/figures.csv, as csv-parse returns it: every field a string. */
const ROW = {
  region: 'beihai',
  indicator: 'childcare-places',
  year: '2021',
  value: '5000',
  valueMax: '',
  qualifier: '左右',
  unit: '个',
  kind: 'actual',
  document: 'bulletin-2023-01-beihai',
  quote: '截至2021年5月底，北海市共有各类托育机构382个，可提供托位数5000个左右，实际收托3230人',
  note: '截至2021年5月底，摸底调查数，全部托位。',
};

function issues(overrides: Record<string, unknown>) {
  const result = figureRow.safeParse({ ...ROW, ...overrides });
  if (result.success) throw new Error('expected the row to fail');
  return result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('figureRow', () => {
  test('a CSV row parses into typed fields', () => {
    expect(figureRow.parse(ROW)).toEqual({ ...ROW, year: 2021, value: 5000, valueMax: undefined });
  });

  test('a range: valueMax is read as a number', () => {
    expect(figureRow.parse({ ...ROW, value: '15', valueMax: '20', qualifier: '' })).toMatchObject({ value: 15, valueMax: 20 });
  });

  test('decimals are read as numbers', () => {
    expect(figureRow.parse({ ...ROW, value: '0.2' }).value).toBe(0.2);
  });

  test('an absent valueMax and note are allowed; note defaults to empty', () => {
    const { valueMax: _valueMax, note: _note, ...rest } = ROW;
    const parsed = figureRow.parse(rest);
    expect(parsed.valueMax).toBeUndefined();
    expect(parsed.note).toBe('');
  });

  test('every listed qualifier is accepted, and each has one of six meanings', () => {
    for (const qualifier of Object.keys(QUALIFIERS)) expect(figureRow.safeParse({ ...ROW, qualifier }).success).toBe(true);
    expect(new Set(Object.values(QUALIFIERS))).toEqual(new Set(['exact', 'approximately', 'nearly', 'more-than', 'at-least', 'at-most']));
    expect(QUALIFIERS['']).toBe('exact');
  });

  test('a qualifier not in the list names the allowed ones', () => {
    expect(issues({ qualifier: '大约' })).toEqual([
      { path: ['qualifier'], message: 'qualifier 只能是以下之一：（空）、约、左右、近、超过、超、逾、余、多、以上、不低于、不少于、达到、≥、以内、不超过、以下' },
    ]);
  });

  test('a missing unit says what to write', () => {
    expect(issues({ unit: '' })).toEqual([{ path: ['unit'], message: '缺少 unit（单位）：请照原文填写，如 万张、个、%' }]);
  });

  test('a kind not in the list', () => {
    expect(issues({ kind: 'planned' })).toEqual([{ path: ['kind'], message: 'Invalid option: expected one of "actual"|"target"|"estimate"|"standard"' }]);
  });

  test('a value with thousands separators is not a number', () => {
    const message = 'value 应为照原文的数字，不带单位和千位分隔符，如 1.5；不能为空';
    expect(issues({ value: '5,000' })).toEqual([{ path: ['value'], message }]);
    // An empty cell is a missing value, not zero.
    expect(issues({ value: '' })).toEqual([{ path: ['value'], message }]);
  });

  test('years run from 1949 to 2100, whole numbers only', () => {
    expect(figureRow.safeParse({ ...ROW, year: '1949' }).success).toBe(true);
    expect(figureRow.safeParse({ ...ROW, year: '2100' }).success).toBe(true);
    expect(issues({ year: '1948' })).toEqual([{ path: ['year'], message: 'year 应在 1949 至 2100 之间' }]);
    expect(issues({ year: '2101' }).map((i) => i.path)).toEqual([['year']]);
    expect(issues({ year: '2021.5' }).map((i) => i.path)).toEqual([['year']]);
  });

  test('a quote of fewer than four characters is refused', () => {
    expect(figureRow.safeParse({ ...ROW, quote: '托位5千' }).success).toBe(true);
    expect(issues({ quote: '托位数' })).toEqual([{ path: ['quote'], message: 'Too small: expected string to have >=4 characters' }]);
  });

  test('empty region, indicator and document are refused', () => {
    expect(issues({ region: '', indicator: '', document: '' }).map((i) => i.path)).toEqual([['region'], ['indicator'], ['document']]);
  });

  test('an unknown column is refused', () => {
    expect(issues({ source: '国家统计局' })).toEqual([{ path: [], message: 'Unrecognized key: "source"' }]);
  });
});
