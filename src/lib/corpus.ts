// The one place that queries content collections. Pages ask this module; they never call
// getCollection with filters of their own.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { DocumentData } from '../schemas/document';
import type { Region } from '../schemas/region';
import type { Topic } from '../schemas/topic';
import { checkCorpus, formatProblems, type CorpusProblem } from './corpus-check';
import { renderMarkdown, type RenderedMarkdown } from './render-markdown';
import { quotableLines } from './quotable-text';
import { titleKey } from './title-key';
import { documentUrl } from './urls';
import { yearOf } from './partial-date';

/** A document ready for pages: its front matter and its rendered body. */
export interface PortalDocument {
  id: string;
  filePath: string;
  url: string;
  data: DocumentData;
  year: number;
  rendered: RenderedMarkdown;
  /** The reading text, one line per paragraph or table row, that figure quotes are checked against. */
  readingLines: string[];
}

/** Everything the site is built from, checked as a whole. */
export interface Corpus {
  documents: PortalDocument[];
  regions: Region[];
  topics: Topic[];
  documentById: Map<string, PortalDocument>;
  regionById: Map<string, Region>;
  topicById: Map<string, Topic>;
}

let corpusPromise: Promise<Corpus> | undefined;

/** How many lines of the file come before its Markdown body (the front matter and its fences). */
function frontMatterLines(filePath: string, body: string): number {
  try {
    const raw = readFileSync(filePath, 'utf8');
    const start = body === '' ? -1 : raw.indexOf(body);
    return start > 0 ? raw.slice(0, start).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** Loads, checks and renders the corpus once per build; any broken rule stops the build. */
export function loadCorpus(): Promise<Corpus> {
  corpusPromise ??= buildCorpus();
  return corpusPromise;
}

function byDateDesc(a: PortalDocument, b: PortalDocument): number {
  return b.data.date.value.localeCompare(a.data.date.value) || a.id.localeCompare(b.id);
}

async function buildCorpus(): Promise<Corpus> {
  const [entries, regionEntries, topicEntries] = await Promise.all([
    getCollection('documents'),
    getCollection('regions'),
    getCollection('topics'),
  ]);
  const regions = regionEntries.map((e) => e.data);
  const topics = topicEntries.map((e) => e.data);
  const checked = entries.map((e) => ({ id: e.id, filePath: e.filePath ?? `content/documents/${e.id}.md`, data: e.data }));
  const problems: CorpusProblem[] = checkCorpus({ documents: checked, regions, topics });
  if (problems.length > 0) throw new Error(`内容检查未通过 (corpus check failed):\n${formatProblems(problems)}`);

  const urlByTitleKey = new Map<string, string>();
  for (const e of entries) {
    for (const title of [e.data.title, ...e.data.citedAs]) urlByTitleKey.set(titleKey(title), documentUrl(e.id));
  }
  const documents = entries.map((e) => {
    const filePath = e.filePath ?? `content/documents/${e.id}.md`;
    const body = e.body ?? '';
    // Pad the body with the front matter's line count, so errors name the line in the file.
    const rendered = renderMarkdown(`${'\n'.repeat(frontMatterLines(filePath, body))}${body}`, {
      path: filePath,
      sourceIds: e.data.sources.map((s) => s.id),
      urlByTitleKey,
      selfUrl: documentUrl(e.id),
    });
    const uncited = e.data.sources.filter((s) => !rendered.citedSourceIds.includes(s.id));
    if (uncited.length > 0) {
      throw new Error(
        `${filePath} › sources：来源 ${uncited.map((s) => `“${s.id}”`).join('、')} 在正文中没有被引用。请在正文相应位置加上 [@${uncited[0]?.id}]，或删去该来源 (citation.uncited-source)`,
      );
    }
    return { id: e.id, filePath, url: documentUrl(e.id), data: e.data, year: yearOf(e.data.date.value), rendered, readingLines: quotableLines(body) };
  });
  documents.sort(byDateDesc);
  return {
    documents,
    regions,
    topics,
    documentById: new Map(documents.map((d) => [d.id, d])),
    regionById: new Map(regions.map((r) => [r.id, r])),
    topicById: new Map(topics.map((t) => [t.id, t])),
  };
}

/** A relation seen from its target: which document points here, and how. */
export interface IncomingRelation {
  type: DocumentData['relations'][number]['type'];
  from: PortalDocument;
}

const incomingIndex = new WeakMap<Corpus, Map<string, IncomingRelation[]>>();

/** Documents that have a relation pointing at `id`, with the relation type (indexed once per corpus). */
export function incomingRelations(corpus: Corpus, id: string): IncomingRelation[] {
  let index = incomingIndex.get(corpus);
  if (index === undefined) {
    index = new Map();
    for (const from of corpus.documents) {
      for (const r of from.data.relations) {
        if (r.target !== undefined) index.set(r.target, [...(index.get(r.target) ?? []), { type: r.type, from }]);
      }
    }
    incomingIndex.set(corpus, index);
  }
  return index.get(id) ?? [];
}
