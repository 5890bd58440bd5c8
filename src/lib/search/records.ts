// What search can find, as plain records with sections: documents (split at their h2/h3 headings,
// so a result can link to the section that matched), topics and regions. Build time only.
//
// Figures (data/figures.csv, being added by another change) come in through `figureRecord`: kind
// 'figure', the sentence a figure was read from as its one section, indicator as its name, region,
// year and source as tags and facets. To include them, map the figures to SearchFigureInput and
// append `figures.map(figureRecord)` in searchRecords; nothing in the index format, the engine or
// the search page needs to change (the kind label 数据 is already there).

import { parseHTML } from 'linkedom';
import type { DocumentData } from '../../schemas/document';
import type { Region } from '../../schemas/region';
import type { Topic } from '../../schemas/topic';
import { dateLabel } from '../document-view';
import { KIND_LABELS, LEVEL_LABELS } from '../labels';
import { regionUrl, topicUrl } from '../urls';
import type { CoreRecord } from './index-format';
import { BLOCK_SEPARATOR } from './normalise';

/** One section of a record: its anchor on the page, its heading, its plain text. */
export interface SourceSection {
  anchor?: string;
  /** Searched and shown. */
  heading?: string;
  /** Shown only (摘要, 全文): not searched, because every document has it. */
  label?: string;
  /** Heading of the enclosing section, shown before an h4 heading (（一）发展基础 › 1.政策体系逐步完善). */
  context?: string;
  /** Plain text; blocks are separated by BLOCK_SEPARATOR. */
  text: string;
  boost?: number;
  role?: 'summary';
}

/** A record before indexing. */
export type SourceRecord = CoreRecord & { sections: SourceSection[] };

/** What the records are built from; the site's Corpus (src/lib/corpus.ts) has this shape. */
export interface SearchCorpusInput {
  documents: readonly { id: string; url: string; year: number; data: DocumentData; rendered: { html: string } }[];
  regions: readonly Region[];
  topics: readonly Topic[];
}

/** Our own summary and key points say what a document is about: they count a little more. */
const SUMMARY_BOOST = 1.25;

/**
 * A topic's one-line description mentions terms in passing; the topic should come first for its
 * name, not outrank the documents that discuss a term it mentions.
 */
const DESCRIPTION_BOOST = 0.5;

const BLOCK_TAGS = new Set(['P', 'LI', 'TD', 'TH', 'TR', 'DIV', 'BLOCKQUOTE', 'H4', 'H5', 'H6', 'TABLE', 'UL', 'OL', 'PRE', 'DT', 'DD', 'BR', 'FIGCAPTION']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function blockText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const isBlock = BLOCK_TAGS.has(node.nodeName.toUpperCase());
  if (isBlock) out.push(BLOCK_SEPARATOR);
  for (const child of Array.from(node.childNodes)) blockText(child, out);
  if (isBlock) out.push(BLOCK_SEPARATOR);
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(new RegExp(`\\s*${BLOCK_SEPARATOR}[\\s${BLOCK_SEPARATOR}]*`, 'g'), BLOCK_SEPARATOR)
    .replace(new RegExp(`^${BLOCK_SEPARATOR}|${BLOCK_SEPARATOR}$`, 'g'), '')
    .trim();
}

/**
 * Splits a rendered document body into sections at its h2, h3 and h4 headings (every one has an
 * anchor; h2/h3 are also the page's table of contents). Small sections make a result link land
 * near the words, and weigh a phrase against the text around it rather than a whole chapter.
 * Editorial notes 〔…〕 and source markers [1]
 * are left out: they are not the document's words (a note naming 石家庄市 must not make a Beihai
 * article a result for 石家庄), while corrected text is kept.
 */
export function htmlSections(html: string, introLabel: string): SourceSection[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const node of document.querySelectorAll('.ed-note, a.cite, .visually-hidden')) node.remove();
  const sections: SourceSection[] = [];
  let current: SourceSection = { anchor: 'fulltext-heading', label: introLabel, text: '' };
  let parts: string[] = [];
  const flush = (): void => {
    current.text = tidy(parts.join(''));
    if (current.text !== '' || current.heading !== undefined) sections.push(current);
    parts = [];
  };
  let outer: string | undefined;
  for (const child of Array.from(document.body.childNodes) as unknown as DomNode[]) {
    const element = child as DomNode & { getAttribute?: (name: string) => string | null };
    const tag = child.nodeName.toUpperCase();
    const id = element.getAttribute?.('id');
    if ((tag === 'H2' || tag === 'H3' || tag === 'H4') && typeof id === 'string' && id !== '') {
      flush();
      const heading = tidy(child.textContent ?? '');
      current = { anchor: id, heading, text: '' };
      if (tag === 'H4' && outer !== undefined) current.context = outer;
      else outer = heading;
      continue;
    }
    blockText(child, parts);
  }
  flush();
  return sections;
}

/** A document: its summary and key points first, then its sections. */
export function documentRecord(doc: SearchCorpusInput['documents'][number], corpus: Pick<SearchCorpusInput, 'regions' | 'topics'>): SourceRecord {
  const { data } = doc;
  const regions = data.regions.map((id) => corpus.regions.find((r) => r.id === id)).filter((r): r is Region => r !== undefined);
  const topics = data.topics.map((id) => corpus.topics.find((t) => t.id === id)).filter((t): t is Topic => t !== undefined);
  const bulletin = data.bulletin;
  const tags = [
    data.issuer,
    ...(data.authors ?? []),
    data.outlet,
    data.docNumber,
    ...regions.flatMap((r) => [r.name, r.shortName]),
    ...topics.map((t) => t.name),
    KIND_LABELS[data.kind],
    LEVEL_LABELS[data.level],
    `${doc.year}年`,
    bulletin?.series,
    bulletin?.issueLabel,
    bulletin?.publisher,
    bulletin?.editorialDepartment,
    ...(bulletin?.board.flatMap((b) => b.names) ?? []),
  ].filter((t): t is string => t !== undefined && t !== '');
  const summary: SourceSection = {
    anchor: 'summary-heading',
    label: '摘要与要点',
    text: [data.summary, ...data.keyPoints].join(BLOCK_SEPARATOR),
    boost: SUMMARY_BOOST,
    role: 'summary',
  };
  return {
    id: doc.id,
    kind: data.kind,
    title: data.title,
    url: doc.url,
    names: [data.title, ...data.citedAs, ...(bulletin !== undefined ? [bulletin.theme] : [])],
    tags: [...new Set(tags)].join(BLOCK_SEPARATOR),
    // The summary is the record's first section; its text file serves as the fallback snippet.
    description: '',
    dateLabel: dateLabel(data.date),
    dateValue: data.date.value,
    year: doc.year,
    regions: [...data.regions],
    topics: [...data.topics],
    sections: [summary, ...htmlSections(doc.rendered.html, data.kind === 'bulletin-issue' ? '卷首' : '全文')],
  };
}

/** A topic of the controlled vocabulary: its name and its one-sentence description. */
export function topicRecord(topic: Topic): SourceRecord {
  return {
    id: `topic:${topic.id}`,
    kind: 'topic',
    title: topic.name,
    url: topicUrl(topic.id),
    names: [topic.name],
    tags: ['主题', topic.id.replaceAll('-', ' ')].join(BLOCK_SEPARATOR),
    description: topic.description,
    regions: [],
    topics: [topic.id],
    sections: [{ text: topic.description, boost: DESCRIPTION_BOOST }],
  };
}

/** A region: found by its full, short, pinyin and English names. */
export function regionRecord(region: Region, regions: readonly Region[]): SourceRecord {
  const parents: Region[] = [];
  for (let p = regions.find((r) => r.id === region.parent); p !== undefined; p = regions.find((r) => r.id === p?.parent)) parents.unshift(p);
  const path = [...parents.filter((p) => p.id !== 'national').map((p) => p.name), region.name].join(' › ');
  return {
    id: `region:${region.id}`,
    kind: 'region',
    title: region.name,
    url: regionUrl(region.id),
    names: [region.name, ...(region.shortName !== undefined ? [region.shortName] : []), region.nameEn, region.pinyin],
    tags: ['地区', LEVEL_LABELS[region.level], ...parents.map((p) => p.name)].join(BLOCK_SEPARATOR),
    description: `${path} · ${region.nameEn}`,
    regions: [region.id],
    topics: [],
    sections: [],
  };
}

/** What a figure record needs; the loader of data/figures.csv provides it. */
export interface SearchFigureInput {
  /** Stable id of the figure row. */
  id: string;
  /** Indicator name as readers see it, e.g. 每千人口拥有3岁以下婴幼儿托位数. */
  indicator: string;
  region: Pick<Region, 'id' | 'name'>;
  year: number;
  /** Value with its qualifier and unit as printed, e.g. 约3000万人. */
  valueLabel: string;
  /** The sentence the figure was read from. */
  quote: string;
  source: { id: string; title: string };
  topics: string[];
  /** Where the figure is shown (its row on the data page, or the source document). */
  url: string;
}

/** A figure: found by its indicator, region and year, and by the words of the sentence it came from. */
export function figureRecord(figure: SearchFigureInput): SourceRecord {
  return {
    id: `figure:${figure.id}`,
    kind: 'figure',
    title: `${figure.region.name} · ${figure.indicator}（${figure.year}年）`,
    url: figure.url,
    names: [figure.indicator],
    tags: [figure.region.name, `${figure.year}年`, figure.source.title].join(BLOCK_SEPARATOR),
    description: `${figure.valueLabel}　——${figure.source.title}`,
    dateLabel: `${figure.year}年`,
    dateValue: String(figure.year),
    year: figure.year,
    regions: [figure.region.id],
    topics: [...figure.topics],
    sections: [{ text: figure.quote }],
  };
}

/** Every record of the site, documents first (newest first, as the corpus lists them). */
export function searchRecords(corpus: SearchCorpusInput): SourceRecord[] {
  return [
    ...corpus.documents.map((doc) => documentRecord(doc, corpus)),
    ...corpus.topics.map(topicRecord),
    ...corpus.regions.map((region) => regionRecord(region, corpus.regions)),
  ];
}
