import type { DocumentKind } from '../schemas/document';

/** Chinese names of document kinds, in the order the site lists them. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  policy: '政策文件',
  plan: '规划方案',
  'news-digest': '新闻摘要',
  'news-report': '新闻报道',
  'case-article': '案例文章',
  commentary: '评论访谈',
  'bulletin-issue': '简报',
};

/** Chinese names of administrative levels. */
export const LEVEL_LABELS: Record<'national' | 'provincial' | 'municipal' | 'district', string> = {
  national: '国家',
  provincial: '省级',
  municipal: '市级',
  district: '区县',
};

/** Chinese names of relation types, as read from the document that has the relation. */
export const RELATION_LABELS: Record<'summarises' | 'implements' | 'appears-in' | 'responds-to', string> = {
  summarises: '摘要自',
  implements: '贯彻落实',
  'appears-in': '刊于',
  'responds-to': '回应',
};

/** The same relations read from the other end. */
export const INVERSE_RELATION_LABELS: Record<'summarises' | 'implements' | 'appears-in' | 'responds-to', string> = {
  summarises: '摘要',
  implements: '落实文件',
  'appears-in': '收录文章',
  'responds-to': '回应文章',
};
