// The one place that loads the figures and measures datasets. Pages ask this module.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { CaseSummary } from '../schemas/case-summary';
import type { Indicator } from '../schemas/indicator';
import type { Measure } from '../schemas/measure';
import type { Unit } from '../schemas/unit';
import { loadCorpus, type Corpus } from './corpus';
import { FIGURE_COLUMNS, MEASURE_COLUMNS, readCsvRecords } from './csv-records';
import { checkFigureRecords, formatFigureProblems, type CheckedFigure } from './figure-check';
import { checkCaseSummary } from './case-summary-check';
import { buildComparisons, type IndicatorComparison } from './comparisons';
import { definitionTermProblems, internalTermSet } from './internal-terms';
import { FIGURE_TABLE_PAGE_SIZE, paginate } from './pagination';
import { checkMeasureRecords, type CheckedAdoption } from './measure-check';
import { markQuotedDocuments, type QuotingRow } from './source-quotes';
import { quotingDataByDocument, type QuotingData } from './document-data';
import { DATA_ROOT } from './source-roots';

/** Path of the figures table, relative to the project root. */
export const FIGURES_FILE = `${DATA_ROOT}/figures.csv`;
/** Path of the measure-adoption table. */
export const MEASURES_FILE = `${DATA_ROOT}/measures.csv`;

/** The datasets, checked against the corpus. */
export interface Dataset {
  corpus: Corpus;
  figures: CheckedFigure[];
  adoptions: CheckedAdoption[];
  indicators: Indicator[];
  indicatorById: Map<string, Indicator>;
  units: Map<string, Unit>;
  measures: Measure[];
  caseSummaryByRegion: Map<string, CaseSummary>;
  /** Document id → its body with the sentences figures and measures quote marked (see source-quotes.ts). */
  quotedBodies: Map<string, string>;
  /** Document id → the figures and adoptions that quote it. */
  quotingData: Map<string, QuotingData>;
}

/** A document's body as its page shows it: with its quoted sentences marked when it has any. */
export function documentBodyHtml(dataset: Dataset, id: string): string {
  return dataset.quotedBodies.get(id) ?? dataset.corpus.documentById.get(id)?.rendered.html ?? '';
}

let datasetPromise: Promise<Dataset> | undefined;

/** Loads and checks the datasets once per build; any bad row stops the build naming its line. */
export function loadDataset(): Promise<Dataset> {
  datasetPromise ??= buildDataset();
  return datasetPromise;
}

async function buildDataset(): Promise<Dataset> {
  const [corpus, indicatorEntries, unitEntries, measureEntries, summaryEntries] = await Promise.all([
    loadCorpus(),
    getCollection('indicators'),
    getCollection('units'),
    getCollection('measures'),
    getCollection('caseSummaries'),
  ]);
  const indicators = indicatorEntries.map((e) => e.data);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const units = new Map(unitEntries.map((e) => [e.data.id, e.data]));
  const measures = measureEntries.map((e) => e.data);
  const regionIds = new Set(corpus.regions.map((r) => r.id));
  const documentLines = new Map(corpus.documents.map((d) => [d.id, d.readingLines]));
  const internalTerms = internalTermSet({ regions: regionIds, indicators: indicatorById.keys(), measures: measures.map((m) => m.id), documents: documentLines.keys() });

  const unknownUnits = indicators.filter((i) => !units.has(i.unit));
  if (unknownUnits.length > 0) {
    throw new Error(unknownUnits.map((i) => `data/indicators.yaml › ${i.id}.unit：单位 “${i.unit}” 不在 data/units.yaml 中 (indicator.unknown-unit)`).join('\n'));
  }
  const definitionProblems = [
    ...definitionTermProblems('data/indicators.yaml', indicators.map((i) => ({ id: i.id, fields: { measures: i.measures, caveats: i.caveats } })), internalTerms, 'indicator.internal-term'),
    ...definitionTermProblems('data/measures.yaml', measures.map((m) => ({ id: m.id, fields: { description: m.description } })), internalTerms, 'measure.internal-term'),
  ];
  if (definitionProblems.length > 0) throw new Error(`数据检查未通过 (dataset check failed):\n${definitionProblems.join('\n')}`);
  const figureCheck = checkFigureRecords(readCsvRecords(readFileSync(FIGURES_FILE, 'utf8'), FIGURES_FILE, FIGURE_COLUMNS), {
    file: FIGURES_FILE,
    indicators: indicatorById,
    units,
    regionIds,
    documentLines,
    internalTerms,
  });
  const measureCheck = checkMeasureRecords(readCsvRecords(readFileSync(MEASURES_FILE, 'utf8'), MEASURES_FILE, MEASURE_COLUMNS), {
    file: MEASURES_FILE,
    measureIds: new Set(measures.map((m) => m.id)),
    regionIds,
    documentLines,
    internalTerms,
  });
  const summaryProblems = summaryEntries.flatMap((e) =>
    checkCaseSummary(e.data, `content/case-summaries/${e.id}.yaml`, regionIds, new Set(corpus.documentById.keys())),
  );
  const problems = [...figureCheck.problems, ...measureCheck.problems, ...summaryProblems];
  if (problems.length > 0) throw new Error(`数据检查未通过 (dataset check failed):\n${formatFigureProblems(problems)}`);
  const quoting: QuotingRow[] = [
    ...figureCheck.figures.map((f) => ({ document: f.document, quote: f.quote, file: FIGURES_FILE, line: f.line, rule: 'figure.quote-not-marked' })),
    ...measureCheck.adoptions.map((a) => ({ document: a.document, quote: a.quote, file: MEASURES_FILE, line: a.line, rule: 'measure.quote-not-marked' })),
  ];
  const marked = markQuotedDocuments(new Map(corpus.documents.map((d) => [d.id, { filePath: d.filePath, html: d.rendered.html }])), quoting);
  if (marked.problems.length > 0) throw new Error(`数据检查未通过 (dataset check failed):\n${formatFigureProblems(marked.problems)}`);
  const caseSummaryByRegion = new Map(summaryEntries.map((e) => [e.data.region, e.data]));
  return { corpus, figures: figureCheck.figures, adoptions: measureCheck.adoptions, indicators, indicatorById, units, measures, caseSummaryByRegion, quotedBodies: marked.bodies, quotingData: quotingDataByDocument(figureCheck.figures, measureCheck.adoptions) };
}

let comparisonsPromise: Promise<{ dataset: Dataset; comparisons: IndicatorComparison[] }> | undefined;

/**
 * The comparisons the site builds pages for (see comparisons.ts), from the loaded dataset: built
 * once per build, as every comparison page, table page and download asks for them.
 */
export function loadComparisons(): Promise<{ dataset: Dataset; comparisons: IndicatorComparison[] }> {
  comparisonsPromise ??= loadDataset().then((dataset) => ({
    dataset,
    comparisons: buildComparisons(dataset.figures, dataset.indicators, dataset.units, dataset.corpus.regionById),
  }));
  return comparisonsPromise;
}

/** getStaticPaths of every per-indicator comparison route. */
export async function comparisonPaths(): Promise<{ params: { indicator: string } }[]> {
  const { comparisons } = await loadComparisons();
  return comparisons.map((c) => ({ params: { indicator: c.indicator.id } }));
}

/** getStaticPaths of the later pages of each indicator's table of all figures (…/page/2/ …). */
export async function comparisonTablePagePaths(): Promise<{ params: { indicator: string; page: string } }[]> {
  const { comparisons } = await loadComparisons();
  return comparisons.flatMap((c) =>
    paginate(c.allPoints, FIGURE_TABLE_PAGE_SIZE)
      .slice(1)
      .map((page) => ({ params: { indicator: c.indicator.id, page: String(page.number) } })),
  );
}
