import { describe, expect, test } from 'vitest';
import { definitionTermProblems, firstInternalTerm, internalTermSet } from '../../src/lib/internal-terms';
import { realDataset } from './support/real-dataset';

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

describe('definitionTermProblems', () => {
  test('names the file, the definition, the field and the word, for each field that has one', () => {
    const definitions = [
      { id: 'childcare-places-per-1000', fields: { measures: '托位数除以常住人口（千人）。', caveats: '另见childcare-places。' } },
      { id: 'childcare-places', fields: { measures: '托位总数，见各行 note。', caveats: undefined } },
    ];
    expect(definitionTermProblems('data/indicators.yaml', definitions, TERMS, 'indicator.internal-term')).toEqual([
      'data/indicators.yaml › childcare-places-per-1000.caveats：这段文字里有数据文件的内部用语 “childcare-places”：这段文字会显示给读者，请改用中文（如“限定词”“实际值”“目标值”，或指标、地区、措施、文档的中文名称） (indicator.internal-term)',
      'data/indicators.yaml › childcare-places.measures：这段文字里有数据文件的内部用语 “note”：这段文字会显示给读者，请改用中文（如“限定词”“实际值”“目标值”，或指标、地区、措施、文档的中文名称） (indicator.internal-term)',
    ]);
  });

  test('the real indicator and measure definitions are in readers’ words', () => {
    const { indicators, measures, internalTerms } = realDataset();
    expect(definitionTermProblems('data/indicators.yaml', indicators.map((i) => ({ id: i.id, fields: { measures: i.measures, caveats: i.caveats } })), internalTerms, 'indicator.internal-term')).toEqual([]);
    expect(definitionTermProblems('data/measures.yaml', measures.map((m) => ({ id: m.id, fields: { description: m.description } })), internalTerms, 'measure.internal-term')).toEqual([]);
    expect(indicators.length).toBeGreaterThan(100);
  });
});
