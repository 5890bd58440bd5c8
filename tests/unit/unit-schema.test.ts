import { describe, expect, test } from 'vitest';
import { unit } from '../../src/schemas/unit';
import { parseUniqueList } from '../../src/lib/unique-list';
import { readProjectFile } from './support/front-matter';

function issues(value: unknown) {
  const result = unit.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('unit', () => {
  test('a unit with its base and factor', () => {
    expect(unit.parse({ id: '万张', base: '张', factor: 10000 })).toEqual({ id: '万张', base: '张', factor: 10000 });
  });

  test('the factor must be a positive number', () => {
    expect(issues({ id: '万张', base: '张', factor: 0 })).toEqual([{ path: 'factor', message: 'Too small: expected number to be >0' }]);
    expect(issues({ id: '万张', base: '张', factor: -10000 }).map((i) => i.path)).toEqual(['factor']);
    expect(issues({ id: '万张', base: '张', factor: '10000' }).map((i) => i.path)).toEqual(['factor']);
  });

  test('id and base must not be empty; unknown keys are refused', () => {
    expect(issues({ id: '', base: '', factor: 1, label: '张' }).map((i) => i.path)).toEqual(['id', 'base', '']);
  });

  test('every unit in data/units.yaml passes, and each base is itself a unit with factor 1', () => {
    const units = parseUniqueList(readProjectFile('data/units.yaml'), 'data/units.yaml').map((u) => unit.parse(u));
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(units.filter((u) => byId.get(u.base)?.factor !== 1).map((u) => `${u.id} → ${u.base}`)).toEqual([]);
  });
});
