import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { casePoint, caseSummary } from '../../src/schemas/case-summary';
import { ROOT, readProjectFile } from './support/front-matter';

const point = (text: string) => ({ text, documents: ['bulletin-2023-01-beihai'] });

const SUMMARY = {
  region: 'beihai',
  headline: '用责任清单落实自治区三年行动方案',
  problems: [point('托育服务要从“有”走向“优”，部分机构备案困难。')],
  approaches: [point('制定责任清单，把任务分到具体单位。'), point('按流程评选市级示范性托育机构。')],
  results: [point('2022年10月，3家托育机构通过市级评审。')],
  lessons: [point('用责任清单把上级部署落到具体单位。')],
};

function issues(value: unknown) {
  const result = caseSummary.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('casePoint', () => {
  test('a point without documents says what is missing', () => {
    const result = casePoint.safeParse({ text: '制定责任清单，把任务分到具体单位。', documents: [] });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['documents', '每一条都要注明依据的文档 id（documents）']]);
  });

  test('a point of fewer than six characters is refused', () => {
    expect(casePoint.safeParse(point('制定清单')).success).toBe(false);
    expect(casePoint.safeParse(point('制定责任清单')).success).toBe(true);
  });
});

describe('caseSummary', () => {
  test('a summary parses unchanged', () => {
    expect(caseSummary.parse(SUMMARY)).toEqual(SUMMARY);
  });

  test('section sizes: problems 1–5, approaches 2–8, results 1–6, lessons 1–5', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => point(`第${i + 1}条，写够六个字。`));
    expect(issues({ ...SUMMARY, problems: [], approaches: many(1), results: [], lessons: [] }).map((i) => i.path)).toEqual(['problems', 'approaches', 'results', 'lessons']);
    expect(issues({ ...SUMMARY, problems: many(5), approaches: many(8), results: many(6), lessons: many(5) })).toEqual([]);
    expect(issues({ ...SUMMARY, problems: many(6), approaches: many(9), results: many(7), lessons: many(6) }).map((i) => i.path)).toEqual([
      'problems',
      'approaches',
      'results',
      'lessons',
    ]);
  });

  test('the headline is 6 to 60 characters', () => {
    expect(issues({ ...SUMMARY, headline: '责任清单' }).map((i) => i.path)).toEqual(['headline']);
    expect(issues({ ...SUMMARY, headline: '清'.repeat(60) })).toEqual([]);
    expect(issues({ ...SUMMARY, headline: '清'.repeat(61) })).toEqual([{ path: 'headline', message: 'Too big: expected string to have <=60 characters' }]);
  });

  test('the error names the point whose documents are missing', () => {
    const results = [point('2022年10月，3家托育机构通过市级评审。'), { text: '2家托育机构获得中央普惠托育项目补助。', documents: [] }];
    expect(issues({ ...SUMMARY, results })).toEqual([{ path: 'results.1.documents', message: '每一条都要注明依据的文档 id（documents）' }]);
  });

  test('an unknown section is refused', () => {
    expect(issues({ ...SUMMARY, background: [] }).map((i) => i.path)).toEqual(['']);
  });

  test('every file in content/case-summaries passes', () => {
    const names = readdirSync(`${ROOT}content/case-summaries`).filter((n) => n.endsWith('.yaml'));
    expect(names.length).toBeGreaterThan(0);
    const failures = names.flatMap((name) => {
      const result = caseSummary.safeParse(parse(readProjectFile(`content/case-summaries/${name}`)));
      return result.success ? [] : [`${name}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });
});
