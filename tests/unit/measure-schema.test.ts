import { describe, expect, test } from 'vitest';
import { measure, measureAdoption } from '../../src/schemas/measure';
import { parseUniqueList } from '../../src/lib/unique-list';
import { readProjectFile } from './support/front-matter';

function paths(schema: typeof measure | typeof measureAdoption, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

const TIME_BANK = { id: 'time-bank', name: '时间银行', description: '志愿服务时间储蓄、日后兑换服务的互助养老机制。' };
const ADOPTION = {
  region: 'national',
  measure: 'family-care-beds',
  document: 'cpc-state-council-2025-elderly-care-reform-opinions',
  quote: '探索为居家失能老年人建设具有连续、稳定、专业服务功能的家庭养老床位',
  note: '原文作“探索”。',
};

describe('measure', () => {
  test('a measure from data/measures.yaml parses unchanged', () => {
    expect(measure.parse(TIME_BANK)).toEqual(TIME_BANK);
  });

  test('ids are lowercase English with hyphens; name and description have a minimum length', () => {
    expect(paths(measure, { ...TIME_BANK, id: 'Time_Bank' })).toEqual(['id']);
    expect(paths(measure, { ...TIME_BANK, name: '时' })).toEqual(['name']);
    expect(paths(measure, { ...TIME_BANK, description: '互助养老' })).toEqual([]);
    expect(paths(measure, { ...TIME_BANK, description: '互助' })).toEqual(['description']);
  });

  test('an unknown key is refused', () => {
    expect(paths(measure, { ...TIME_BANK, domain: 'elderly-care' })).toEqual(['']);
  });

  test('every measure in data/measures.yaml passes', () => {
    const items = parseUniqueList(readProjectFile('data/measures.yaml'), 'data/measures.yaml');
    expect(items.filter((m) => !measure.safeParse(m).success).map((m) => m.id)).toEqual([]);
    expect(items.length).toBeGreaterThan(10);
  });
});

describe('measureAdoption', () => {
  test('a row of data/measures.csv parses unchanged', () => {
    expect(measureAdoption.parse(ADOPTION)).toEqual(ADOPTION);
  });

  test('note defaults to empty', () => {
    const { note: _note, ...rest } = ADOPTION;
    expect(measureAdoption.parse(rest).note).toBe('');
  });

  test('empty ids, a quote under four characters and unknown columns are refused', () => {
    expect(paths(measureAdoption, { ...ADOPTION, region: '', measure: '', document: '', quote: '家庭床' })).toEqual(['region', 'measure', 'document', 'quote']);
    expect(paths(measureAdoption, { ...ADOPTION, year: '2025' })).toEqual(['']);
  });
});
