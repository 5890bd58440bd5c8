import type { Corpus, PortalDocument } from './corpus';
import type { FacetName, FacetValues } from './facets';
import { countFacet, matchesFacets } from './facets';
import { KIND_LABELS, LEVEL_LABELS } from './labels';
import { paginate, type ListPage } from './pagination';

/** A list of documents with its own URL: all documents, or those of one facet value. */
export interface Listing {
  /** URL of its first page. */
  base: string;
  title: string;
  description: string;
  current?: { facet: FacetName; value: string };
  documents: PortalDocument[];
}

/** The facet values of a document, for filters. */
export function facetValuesOf(doc: PortalDocument): FacetValues {
  return { kind: doc.data.kind, level: doc.data.level, regions: doc.data.regions, topics: doc.data.topics, year: doc.year };
}

function facetTitle(corpus: Corpus, facet: FacetName, value: string): string {
  switch (facet) {
    case 'kind':
      return KIND_LABELS[value as keyof typeof KIND_LABELS];
    case 'level':
      return `${LEVEL_LABELS[value as keyof typeof LEVEL_LABELS]}文档`;
    case 'year':
      return `${value}年的文档`;
    case 'region':
      return `${corpus.regionById.get(value)?.name ?? value}的文档`;
    case 'topic':
      return `主题：${corpus.topicById.get(value)?.name ?? value}`;
  }
}

/** Every listing the site builds: all documents, then one per facet value that has documents. */
export function buildListings(corpus: Corpus): Listing[] {
  const values = corpus.documents.map(facetValuesOf);
  const all: Listing = { base: '/documents/', title: '全部文档', description: '按类型、层级、地区、主题和年份浏览本站收录的全部养老托育政策文档、解读与案例。', documents: corpus.documents };
  const facets: FacetName[] = ['kind', 'level', 'region', 'topic', 'year'];
  const byFacet = facets.flatMap((facet) =>
    countFacet(values, facet).map((c) => {
      const documents = corpus.documents.filter((_, i) => matchesFacets(values[i]!, { [facet]: c.value }));
      const title = facetTitle(corpus, facet, c.value);
      return { base: `/documents/${facet}/${c.value}/`, title, description: `本站收录的${title}，共 ${documents.length} 篇。`, current: { facet, value: c.value }, documents };
    }),
  );
  return [all, ...byFacet];
}

/** Every page of every listing, for getStaticPaths. */
export function listingPages(corpus: Corpus): { listing: Listing; page: ListPage<PortalDocument> }[] {
  return buildListings(corpus).flatMap((listing) => paginate(listing.documents).map((page) => ({ listing, page })));
}
