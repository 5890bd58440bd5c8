import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { internalTermSet } from '../../../src/lib/internal-terms';
import { quotableLines } from '../../../src/lib/quotable-text';
import { parseUniqueList } from '../../../src/lib/unique-list';
import { caseSummary, type CaseSummary } from '../../../src/schemas/case-summary';
import { indicator, type Indicator } from '../../../src/schemas/indicator';
import { measure, type Measure } from '../../../src/schemas/measure';
import { region, type Region } from '../../../src/schemas/region';
import { unit, type Unit } from '../../../src/schemas/unit';
import { ROOT, readProjectFile, realDocuments } from './front-matter';

/**
 * The registries and documents the dataset is checked against, read from data/ and content/ the way
 * src/lib/dataset.ts reads them through Astro's collections (which Vitest cannot import).
 */
export interface RealDataset {
  indicators: Indicator[];
  indicatorById: Map<string, Indicator>;
  units: Map<string, Unit>;
  regions: Region[];
  regionById: Map<string, Region>;
  regionIds: Set<string>;
  measures: Measure[];
  /** Document id → its reading lines (quotableLines of the body without front matter). */
  documentLines: Map<string, string[]>;
  /** Words a note must not use: the data files' vocabulary and every id (see internal-terms.ts). */
  internalTerms: Set<string>;
  caseSummaries: { file: string; summary: CaseSummary }[];
}

let cached: RealDataset | undefined;

/** Loads the real registries once per test file. */
export function realDataset(): RealDataset {
  cached ??= load();
  return cached;
}

function list<T>(path: string, schema: { parse: (value: unknown) => T }): T[] {
  return parseUniqueList(readProjectFile(path), path).map((item) => schema.parse(item));
}

function load(): RealDataset {
  const indicators = list('data/indicators.yaml', indicator);
  const regions = list('data/regions.yaml', region);
  const caseSummaries = readdirSync(`${ROOT}content/case-summaries`)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `content/case-summaries/${name}`;
      return { file, summary: caseSummary.parse(parse(readProjectFile(file))) };
    });
  const measures = list('data/measures.yaml', measure);
  const documentLines = new Map(realDocuments().map((d) => [d.id, quotableLines(d.body)]));
  return {
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    units: new Map(list('data/units.yaml', unit).map((u) => [u.id, u])),
    regions,
    regionById: new Map(regions.map((r) => [r.id, r])),
    regionIds: new Set(regions.map((r) => r.id)),
    measures,
    documentLines,
    internalTerms: internalTermSet({ regions: regions.map((r) => r.id), indicators: indicators.map((i) => i.id), measures: measures.map((m) => m.id), documents: documentLines.keys() }),
    caseSummaries,
  };
}
