// What a region page shows that is worked out from the whole dataset: target tracks, comparisons,
// the measure matrix, target downloads, documents and figures. Worked out once per build for
// every region, not once per page: a national corpus has 300 region pages, and per page the cost
// grew with regions × figures (16 s of the 10,000-document build).
import type { Measure } from '../schemas/measure';
import { buildComparisons, type IndicatorComparison } from './comparisons';
import type { PortalDocument } from './corpus';
import type { Dataset } from './dataset';
import type { CheckedFigure } from './figure-check';
import type { ExportedFigure } from './figure-export';
import { adoptionMatrix, type AdoptionMatrix } from './measure-matrix';
import { percentTracks, targetChartRows } from './target-downloads';
import type { RegionTrack } from './target-tracks';

/** One region page's share of the dataset. */
export interface RegionPageData {
  /** Documents about the region, in corpus order. */
  docs: PortalDocument[];
  /** Figures of the region, in dataset order. */
  figures: CheckedFigure[];
  /** Tracks of indicators measured in % (the page's chart). */
  percentTracks: RegionTrack[];
  /** The chart's rows, for its downloads. */
  targetRows: ExportedFigure[];
  /** Comparisons the region is in; every comparison for the national page. */
  comparisons: IndicatorComparison[];
  /** The measure matrix and the measures the region adopted. */
  matrix: AdoptionMatrix;
  adopted: Measure[];
}

interface RegionIndexes {
  docs: Map<string, PortalDocument[]>;
  figures: Map<string, CheckedFigure[]>;
  percentTracks: Map<string, RegionTrack[]>;
  targetRows: Map<string, ExportedFigure[]>;
  comparisons: IndicatorComparison[];
  matrix: AdoptionMatrix;
}

const indexesByDataset = new WeakMap<Dataset, RegionIndexes>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function regionIndexes(dataset: Dataset): RegionIndexes {
  const cached = indexesByDataset.get(dataset);
  if (cached !== undefined) return cached;
  const docs = new Map<string, PortalDocument[]>();
  for (const doc of dataset.corpus.documents) for (const region of new Set(doc.data.regions)) push(docs, region, doc);
  const figures = new Map<string, CheckedFigure[]>();
  for (const figure of dataset.figures) push(figures, figure.region, figure);
  const tracks = percentTracks(dataset);
  const tracksByRegion = new Map<string, RegionTrack[]>();
  for (const track of tracks) push(tracksByRegion, track.region, track);
  const indexes: RegionIndexes = {
    docs,
    figures,
    percentTracks: tracksByRegion,
    targetRows: targetChartRows(dataset, tracks),
    comparisons: buildComparisons(dataset.figures, dataset.indicators, dataset.units, dataset.corpus.regionById),
    matrix: adoptionMatrix(dataset.adoptions, dataset.measures, dataset.corpus.regions),
  };
  indexesByDataset.set(dataset, indexes);
  return indexes;
}

/** What the page of `regionId` shows from the dataset (the dataset's indexes are built on the first call). */
export function regionPageData(dataset: Dataset, regionId: string): RegionPageData {
  const { docs, figures, percentTracks, targetRows, comparisons, matrix } = regionIndexes(dataset);
  return {
    docs: docs.get(regionId) ?? [],
    figures: figures.get(regionId) ?? [],
    percentTracks: percentTracks.get(regionId) ?? [],
    targetRows: targetRows.get(regionId) ?? [],
    comparisons: regionId === 'national' ? comparisons : comparisons.filter((c) => c.chartPoints.some((p) => p.region === regionId)),
    matrix,
    adopted: matrix.measures.filter((m) => matrix.cell(m.id, regionId).length > 0),
  };
}
