import type { CaseSummary } from '../schemas/case-summary';
import type { FigureProblem } from './figure-check';

/** A case summary's region and every document it cites must exist. */
export function checkCaseSummary(summary: CaseSummary, file: string, regionIds: ReadonlySet<string>, documentIds: ReadonlySet<string>): FigureProblem[] {
  const problems: FigureProblem[] = [];
  if (!regionIds.has(summary.region)) {
    problems.push({ file, line: 1, field: 'region', message: `未知地区 “${summary.region}”：请使用 data/regions.yaml 中的 id`, rule: 'case-summary.unknown-region' });
  }
  const sections = { problems: summary.problems, approaches: summary.approaches, results: summary.results, lessons: summary.lessons };
  for (const [name, points] of Object.entries(sections)) {
    points.forEach((point, i) => {
      point.documents.forEach((id, j) => {
        if (!documentIds.has(id)) {
          problems.push({ file, line: 0, field: `${name}[${i}].documents[${j}]`, message: `文档 “${id}” 不存在：请填写 content/documents 中的文件名（不含 .md）`, rule: 'case-summary.unknown-document' });
        }
      });
    });
  }
  return problems;
}
