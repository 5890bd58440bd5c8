import type { Dataset } from './dataset';
import type { CheckedFigure } from './figure-check';
import { exportFigures, type ExportedFigure } from './figure-export';

/**
 * Figures of the dataset as download rows. With `site`, document URLs are absolute, so a
 * downloaded file still points at its sources.
 */
export function exportDatasetFigures(figures: readonly CheckedFigure[], dataset: Dataset, site?: URL): ExportedFigure[] {
  return exportFigures(figures, {
    regionById: dataset.corpus.regionById,
    indicatorById: dataset.indicatorById,
    documentTitle: (id) => dataset.corpus.documentById.get(id)?.data.title ?? id,
    documentUrl: (id) => {
      const path = dataset.corpus.documentById.get(id)?.url ?? '';
      return site !== undefined ? new URL(path, site).href : path;
    },
  });
}
