import { describe, expect, test } from 'vitest';
import { citationMetaTags, issueCitationMetaTags } from '../../src/lib/citation-meta';

const base = { title: '关于深化养老服务改革发展的意见', date: '2025-01-07', url: 'https://example.org/documents/x/', keywords: ['养老服务', '医养结合'] };

describe('citationMetaTags', () => {
  test('an issued policy: the issuer is the publisher, not an author; the date has slashes', () => {
    expect(citationMetaTags({ ...base, issuer: '中共中央 国务院', outlet: '新华社' })).toEqual([
      ['citation_title', '关于深化养老服务改革发展的意见'],
      ['citation_publication_date', '2025/01/07'],
      ['citation_publisher', '中共中央 国务院'],
      ['citation_language', 'zh'],
      ['citation_keywords', '养老服务; 医养结合'],
      ['citation_public_url', 'https://example.org/documents/x/'],
    ]);
  });

  test('each author is a tag of its own, in order; without an issuer the outlet publishes', () => {
    const tags = citationMetaTags({ ...base, authors: ['刘厚莲', '张本波'], outlet: '智库圆桌', date: '2026' });
    expect(tags.filter(([name]) => name === 'citation_author').map(([, value]) => value)).toEqual(['刘厚莲', '张本波']);
    expect(tags).toContainEqual(['citation_publisher', '智库圆桌']);
    expect(tags).toContainEqual(['citation_publication_date', '2026']);
  });

  test('a document with neither publisher nor topics has no such tags', () => {
    const names = citationMetaTags({ ...base, keywords: [], date: '2023-01' }).map(([name]) => name);
    expect(names).not.toContain('citation_publisher');
    expect(names).not.toContain('citation_keywords');
    expect(citationMetaTags({ ...base, date: '2023-01' })).toContainEqual(['citation_publication_date', '2023/01']);
  });

  test('a date in another shape is refused, not written as it is', () => {
    expect(() => citationMetaTags({ ...base, date: '2023年1月' })).toThrow(/2023年1月/);
  });
});

describe('issueCitationMetaTags', () => {
  const issue = { series: '信息参考', issueLabel: '2023年第1期', year: 2023, number: 1, theme: '聚焦养老托育', publisher: '北海市图书馆' };

  test('an issue of a serial: its title as the site writes it, the serial, the number, the library and the PDF', () => {
    expect(issueCitationMetaTags({ ...issue, date: '2023-01-15', url: 'https://example.org/bulletins/b/', pdfUrl: 'https://example.org/bulletins/b/b.pdf' })).toEqual([
      ['citation_title', '信息参考（2023年第1期）：聚焦养老托育'],
      ['citation_journal_title', '信息参考'],
      ['citation_issue', '1'],
      ['citation_publication_date', '2023/01/15'],
      ['citation_publisher', '北海市图书馆'],
      ['citation_language', 'zh'],
      ['citation_keywords', '聚焦养老托育'],
      ['citation_public_url', 'https://example.org/bulletins/b/'],
      ['citation_pdf_url', 'https://example.org/bulletins/b/b.pdf'],
    ]);
  });

  test('refuses a date in another shape too', () => {
    expect(() => issueCitationMetaTags({ ...issue, date: '15/01/2023', url: 'u', pdfUrl: 'p' })).toThrow(/15\/01\/2023/);
  });
});
