import { describe, expect, test } from 'vitest';
import { documentData, inReadingOrder, quotingDataByDocument } from '../../src/lib/document-data';
import type { CheckedFigure } from '../../src/lib/figure-check';
import type { CheckedAdoption } from '../../src/lib/measure-check';

describe('documentData', () => {
  const figure = (quote: string, line: number, document = 'plan'): CheckedFigure =>
    ({ region: 'taian', indicator: 'childcare-places', year: 2025, value: 3, qualifier: '', unit: '万个', kind: 'target', document, quote, note: '', line }) as CheckedFigure;
  const adoption = (quote: string, line: number, document = 'plan'): CheckedAdoption => ({ region: 'taian', measure: 'm', document, quote, note: '', line }) as CheckedAdoption;
  const lines = ['一、总体目标', '到2025年托位达到3万个，护理型床位占比55%。', '建立家庭托育点。'];

  test('groups rows by the document they quote', () => {
    const grouped = quotingDataByDocument([figure('甲', 2), figure('乙', 3, 'other')], [adoption('丙', 4)]);
    expect([...grouped.keys()].sort()).toEqual(['other', 'plan']);
    expect(grouped.get('plan')!.figures.map((f) => f.quote)).toEqual(['甲']);
    expect(grouped.get('plan')!.adoptions.map((a) => a.quote)).toEqual(['丙']);
  });

  test('orders rows by where their sentence starts in the text, then by table line', () => {
    const rows = [figure('建立家庭托育点', 2), figure('护理型床位占比55%', 3), figure('托位达到3万个', 9), figure('到2025年托位达到3万个', 4)];
    expect(inReadingOrder(rows, lines).map((f) => f.line)).toEqual([4, 9, 3, 2]);
  });

  test('a document no row quotes has empty lists', () => {
    expect(documentData(undefined, lines)).toEqual({ figures: [], adoptions: [] });
  });
});
