import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentIdFromPath } from './lib/document-id';
import { CONTENT_ROOT, DATA_ROOT } from './lib/source-roots';
import { parseUniqueList } from './lib/unique-list';
import { caseSummary } from './schemas/case-summary';
import { documentData } from './schemas/document';
import { indicator } from './schemas/indicator';
import { measure } from './schemas/measure';
import { unit } from './schemas/unit';
import { region } from './schemas/region';
import { topic } from './schemas/topic';

const documents = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT_ROOT}/documents`, generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: documentData,
});

const regions = defineCollection({
  loader: file(`${DATA_ROOT}/regions.yaml`, { parser: (text) => parseUniqueList(text, `${DATA_ROOT}/regions.yaml`) }),
  schema: region,
});

const topics = defineCollection({
  loader: file(`${CONTENT_ROOT}/topics.yaml`, { parser: (text) => parseUniqueList(text, `${CONTENT_ROOT}/topics.yaml`) }),
  schema: topic,
});

const indicators = defineCollection({
  loader: file(`${DATA_ROOT}/indicators.yaml`, { parser: (text) => parseUniqueList(text, `${DATA_ROOT}/indicators.yaml`) }),
  schema: indicator,
});

const units = defineCollection({
  loader: file(`${DATA_ROOT}/units.yaml`, { parser: (text) => parseUniqueList(text, `${DATA_ROOT}/units.yaml`) }),
  schema: unit,
});

const measures = defineCollection({
  loader: file(`${DATA_ROOT}/measures.yaml`, { parser: (text) => parseUniqueList(text, `${DATA_ROOT}/measures.yaml`) }),
  schema: measure,
});

const caseSummaries = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/case-summaries` }),
  schema: caseSummary,
});

export const collections = { documents, regions, topics, indicators, units, measures, caseSummaries };
