import { describe, expect, test } from 'vitest';
import { formatIssueCitation, formatIssueWebCitation, issueTitle, UNKNOWN_PLACE, type IssueCitationInput } from '../../src/lib/citation';

// "引用本期" follows GB/T 7714—2015 4.3 (连续出版物), narrowed to one issue:
// 主要责任者. 题名: 其他题名信息[J]. 年(期). 出版地: 出版者, 出版年.
const ISSUE: IssueCitationInput = {
  series: '信息参考',
  issueLabel: '2023年第1期',
  year: 2023,
  number: 1,
  theme: '聚焦养老托育',
  publisher: '北海市图书馆',
  place: '北海',
};

describe('issueTitle', () => {
  test('series（issue label）：theme', () => {
    expect(issueTitle(ISSUE)).toBe('信息参考（2023年第1期）：聚焦养老托育');
  });
});

describe('formatIssueCitation', () => {
  test('the printed issue as a serial [J], year(number), place and publisher', () => {
    expect(formatIssueCitation(ISSUE)).toBe('北海市图书馆. 信息参考: 聚焦养老托育[J]. 2023(1). 北海: 北海市图书馆, 2023.');
  });

  test('an unknown place of publication is written [出版地不详] (GB/T 7714—2015 8.4.1.3)', () => {
    const { place: _place, ...withoutPlace } = ISSUE;
    expect(UNKNOWN_PLACE).toBe('[出版地不详]');
    expect(formatIssueCitation(withoutPlace)).toBe('北海市图书馆. 信息参考: 聚焦养老托育[J]. 2023(1). [出版地不详]: 北海市图书馆, 2023.');
  });

  test('the number comes from the structured field, not from the printed label', () => {
    expect(formatIssueCitation({ ...ISSUE, issueLabel: '总第12期', year: 2024, number: 3 })).toBe(
      '北海市图书馆. 信息参考: 聚焦养老托育[J]. 2024(3). 北海: 北海市图书馆, 2024.',
    );
  });
});

describe('formatIssueWebCitation', () => {
  test('the issue page on the portal as [EB/OL] with date, access-date placeholder and URL', () => {
    expect(
      formatIssueWebCitation({
        ...ISSUE,
        date: '2023-01-15',
        siteName: '养老托育政策知识门户',
        url: 'https://care-policy-atlas.example.org/bulletins/beihai-library-bulletin-2023-01/',
        accessed: '引用日期',
      }),
    ).toBe(
      '北海市图书馆. 信息参考（2023年第1期）：聚焦养老托育[EB/OL]. 养老托育政策知识门户, (2023-01-15)[引用日期]. https://care-policy-atlas.example.org/bulletins/beihai-library-bulletin-2023-01/.',
    );
  });
});
