import { describe, expect, test } from 'vitest';
import { firstInternalTerm, internalTermSet } from '../../src/lib/internal-terms';

const TERMS = internalTermSet({ regions: ['beihai'], indicators: ['childcare-places'], measures: ['time-bank'], documents: ['bulletin-2023-01-beihai'] });

describe('internalTermSet', () => {
  test('holds the columns of both tables, the figure kinds and the ids given', () => {
    for (const term of ['qualifier', 'valueMax', 'note', 'measure', 'actual', 'target', 'estimate', 'standard', 'beihai', 'childcare-places', 'time-bank', 'bulletin-2023-01-beihai']) {
      expect(TERMS.has(term), term).toBe(true);
    }
    expect(TERMS.has('OECD')).toBe(false);
  });
});

describe('firstInternalTerm', () => {
  test('finds an id or a column name among Chinese text, the first one written', () => {
    expect(firstInternalTerm('普惠托位另见 childcare-places（8076个），见 target 行', TERMS)).toBe('childcare-places');
    expect(firstInternalTerm('编者:note认为', TERMS)).toBe('note');
  });

  test('a whole word only: an id inside a longer word or id is not one', () => {
    expect(firstInternalTerm('见 childcare-places-per-1000 与 notes', TERMS)).toBeUndefined();
  });

  test('Chinese text and Latin words a reader knows pass', () => {
    expect(firstInternalTerm('经合组织（OECD）国家平均水平；“1+N+N”服务体系', TERMS)).toBeUndefined();
    expect(firstInternalTerm('', TERMS)).toBeUndefined();
  });
});
