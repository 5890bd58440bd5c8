import { describe, expect, test } from 'vitest';
import { BUILD_DATE_VARIABLE, buildDate, isAfterDay, todayInChina } from '../../src/lib/bulletin-clock';

describe('todayInChina', () => {
  test('the calendar date in UTC+8, whatever the machine’s zone', () => {
    expect(todayInChina(new Date('2024-06-30T15:59:59Z'))).toBe('2024-06-30');
    expect(todayInChina(new Date('2024-06-30T16:00:00Z'))).toBe('2024-07-01');
  });
});

describe('buildDate', () => {
  const now = new Date('2024-06-30T04:00:00Z');

  test('the clock, read in China, when nothing is fixed', () => {
    expect(buildDate({}, now)).toBe('2024-06-30');
    expect(buildDate({ [BUILD_DATE_VARIABLE]: '' }, now)).toBe('2024-06-30');
  });

  test('ATLAS_BUILD_DATE fixes it', () => {
    expect(buildDate({ ATLAS_BUILD_DATE: '2023-01-20' }, now)).toBe('2023-01-20');
  });

  test('an ATLAS_BUILD_DATE that is not a day is refused with a message', () => {
    expect(() => buildDate({ ATLAS_BUILD_DATE: '2023-02-30' }, now)).toThrow(
      '环境变量 ATLAS_BUILD_DATE=“2023-02-30” 不是日期。请写成 YYYY-MM-DD，如 2023-01-15，或不设置它 (build.bad-build-date)',
    );
    expect(() => buildDate({ ATLAS_BUILD_DATE: '2023-01' }, now)).toThrow('(build.bad-build-date)');
  });
});

describe('isAfterDay', () => {
  test.each([
    ['2024-07-01', '2024-06-30', true],
    ['2024-06-30', '2024-06-30', false],
    ['2024-06-29', '2024-06-30', false],
    ['2024-07', '2024-06-30', true],
    ['2024-06', '2024-06-30', false],
    ['2025', '2024-06-30', true],
    ['2024', '2024-06-30', false],
  ])('%s after %s: %s', (value, today, expected) => {
    expect(isAfterDay(value, today)).toBe(expected);
  });
});
