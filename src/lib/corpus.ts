// The one place that queries content collections. Pages ask this module; they never call
// getCollection with filters of their own.
import { getCollection } from 'astro:content';
import type { DocumentData } from '../schemas/document';
import type { Region } from '../schemas/region';
import type { Topic } from '../schemas/topic';
import { checkCorpus, formatProblems, type CorpusProblem } from './corpus-check';
import { renderMarkdown, type RenderedMarkdown } from './render-markdown';
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
    const rendered = renderMarkdown(e.body ?? '', {
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
    return { id: e.id, filePath, url: documentUrl(e.id), data: e.data, year: yearOf(e.data.date.value), rendered };
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

/** Documents that have a relation pointing at `id`, with the relation type. */
export function incomingRelations(corpus: Corpus, id: string): { type: DocumentData['relations'][number]['type']; from: PortalDocument }[] {
  return corpus.documents.flatMap((from) =>
    from.data.relations.filter((r) => r.target === id).map((r) => ({ type: r.type, from })),
  );
}
