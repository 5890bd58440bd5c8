import { describe, expect, test } from 'vitest';
import { formatAuthors, formatFootnoteSource, formatPageCitation, type PageCitationInput } from '../../src/lib/citation';

// Expected strings follow GB/T 7714—2015: 主要责任者. 题名[文献类型标识]. 出版者, 出版年/日期…
// (更新或修改日期)[引用日期]. 获取和访问路径. — with ", " between authors and at most three before 等.

describe('formatAuthors', () => {
  test('up to three authors are all listed, separated by ", "', () => {
    expect(formatAuthors(['陈姝'])).toBe('陈姝');
    expect(formatAuthors(['李幼平', '王莉'])).toBe('李幼平, 王莉');
    expect(formatAuthors(['甲', '乙', '丙'])).toBe('甲, 乙, 丙');
  });

  test('more than three: the first three, then 等', () => {
    expect(formatAuthors(['甲', '乙', '丙', '丁'])).toBe('甲, 乙, 丙, 等');
    expect(formatAuthors(['甲', '乙', '丙', '丁', '戊'])).toBe('甲, 乙, 丙, 等');
  });
});

describe('formatFootnoteSource', () => {
  test('EB/OL with outlet, published, accessed and URL', () => {
    expect(
      formatFootnoteSource({
        id: '1',
        type: 'EB/OL',
        title: '国务院办公厅关于促进养老托育服务健康发展的意见',
        outlet: '中国政府网',
        published: '2020-12-31',
        accessed: '2022-11-16',
        url: 'http://www.gov.cn/zhengce/content/2020-12/31/content_5575804.htm',
      }),
    ).toBe(
      '国务院办公厅关于促进养老托育服务健康发展的意见[EB/OL]. 中国政府网, (2020-12-31)[2022-11-16]. http://www.gov.cn/zhengce/content/2020-12/31/content_5575804.htm.',
    );
  });

  test('EB/OL with an author and no outlet', () => {
    expect(
      formatFootnoteSource({
        id: '2',
        type: 'EB/OL',
        authors: ['韩倩'],
        title: '北海市推动托育服务向高质量发展迈大步',
        published: '2022-10-14',
        accessed: '2023-01-09',
        url: 'http://www.beihai.gov.cn/a.html',
      }),
    ).toBe('韩倩. 北海市推动托育服务向高质量发展迈大步[EB/OL]. (2022-10-14)[2023-01-09]. http://www.beihai.gov.cn/a.html.');
  });

  test('EB/OL with only an access date', () => {
    expect(
      formatFootnoteSource({ id: '3', type: 'EB/OL', title: '某网页', accessed: '2023-01-09', url: 'https://example.org/x' }),
    ).toBe('某网页[EB/OL]. [2023-01-09]. https://example.org/x.');
  });

  test('N (printed newspaper): outlet, date(版次)', () => {
    expect(
      formatFootnoteSource({
        id: '1',
        type: 'N',
        authors: ['陈姝'],
        title: '国办印发《“十四五”城乡社区服务体系建设规划》优先发展社区养老、托育等服务',
        outlet: '中国妇女报',
        published: '2022-02-10',
        pages: '001',
      }),
    ).toBe('陈姝. 国办印发《“十四五”城乡社区服务体系建设规划》优先发展社区养老、托育等服务[N]. 中国妇女报, 2022-02-10(001).');
  });

  test('N without 版次', () => {
    expect(formatFootnoteSource({ id: '1', type: 'N', title: '标题', outlet: '经济日报', published: '2021-06-02' })).toBe(
      '标题[N]. 经济日报, 2021-06-02.',
    );
  });

  test('N with a URL is typed N/OL and ends with the URL', () => {
    const text = formatFootnoteSource({
      id: '1',
      type: 'N',
      title: '标题',
      outlet: '人民日报',
      published: '2013-01-12',
      pages: '2',
      url: 'http://paper.people.com.cn/x.htm',
    });
    expect(text).toMatch(/^标题\[N\/OL\]\. 人民日报, 2013-01-12\(2\)/);
    expect(text).toMatch(/ http:\/\/paper\.people\.com\.cn\/x\.htm\.$/);
  });

  test('J: journal, year, volume(issue): pages', () => {
    expect(
      formatFootnoteSource({
        id: '1',
        type: 'J',
        authors: ['李幼平', '王莉'],
        title: '循证医学研究方法',
        outlet: '中华移植杂志',
        published: '2010',
        volume: '4',
        issue: '3',
        pages: '225-228',
      }),
    ).toBe('李幼平, 王莉. 循证医学研究方法[J]. 中华移植杂志, 2010, 4(3): 225-228.');
  });

  test('J without a volume: year(issue): pages', () => {
    expect(
      formatFootnoteSource({ id: '1', type: 'J', title: '标题', outlet: '人口研究', published: '2021-05', issue: '3', pages: '3-15' }),
    ).toBe('标题[J]. 人口研究, 2021(3): 3-15.');
  });

  test('more than three authors become 等', () => {
    expect(
      formatFootnoteSource({
        id: '1',
        type: 'J',
        authors: ['甲', '乙', '丙', '丁'],
        title: '标题',
        outlet: '人口研究',
        published: '2021',
        volume: '45',
        issue: '3',
        pages: '3-15',
      }),
    ).toBe('甲, 乙, 丙, 等. 标题[J]. 人口研究, 2021, 45(3): 3-15.');
  });

  test('an empty author list gives no responsible person', () => {
    expect(formatFootnoteSource({ id: '1', type: 'N', authors: [], title: '标题', outlet: '经济日报', published: '2021' })).toBe(
      '标题[N]. 经济日报, 2021.',
    );
  });
});

describe('formatPageCitation', () => {
  const base: PageCitationInput = {
    title: '泰安市“一老一小”整体解决方案（征求意见稿）',
    date: '2021-06',
    siteName: '养老托育政策知识门户',
    url: 'https://example.org/documents/taian-yilao-yixiao-plan-draft/',
    accessed: '引用日期',
  };
  const tail = '泰安市“一老一小”整体解决方案（征求意见稿）[EB/OL]. 养老托育政策知识门户, (2021-06)[引用日期]. https://example.org/documents/taian-yilao-yixiao-plan-draft/.';

  test('authors come first when there are any', () => {
    expect(formatPageCitation({ ...base, authors: ['刘厚莲'], issuer: '泰安市人民政府', outlet: '经济日报' })).toBe(`刘厚莲. ${tail}`);
  });

  test('more than three authors become 等', () => {
    expect(formatPageCitation({ ...base, authors: ['甲', '乙', '丙', '丁'] })).toBe(`甲, 乙, 丙, 等. ${tail}`);
  });

  test('without authors, the issuer', () => {
    expect(formatPageCitation({ ...base, authors: [], issuer: '泰安市人民政府', outlet: '经济日报' })).toBe(`泰安市人民政府. ${tail}`);
  });

  test('without authors or issuer, the outlet', () => {
    expect(formatPageCitation({ ...base, outlet: '浙江省民政厅' })).toBe(`浙江省民政厅. ${tail}`);
  });

  test('with nobody responsible, the title comes first', () => {
    expect(formatPageCitation(base)).toBe(tail);
  });
});
