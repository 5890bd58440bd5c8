import { describe, expect, test } from 'vitest';
import { checkCorpus, formatProblems, type CheckedDocument, type CorpusProblem } from '../../src/lib/corpus-check';
import { parseUniqueList } from '../../src/lib/unique-list';
import { documentData, type DocumentData } from '../../src/schemas/document';
import { region, type Region } from '../../src/schemas/region';
import { topic, type Topic } from '../../src/schemas/topic';
import { readProjectFile, realDocuments } from './support/front-matter';

const regions: Region[] = [
  { id: 'national', name: '全国', nameEn: 'China (national)', pinyin: 'quanguo', level: 'national' },
  { id: 'guangxi', name: '广西壮族自治区', nameEn: 'Guangxi', pinyin: 'guangxi', level: 'provincial', parent: 'national' },
  { id: 'beihai', name: '北海市', nameEn: 'Beihai', pinyin: 'beihai', level: 'municipal', parent: 'guangxi' },
];

const topics: Topic[] = [
  { id: 'elderly-care', name: '养老服务', description: '居家、社区、机构养老服务体系。' },
  { id: 'childcare', name: '托育服务', description: '三岁以下婴幼儿照护服务。' },
];

function data(overrides: Partial<DocumentData>): DocumentData {
  return {
    title: '标题',
    kind: 'case-article',
    level: 'municipal',
    regions: ['beihai'],
    date: { value: '2023-01-15', precision: 'day', basis: 'printed' },
    topics: ['elderly-care'],
    citedAs: [],
    source: { corpusFile: '002_4a2923d008a74a2a.txt', description: '从PDF提取的文本。' },
    relations: [],
    summary: '这是一篇用于检查跨文件规则的测试文档摘要。'.repeat(5),
    keyPoints: ['要点一', '要点二', '要点三'],
    sources: [],
    ...overrides,
  };
}

const BULLETIN = 'content/documents/beihai-bulletin-2023-01.md';
const ARTICLE_A = 'content/documents/central-attention.md';
const ARTICLE_B = 'content/documents/beihai-practice.md';

/** A bulletin issue with two sections of one article each, and the two articles. */
function validDocuments(): CheckedDocument[] {
  return [
    {
      id: 'beihai-bulletin-2023-01',
      filePath: BULLETIN,
      data: data({
        title: '信息参考（2023年第1期）：聚焦养老托育',
        kind: 'bulletin-issue',
        regions: ['national', 'beihai'],
        topics: ['elderly-care', 'childcare'],
        bulletin: {
          series: '信息参考',
          issueLabel: '2023年第1期',
          year: 2023,
          number: 1,
          theme: '聚焦养老托育',
          publisher: '北海市图书馆',
          board: [],
          colophon: {},
          sections: [
            { title: '热点聚焦', articles: ['central-attention'] },
            { title: '他山之石', articles: ['beihai-practice'] },
          ],
        },
      }),
    },
    {
      id: 'central-attention',
      filePath: ARTICLE_A,
      data: data({
        title: '党中央、国务院高度重视“一老一小”问题',
        level: 'national',
        regions: ['national'],
        topics: ['elderly-care', 'childcare'],
        citedAs: ['党中央国务院重视一老一小'],
        relations: [
          { type: 'appears-in', target: 'beihai-bulletin-2023-01', section: '热点聚焦', order: 1 },
          { type: 'summarises', work: '国务院办公厅关于促进养老托育服务健康发展的意见' },
        ],
        sources: [
          { id: '1', type: 'EB/OL', title: '来源一' },
          { id: '2', type: 'N', title: '来源二' },
        ],
      }),
    },
    {
      id: 'beihai-practice',
      filePath: ARTICLE_B,
      data: data({
        title: '北海：促进养老托育服务健康发展',
        relations: [
          { type: 'appears-in', target: 'beihai-bulletin-2023-01', section: '他山之石', order: 2 },
          { type: 'responds-to', target: 'central-attention' },
        ],
      }),
    },
  ];
}

/** The valid corpus with one document's front matter changed. */
function withDocument(id: string, change: (data: DocumentData) => void): CheckedDocument[] {
  const documents = validDocuments();
  const doc = documents.find((d) => d.id === id);
  if (doc === undefined) throw new Error(id);
  change(doc.data);
  return documents;
}

function check(documents: CheckedDocument[], regionList: Region[] = regions): CorpusProblem[] {
  return checkCorpus({ documents, regions: regionList, topics });
}

describe('checkCorpus', () => {
  test('the test corpus is itself valid against the schemas', () => {
    for (const d of validDocuments()) {
      const result = documentData.safeParse(d.data);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
    for (const r of regions) expect(region.safeParse(r).success).toBe(true);
    for (const t of topics) expect(topic.safeParse(t).success).toBe(true);
  });

  test('a valid corpus has no problems', () => {
    expect(check(validDocuments())).toEqual([]);
  });

  test('region.unknown-parent', () => {
    const withBadParent = [...regions, { ...(regions[2] as Region), id: 'qinzhou', name: '钦州市', parent: 'gaungxi' }];
    expect(check(validDocuments(), withBadParent)).toEqual([
      {
        filePath: 'data/regions.yaml',
        field: 'qinzhou.parent',
        message: '上级地区 “gaungxi” 不存在，请先在 data/regions.yaml 中添加它',
        rule: 'region.unknown-parent',
      },
    ]);
  });

  test('region.missing-parent', () => {
    const { parent: _parent, ...orphan } = regions[2] as Region;
    expect(check(validDocuments(), [regions[0] as Region, regions[1] as Region, orphan])).toEqual([
      {
        filePath: 'data/regions.yaml',
        field: 'beihai.parent',
        message: '除全国外，每个地区都要写 parent（上级地区 id）',
        rule: 'region.missing-parent',
      },
    ]);
  });

  test('document.unknown-region', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.regions = ['beihai', 'beiha'];
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'regions[1]',
        message: '未知地区 “beiha”。可用的地区 id：national、guangxi、beihai；新地区请先加入 data/regions.yaml',
        rule: 'document.unknown-region',
      },
    ]);
  });

  test('document.unknown-topic', () => {
    const documents = withDocument('central-attention', (d) => {
      d.topics = ['elder-care'];
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_A,
        field: 'topics[0]',
        message: '未知主题 “elder-care”。可用的主题 id 见 content/topics.yaml',
        rule: 'document.unknown-topic',
      },
    ]);
  });

  test('document.unknown-relation-target', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.relations[1] = { type: 'responds-to', target: 'central-attention-2022' };
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'relations[1].target',
        message:
          '关联的文档 “central-attention-2022” 不存在。请填写 content/documents 中某个文件名（不含 .md），或改用 work: 站外文献标题',
        rule: 'document.unknown-relation-target',
      },
    ]);
  });

  test('a relation to a work outside the corpus is not checked against document ids', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.relations.push({ type: 'implements', work: '广西促进养老托育服务健康发展三年行动方案（2021—2023年）' });
    });
    expect(check(documents)).toEqual([]);
  });

  test('document.appears-in-not-bulletin', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.relations.push({ type: 'appears-in', target: 'central-attention', section: '热点聚焦', order: 1 });
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'relations[2].target',
        message: 'appears-in 的目标 “central-attention” 不是简报（kind: bulletin-issue）',
        rule: 'document.appears-in-not-bulletin',
      },
    ]);
  });

  test('document.duplicate-source-id', () => {
    const documents = withDocument('central-attention', (d) => {
      d.sources.push({ id: '1', type: 'J', title: '来源三' });
    });
    expect(check(documents)).toEqual([
      { filePath: ARTICLE_A, field: 'sources[2].id', message: '来源 id “1” 重复', rule: 'document.duplicate-source-id' },
    ]);
  });

  test('document.duplicate-title: the same title with other quotes and spacing, in a later document', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.title = '党中央、国务院高度重视 "一老一小" 问题';
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'title',
        message: '标题 “党中央、国务院高度重视 "一老一小" 问题” 已属于文档 “central-attention”，《》链接会有歧义。请删去其中一处',
        rule: 'document.duplicate-title',
      },
    ]);
  });

  test('document.duplicate-title: a citedAs that is another document’s citedAs', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.citedAs = ['《党中央国务院重视一老一小》'];
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'citedAs[0]',
        message: '标题 “《党中央国务院重视一老一小》” 已属于文档 “central-attention”，《》链接会有歧义。请删去其中一处',
        rule: 'document.duplicate-title',
      },
    ]);
  });

  test('a document may list its own title again in citedAs', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.citedAs = ['北海：促进养老托育服务健康发展'];
    });
    expect(check(documents)).toEqual([]);
  });

  test('bulletin.unknown-article', () => {
    const documents = validDocuments();
    documents[0]?.data.bulletin?.sections[1]?.articles.push('hangzhou-practice');
    expect(check(documents)).toEqual([
      {
        filePath: BULLETIN,
        field: 'bulletin.sections[1].articles[1]',
        message: '文章 “hangzhou-practice” 不存在。请检查 content/documents 中的文件名',
        rule: 'bulletin.unknown-article',
      },
    ]);
  });

  test('bulletin.article-missing-appears-in', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.relations = d.relations.filter((r) => r.type !== 'appears-in');
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'relations',
        message: '本文列在简报 “beihai-bulletin-2023-01” 的栏目 “他山之石” 中，但缺少 appears-in 关系',
        rule: 'bulletin.article-missing-appears-in',
      },
    ]);
  });

  test('bulletin.article-position-mismatch: wrong section', () => {
    const documents = withDocument('beihai-practice', (d) => {
      d.relations[0] = { type: 'appears-in', target: 'beihai-bulletin-2023-01', section: '热点聚焦', order: 2 };
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'relations',
        message: 'appears-in 写的是栏目 “热点聚焦” 第 2 篇，简报目录中是栏目 “他山之石” 第 2 篇，请改成一致',
        rule: 'bulletin.article-position-mismatch',
      },
    ]);
  });

  test('bulletin.article-position-mismatch: order counts across sections, from 1', () => {
    const documents = withDocument('beihai-practice', (d) => {
      // Second in the whole issue, but first in its own section: the order must be 2.
      d.relations[0] = { type: 'appears-in', target: 'beihai-bulletin-2023-01', section: '他山之石', order: 1 };
    });
    expect(check(documents)).toEqual([
      {
        filePath: ARTICLE_B,
        field: 'relations',
        message: 'appears-in 写的是栏目 “他山之石” 第 1 篇，简报目录中是栏目 “他山之石” 第 2 篇，请改成一致',
        rule: 'bulletin.article-position-mismatch',
      },
    ]);
  });

  test('problems from several rules are all reported, documents in order', () => {
    const documents = validDocuments();
    (documents[1] as CheckedDocument).data.topics = ['elder-care'];
    (documents[2] as CheckedDocument).data.regions = ['beiha'];
    expect(check(documents).map((p) => [p.filePath, p.rule])).toEqual([
      [ARTICLE_A, 'document.unknown-topic'],
      [ARTICLE_B, 'document.unknown-region'],
    ]);
  });

  test('the real corpus, regions and topics have no problems', () => {
    const documents = realDocuments().map((d) => ({ id: d.id, filePath: d.filePath, data: documentData.parse(d.data) }));
    const realRegions = parseUniqueList(readProjectFile('data/regions.yaml'), 'data/regions.yaml').map((r) => region.parse(r));
    const realTopics = parseUniqueList(readProjectFile('content/topics.yaml'), 'content/topics.yaml').map((t) => topic.parse(t));
    expect(checkCorpus({ documents, regions: realRegions, topics: realTopics })).toEqual([]);
  });
});

describe('formatProblems', () => {
  test('one line per problem: file › field：message (rule)', () => {
    const problems: CorpusProblem[] = [
      { filePath: ARTICLE_B, field: 'regions[1]', message: '未知地区 “beiha”', rule: 'document.unknown-region' },
      { filePath: 'data/regions.yaml', field: 'beihai.parent', message: '除全国外，每个地区都要写 parent', rule: 'region.missing-parent' },
    ];
    expect(formatProblems(problems)).toBe(
      [
        'content/documents/beihai-practice.md › regions[1]：未知地区 “beiha” (document.unknown-region)',
        'data/regions.yaml › beihai.parent：除全国外，每个地区都要写 parent (region.missing-parent)',
      ].join('\n'),
    );
  });

  test('no problems, empty text', () => {
    expect(formatProblems([])).toBe('');
  });
});
