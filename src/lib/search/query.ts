// Reads what a reader typed into the phrases to look up, and says clearly when there is nothing
// to look up. Never throws: any string is a valid input.

import { normalise, type NormaliseTables } from './normalise';

/** Longest query kept, in characters; the rest is ignored (and the reader told so). */
export const MAX_QUERY_LENGTH = 64;

/** Most phrases looked up from one query. */
export const MAX_TERMS = 8;

/** Messages shown to readers, in one place. */
export const QUERY_MESSAGES = {
  empty: '请输入要查找的词语，例如：托位、长期护理、yanglao、Beihai。',
  noTerms: '这个查询里没有可以检索的文字（只有标点、符号或表情）。请输入汉字、拼音或英文。',
  truncated: `查询太长，只按前 ${MAX_QUERY_LENGTH} 个字符检索。`,
  noResults: '没有找到匹配的内容。可以换一个说法，或按文档、主题、地区浏览。',
  partial: '没有同时包含所有词语的结果；下面是包含其中部分词语的结果。',
  unchecked: '这个词组由常见的字词组成，要逐条核对原文：列出的结果都已核对，结果数是上限，其余的有些可能并不包含整个词组。',
} as const;

export interface ParsedQuery {
  status: 'ok' | 'empty' | 'no-terms';
  /** The query as kept (trimmed, cut at the limit), for display. */
  text: string;
  truncated: boolean;
  /** Normalised phrases, each without spaces; a result must match every one of them. */
  terms: string[];
}

/**
 * Splits a query at spaces into phrases and normalises each. Punctuation inside a phrase splits it
 * too (托育，服务 → 托育 + 服务); quotation marks do not (“一老一小” → 一老一小).
 */
export function parseQuery(raw: string, tables?: NormaliseTables): ParsedQuery {
  const trimmed = raw.trim();
  const chars = [...trimmed];
  const truncated = chars.length > MAX_QUERY_LENGTH;
  const text = truncated ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : trimmed;
  if (text === '') return { status: 'empty', text, truncated, terms: [] };
  const terms: string[] = [];
  for (const chunk of text.split(/\s+/u)) {
    for (const phrase of normalise(chunk, tables).split(' ')) {
      if (phrase !== '' && !terms.includes(phrase)) terms.push(phrase);
    }
  }
  if (terms.length === 0) return { status: 'no-terms', text, truncated, terms };
  return { status: 'ok', text, truncated, terms: terms.slice(0, MAX_TERMS) };
}
