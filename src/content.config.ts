import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentIdFromPath } from './lib/document-id';
import { parseUniqueList } from './lib/unique-list';
import { documentData } from './schemas/document';
import { region } from './schemas/region';
import { topic } from './schemas/topic';

const documents = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/documents', generateId: ({ entry }) => documentIdFromPath(entry) }),
  schema: documentData,
});

const regions = defineCollection({
  loader: file('data/regions.yaml', { parser: (text) => parseUniqueList(text, 'data/regions.yaml') }),
  schema: region,
});

const topics = defineCollection({
  loader: file('content/topics.yaml', { parser: (text) => parseUniqueList(text, 'content/topics.yaml') }),
  schema: topic,
});

export const collections = { documents, regions, topics };
