import { describe, expect, test } from 'vitest';
import { buildComparisons } from '../../src/lib/comparisons';
import type { PortalDocument } from '../../src/lib/corpus';
import { FIGURE_COLUMNS, MEASURE_COLUMNS, readCsvRecords } from '../../src/lib/csv-records';
import type { Dataset } from '../../src/lib/dataset';
import { checkFigureRecords } from '../../src/lib/figure-check';
import { checkMeasureRecords } from '../../src/lib/measure-check';
import { adoptionMatrix } from '../../src/lib/measure-matrix';
import { regionPageData } from '../../src/lib/region-pages';
import { targetChartRows } from '../../src/lib/target-downloads';
import { regionTracks } from '../../src/lib/target-tracks';
import { readProjectFile, realDocuments } from './support/front-matter';
import { realDataset } from './support/real-dataset';

/** The real dataset as src/lib/dataset.ts builds it, with documents reduced to what region pages read. */
function dataset(): Dataset {
  const real = realDataset();
  const { figures } = checkFigureRecords(readCsvRecords(readProjectFile('data/figures.csv'), 'data/figures.csv', FIGURE_COLUMNS), {
    file: 'data/figures.csv',
    indicators: real.indicatorById,
    units: real.units,
    regionIds: real.regionIds,
    documentLines: real.documentLines,
    internalTerms: real.internalTerms,
  });
  const { adoptions } = checkMeasureRecords(readCsvRecords(readProjectFile('data/measures.csv'), 'data/measures.csv', MEASURE_COLUMNS), {
    file: 'data/measures.csv',
    measureIds: new Set(real.measures.map((m) => m.id)),
    regionIds: real.regionIds,
    documentLines: real.documentLines,
    internalTerms: real.internalTerms,
  });
  const documents = realDocuments().map((d) => ({ id: d.id, data: d.data }) as unknown as PortalDocument);
  return {
    corpus: { documents, regions: real.regions, topics: [], documentById: new Map(documents.map((d) => [d.id, d])), regionById: real.regionById, topicById: new Map() },
    figures,
    adoptions,
    indicators: real.indicators,
    indicatorById: real.indicatorById,
    units: real.units,
    measures: real.measures,
    caseSummaryByRegion: new Map(),
    quotedBodies: new Map(),
    quotingData: new Map(),
  };
}

describe('a region page’s share of the dataset, worked out once for all regions', () => {
  const data = dataset();

  test('is, for every region, what the page worked out from the whole dataset before', () => {
    const tracks = regionTracks(data.figures, data.indicatorById, data.units);
    const comparisons = buildComparisons(data.figures, data.indicators, data.units, data.corpus.regionById);
    const matrix = adoptionMatrix(data.adoptions, data.measures, data.corpus.regions);
    const rows = targetChartRows(data);
    let withFigures = 0;
    for (const region of data.corpus.regions) {
      const page = regionPageData(data, region.id);
      expect(page.docs.map((d) => d.id)).toEqual(data.corpus.documents.filter((d) => d.data.regions.includes(region.id)).map((d) => d.id));
      expect(page.figures).toEqual(data.figures.filter((f) => f.region === region.id));
      expect(page.percentTracks).toEqual(tracks.filter((t) => t.region === region.id && data.units.get(t.indicator.unit)?.base === '%'));
      expect(page.targetRows).toEqual(rows.get(region.id) ?? []);
      expect(page.comparisons).toEqual(region.id === 'national' ? comparisons : comparisons.filter((c) => c.chartPoints.some((p) => p.region === region.id)));
      expect(page.adopted).toEqual(matrix.measures.filter((m) => matrix.cell(m.id, region.id).length > 0));
      if (page.figures.length > 0) withFigures += 1;
    }
    expect(withFigures).toBeGreaterThan(2);
  });

  test('builds its indexes once per dataset', () => {
    expect(regionPageData(data, 'beihai').matrix).toBe(regionPageData(data, 'hangzhou').matrix);
    expect(regionPageData(data, 'beihai').matrix).not.toBe(regionPageData(dataset(), 'beihai').matrix);
  });
});
