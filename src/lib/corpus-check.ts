import type { DocumentData } from '../schemas/document';
import type { Region } from '../schemas/region';
import type { Topic } from '../schemas/topic';
import { buildDate, isAfterDay } from './bulletin-clock';
import { titleKey } from './title-key';

/** A document as the checks see it: its id, where it lives and its validated front matter. */
export interface CheckedDocument {
  id: string;
  filePath: string;
  data: DocumentData;
}

/** One broken rule, phrased for the editor who has to fix it. */
export interface CorpusProblem {
  filePath: string;
  field: string;
  message: string;
  /** Stable English key, so tests and staff can search for the rule. */
  rule: string;
}

/** Renders problems as one message naming file, field and what to do. */
export function formatProblems(problems: readonly CorpusProblem[]): string {
  return problems.map((p) => `${p.filePath} › ${p.field}：${p.message} (${p.rule})`).join('\n');
}

/**
 * Rules that cross files and so cannot live in a zod schema: every region, topic and relation
 * target exists, bulletins and their articles agree, and no two documents claim the same title.
 */
export function checkCorpus(input: {
  documents: readonly CheckedDocument[];
  regions: readonly Region[];
  topics: readonly Topic[];
  /** "Today" (YYYY-MM-DD) for the no-future-dates rule of bulletins; defaults to the build date. */
  today?: string;
}): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const regionIds = new Set(input.regions.map((r) => r.id));
  const topicIds = new Set(input.topics.map((t) => t.id));
  const byId = new Map(input.documents.map((d) => [d.id, d]));

  for (const r of input.regions) {
    if (r.parent !== undefined && !regionIds.has(r.parent)) {
      problems.push({ filePath: 'data/regions.yaml', field: `${r.id}.parent`, message: `上级地区 “${r.parent}” 不存在，请先在 data/regions.yaml 中添加它`, rule: 'region.unknown-parent' });
    }
    if (r.parent === undefined && r.level !== 'national') {
      problems.push({ filePath: 'data/regions.yaml', field: `${r.id}.parent`, message: '除全国外，每个地区都要写 parent（上级地区 id）', rule: 'region.missing-parent' });
    }
  }

  const titleOwner = new Map<string, string>();
  for (const doc of input.documents) {
    const { data, filePath } = doc;
    data.regions.forEach((id, i) => {
      if (!regionIds.has(id)) {
        problems.push({ filePath, field: `regions[${i}]`, message: `未知地区 “${id}”。可用的地区 id：${[...regionIds].join('、')}；新地区请先加入 data/regions.yaml`, rule: 'document.unknown-region' });
      }
    });
    data.topics.forEach((id, i) => {
      if (!topicIds.has(id)) {
        problems.push({ filePath, field: `topics[${i}]`, message: `未知主题 “${id}”。可用的主题 id 见 content/topics.yaml`, rule: 'document.unknown-topic' });
      }
    });
    data.relations.forEach((rel, i) => {
      if (rel.target === undefined) return;
      const target = byId.get(rel.target);
      if (target === undefined) {
        problems.push({ filePath, field: `relations[${i}].target`, message: `关联的文档 “${rel.target}” 不存在。请填写 content/documents 中某个文件名（不含 .md），或改用 work: 站外文献标题`, rule: 'document.unknown-relation-target' });
      } else if (rel.type === 'appears-in' && target.data.kind !== 'bulletin-issue') {
        problems.push({ filePath, field: `relations[${i}].target`, message: `appears-in 的目标 “${rel.target}” 不是简报（kind: bulletin-issue）`, rule: 'document.appears-in-not-bulletin' });
      }
    });
    const ids = new Set<string>();
    data.sources.forEach((s, i) => {
      if (ids.has(s.id)) problems.push({ filePath, field: `sources[${i}].id`, message: `来源 id “${s.id}” 重复`, rule: 'document.duplicate-source-id' });
      ids.add(s.id);
    });
    for (const [i, title] of [data.title, ...data.citedAs].entries()) {
      const key = titleKey(title);
      const owner = titleOwner.get(key);
      if (owner !== undefined && owner !== doc.id) {
        problems.push({ filePath, field: i === 0 ? 'title' : `citedAs[${i - 1}]`, message: `标题 “${title}” 已属于文档 “${owner}”，《》链接会有歧义。请删去其中一处`, rule: 'document.duplicate-title' });
      }
      titleOwner.set(key, doc.id);
    }
  }

  problems.push(...checkBulletins(input.documents, byId, input.today ?? buildDate()));
  return problems;
}

/** Bulletin rules: articles exist and agree on their place, issue numbers are unique, no future dates. */
function checkBulletins(documents: readonly CheckedDocument[], byId: ReadonlyMap<string, CheckedDocument>, today: string): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const issues = documents.filter((d) => d.data.bulletin !== undefined).sort((a, b) => a.filePath.localeCompare(b.filePath));
  const issueByNumber = new Map<string, CheckedDocument>();
  const dated = new Set<string>();
  for (const issue of issues) {
    const bulletin = issue.data.bulletin;
    if (bulletin === undefined) continue;
    const key = JSON.stringify([bulletin.series, bulletin.year, bulletin.number]);
    const first = issueByNumber.get(key);
    if (first === undefined) {
      issueByNumber.set(key, issue);
    } else {
      problems.push({
        filePath: issue.filePath,
        field: 'bulletin.number',
        message: `期号重复：《${bulletin.series}》${bulletin.year}年第${bulletin.number}期（year: ${bulletin.year}，number: ${bulletin.number}）已由 ${first.filePath} 使用。请改成本年度尚未使用的期号，或检查 series、year 是否写错`,
        rule: 'bulletin.duplicate-number',
      });
    }
    for (const id of [issue.id, ...bulletin.sections.flatMap((s) => s.articles)]) {
      const doc = byId.get(id);
      if (doc === undefined || dated.has(id)) continue;
      dated.add(id);
      problems.push(...futureDates(doc, today));
    }
  }
  for (const issue of documents) {
    const bulletin = issue.data.bulletin;
    if (bulletin === undefined) continue;
    let order = 0;
    bulletin.sections.forEach((section, s) => {
      section.articles.forEach((articleId, a) => {
        order += 1;
        const field = `bulletin.sections[${s}].articles[${a}]`;
        const article = byId.get(articleId);
        if (article === undefined) {
          problems.push({ filePath: issue.filePath, field, message: `文章 “${articleId}” 不存在。请检查 content/documents 中的文件名`, rule: 'bulletin.unknown-article' });
          return;
        }
        const link = article.data.relations.find((r) => r.type === 'appears-in' && r.target === issue.id);
        if (link === undefined) {
          problems.push({ filePath: article.filePath, field: 'relations', message: `本文列在简报 “${issue.id}” 的栏目 “${section.title}” 中，但缺少 appears-in 关系`, rule: 'bulletin.article-missing-appears-in' });
        } else if (link.section !== section.title || link.order !== order) {
          problems.push({ filePath: article.filePath, field: 'relations', message: `appears-in 写的是栏目 “${link.section}” 第 ${link.order} 篇，简报目录中是栏目 “${section.title}” 第 ${order} 篇，请改成一致`, rule: 'bulletin.article-position-mismatch' });
        }
      });
    });
  }
  return problems;
}

/** Dates of an issue or article that lie after the build date: its own date and its sources' dates. */
function futureDates(doc: CheckedDocument, today: string): CorpusProblem[] {
  const dates: { field: string; value: string | undefined }[] = [
    { field: 'date.value', value: doc.data.date.value },
    ...doc.data.sources.flatMap((s, i) => [
      { field: `sources[${i}].published`, value: s.published },
      { field: `sources[${i}].accessed`, value: s.accessed },
    ]),
  ];
  return dates
    .filter((d): d is { field: string; value: string } => d.value !== undefined && isAfterDay(d.value, today))
    .map((d) => ({
      filePath: doc.filePath,
      field: d.field,
      message: `日期 “${d.value}” 晚于构建当天 ${today}。请改正日期；如果确实要在那天出版，请到那天再构建发布`,
      rule: 'bulletin.future-date',
    }));
}
