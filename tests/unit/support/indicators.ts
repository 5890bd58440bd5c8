import type { CheckedFigure } from '../../../src/lib/figure-check';
import type { Indicator } from '../../../src/schemas/indicator';
import type { Unit } from '../../../src/schemas/unit';

/** Units the indicator tests convert between (a subset of data/units.yaml). */
export const TEST_UNITS: ReadonlyMap<string, Unit> = new Map(
  [
    { id: '张', base: '张', factor: 1 },
    { id: '万张', base: '张', factor: 10000 },
    { id: '%', base: '%', factor: 1 },
    { id: '个', base: '个', factor: 1 },
    { id: '人', base: '人', factor: 1 },
    { id: '万人', base: '人', factor: 10000 },
    { id: '亿人', base: '人', factor: 100000000 },
  ].map((u) => [u.id, u]),
);

/** The elderly-care beds indicator, as in data/indicators.yaml but without caveats. */
export const BEDS: Indicator = {
  id: 'elderly-care-beds',
  name: '养老床位数',
  nameEn: 'Elderly-care beds',
  unit: '张',
  measures: '各类养老机构和社区养老服务设施的床位总数。',
  direction: 'higher-is-better',
  domain: 'elderly-care',
  compare: true,
};

/** A checked figure of Guangxi's elderly-care beds (27.2万张 in 2021, from the bulletin), with `overrides`. */
export function guangxiBedsFigure(overrides: Partial<CheckedFigure> = {}): CheckedFigure {
  return {
    line: 2,
    region: 'guangxi',
    indicator: 'elderly-care-beds',
    year: 2021,
    value: 27.2,
    valueMax: undefined,
    qualifier: '',
    unit: '万张',
    kind: 'actual',
    document: 'bulletin-2023-01-guangxi',
    quote: '广西养老床位从2015年的16万张增加到27.2万张',
    note: '',
    ...overrides,
  };
}
