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
