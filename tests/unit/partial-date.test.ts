import { describe, expect, test } from 'vitest';
import { formatChineseDate, isValidPartialDate, precisionOf, yearOf } from '../../src/lib/partial-date';

describe('precisionOf', () => {
  test.each([
    ['2023', 'year'],
    ['2023-01', 'month'],
    ['2023-01-15', 'day'],
  ] as const)('%s is written at %s precision', (value, precision) => {
    expect(precisionOf(value)).toBe(precision);
  });

  test.each(['23', '2023-1', '2023-01-5', '2023/01/15', '2023-01-15T00:00', ' 2023', '2023年', ''])(
    '%j is not a partial date form',
    (value) => {
      expect(precisionOf(value)).toBeUndefined();
    },
  );
});

describe('isValidPartialDate', () => {
  test.each(['2023', '2023-01', '2023-12', '2024-02-29', '2023-01-31', '2000-02-29'])('%s is a real date', (value) => {
    expect(isValidPartialDate(value)).toBe(true);
  });

  test.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'century that is not a leap year'],
    ['2023-02-30', 'no 30 February'],
    ['2023-04-31', 'April has 30 days'],
    ['2023-13', 'no month 13'],
    ['2023-00', 'no month 0'],
    ['2023-01-00', 'no day 0'],
    ['23', 'two-digit year'],
    ['2023/01/15', 'slashes'],
    ['', 'empty'],
  ])('%j is refused (%s)', (value) => {
    expect(isValidPartialDate(value)).toBe(false);
  });
});

describe('formatChineseDate', () => {
  test('year, month and day forms, without leading zeros', () => {
    expect(formatChineseDate('2023')).toBe('2023年');
    expect(formatChineseDate('2023-01')).toBe('2023年1月');
    expect(formatChineseDate('2023-01-05')).toBe('2023年1月5日');
    expect(formatChineseDate('2020-12-31')).toBe('2020年12月31日');
  });
});

describe('yearOf', () => {
  test('is the four-digit year as a number at every precision', () => {
    expect(yearOf('2021')).toBe(2021);
    expect(yearOf('2021-06')).toBe(2021);
    expect(yearOf('2020-12-31')).toBe(2020);
  });
});
