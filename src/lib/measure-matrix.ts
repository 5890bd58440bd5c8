import type { Measure } from '../schemas/measure';
import type { Region } from '../schemas/region';
import type { CheckedAdoption } from './measure-check';

/**
 * The most regions the matrix page shows as columns. Past it (a national corpus has about 300) a
 * row of dots is a sideways scroll of many screens, and the page lists each measure with the
 * number of regions instead; each measure's page lists its regions and their sentences.
 */
export const MATRIX_REGION_LIMIT = 40;

/** The measure × region matrix: which measures appear, for which regions, and the rows behind each cell. */
export interface AdoptionMatrix {
  /** Measures with at least one adoption, most widely adopted first. */
  measures: Measure[];
  /** Regions with at least one adoption, in data/regions.yaml order. */
  regions: Region[];
  cell: (measureId: string, regionId: string) => CheckedAdoption[];
  anchor: (measureId: string, regionId: string) => string;
  /** How many regions adopted the measure (several rows of one region count once). */
  regionCount: (measureId: string) => number;
}

export function adoptionMatrix(adoptions: readonly CheckedAdoption[], measures: readonly Measure[], regions: readonly Region[]): AdoptionMatrix {
  const cells = new Map<string, CheckedAdoption[]>();
  for (const a of adoptions) {
    const key = `${a.measure}|${a.region}`;
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }
  const regionsByMeasure = new Map<string, Set<string>>();
  for (const a of adoptions) regionsByMeasure.set(a.measure, (regionsByMeasure.get(a.measure) ?? new Set()).add(a.region));
  const regionCount = (measureId: string): number => regionsByMeasure.get(measureId)?.size ?? 0;
  const usedRegions = new Set(adoptions.map((a) => a.region));
  return {
    measures: measures.filter((m) => regionCount(m.id) > 0).sort((a, b) => regionCount(b.id) - regionCount(a.id) || a.id.localeCompare(b.id)),
    regions: regions.filter((r) => usedRegions.has(r.id)),
    cell: (measureId, regionId) => cells.get(`${measureId}|${regionId}`) ?? [],
    anchor: (measureId, regionId) => `q-${measureId}-${regionId}`,
    regionCount,
  };
}
