import { describe, expect, test } from 'vitest';
import { figureKind, indicator } from '../../src/schemas/indicator';
import { parseUniqueList } from '../../src/lib/unique-list';
import { readProjectFile } from './support/front-matter';
import { BEDS as BASE_BEDS } from './support/indicators';

const BEDS = { ...BASE_BEDS, caveats: '有的地方只计养老机构床位，口径需看原句。' };

function paths(overrides: Record<string, unknown>) {
  const result = indicator.safeParse({ ...BEDS, ...overrides });
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('indicator', () => {
  test('a definition from data/indicators.yaml parses unchanged', () => {
    expect(indicator.parse(BEDS)).toEqual(BEDS);
  });

  test('compare defaults to false and caveats are optional', () => {
    const { compare: _compare, caveats: _caveats, ...rest } = BEDS;
    expect(indicator.parse(rest)).toEqual({ ...rest, compare: false });
  });

  test('ids are lowercase English with hyphens', () => {
    expect(paths({ id: 'beds-per-1000' })).toEqual([]);
    expect(paths({ id: 'Elderly-care-beds' })).toEqual(['id']);
    expect(paths({ id: 'elderly_care_beds' })).toEqual(['id']);
    expect(paths({ id: '1000-beds' })).toEqual(['id']);
    expect(paths({ id: '养老床位' })).toEqual(['id']);
  });

  test('direction and domain come from fixed lists', () => {
    expect(paths({ direction: 'up' })).toEqual(['direction']);
    expect(paths({ domain: 'education' })).toEqual(['domain']);
    for (const direction of ['higher-is-better', 'lower-is-better', 'neutral']) expect(paths({ direction })).toEqual([]);
  });

  test('an empty unit, a one-character name or a short definition is refused', () => {
    expect(paths({ unit: '', name: '床', measures: '床位' })).toEqual(['name', 'unit', 'measures']);
  });

  test('an unknown key is refused', () => {
    expect(paths({ decimals: 1 })).toEqual(['']);
  });

  test('the four figure kinds', () => {
    expect(figureKind.options).toEqual(['actual', 'target', 'estimate', 'standard']);
  });

  test('every definition in data/indicators.yaml passes', () => {
    const failures = parseUniqueList(readProjectFile('data/indicators.yaml'), 'data/indicators.yaml').flatMap((item) => {
      const result = indicator.safeParse(item);
      return result.success ? [] : [`${String(item.id)}: ${result.error.issues.map((i) => i.message).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });
});
