import { describe, expect, test } from 'vitest';
import { checkCaseSummary } from '../../src/lib/case-summary-check';
import { formatFigureProblems } from '../../src/lib/figure-check';
import type { CaseSummary } from '../../src/schemas/case-summary';
import { realDocuments } from './support/front-matter';
import { realDataset } from './support/real-dataset';

const FILE = 'content/case-summaries/beihai.yaml';
const REGIONS = new Set(['national', 'guangxi', 'beihai']);
const DOCUMENTS = new Set(['bulletin-2023-01-beihai', 'bulletin-2023-01-guangxi']);

function summary(overrides: Partial<CaseSummary> = {}): CaseSummary {
  const point = (text: string, documents: string[] = ['bulletin-2023-01-beihai']) => ({ text, documents });
  return {
    region: 'beihai',
    headline: '用责任清单落实自治区三年行动方案',
    problems: [point('托育服务要从“有”走向“优”，部分机构备案困难。')],
    approaches: [point('制定责任清单，把任务分到具体单位。'), point('按机构自评、县级初评、市级现场评审的流程评选示范机构。', ['bulletin-2023-01-beihai', 'bulletin-2023-01-guangxi'])],
    results: [point('2022年10月，3家托育机构通过市级评审并公示。')],
    lessons: [point('用责任清单把上级部署落到具体单位。')],
    ...overrides,
  };
}

describe('checkCaseSummary', () => {
  test('a summary whose region and documents exist has no problems', () => {
    expect(checkCaseSummary(summary(), FILE, REGIONS, DOCUMENTS)).toEqual([]);
  });

  test('case-summary.unknown-region', () => {
    expect(checkCaseSummary(summary({ region: 'beihia' }), FILE, REGIONS, DOCUMENTS)).toEqual([
      { file: FILE, line: 1, field: 'region', message: '未知地区 “beihia”：请使用 data/regions.yaml 中的 id', rule: 'case-summary.unknown-region' },
    ]);
  });

  test('case-summary.unknown-document names the section, point and position', () => {
    const base = summary();
    const approaches = [base.approaches[0]!, { text: '按流程评选示范机构并公示结果。', documents: ['bulletin-2023-01-beihai', 'bulletin-2023-01-beihia'] }];
    expect(checkCaseSummary(summary({ approaches }), FILE, REGIONS, DOCUMENTS)).toEqual([
      {
        file: FILE,
        line: 0,
        field: 'approaches[1].documents[1]',
        message: '文档 “bulletin-2023-01-beihia” 不存在：请填写 content/documents 中的文件名（不含 .md）',
        rule: 'case-summary.unknown-document',
      },
    ]);
  });

  test('problems come region first, then sections in the order problems, approaches, results, lessons', () => {
    const bad = (text: string) => [{ text, documents: ['missing'] }];
    const result = checkCaseSummary(
      summary({
        region: 'nowhere',
        lessons: bad('可借鉴之处写在这里。'),
        results: bad('成效写在这里，带数字。'),
        problems: bad('问题写在这里，说明背景。'),
      }),
      FILE,
      REGIONS,
      DOCUMENTS,
    );
    expect(result.map((p) => p.field)).toEqual(['region', 'problems[0].documents[0]', 'results[0].documents[0]', 'lessons[0].documents[0]']);
  });

  test('formatted, the region problem has a line and a document problem does not', () => {
    const problems = checkCaseSummary(summary({ region: 'x', results: [{ text: '成效写在这里，带数字。', documents: ['y'] }] }), FILE, REGIONS, DOCUMENTS);
    expect(formatFigureProblems(problems)).toBe(
      [
        'content/case-summaries/beihai.yaml:1 › region：未知地区 “x”：请使用 data/regions.yaml 中的 id (case-summary.unknown-region)',
        'content/case-summaries/beihai.yaml › results[0].documents[0]：文档 “y” 不存在：请填写 content/documents 中的文件名（不含 .md） (case-summary.unknown-document)',
      ].join('\n'),
    );
  });
});

describe('the real case summaries', () => {
  test('every region and cited document exists', () => {
    const { caseSummaries, regionIds } = realDataset();
    const documentIds = new Set(realDocuments().map((d) => d.id));
    expect(caseSummaries.length).toBeGreaterThan(0);
    const problems = caseSummaries.flatMap(({ file, summary: s }) => checkCaseSummary(s, file, regionIds, documentIds));
    expect(formatFigureProblems(problems)).toBe('');
  });

  test('each file is named after its region', () => {
    const { caseSummaries } = realDataset();
    for (const { file, summary: s } of caseSummaries) expect(file).toBe(`content/case-summaries/${s.region}.yaml`);
  });
});
