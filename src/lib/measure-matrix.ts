import type { Measure } from '../schemas/measure';
import type { Region } from '../schemas/region';
import type { CheckedAdoption } from './measure-check';

/** The measure × region matrix: which measures appear, for which regions, and the rows behind each cell. */
export interface AdoptionMatrix {
  /** Measures with at least one adoption, most widely adopted first. */
  measures: Measure[];
  /** Regions with at least one adoption, in data/regions.yaml order. */
  regions: Region[];
  cell: (measureId: string, regionId: string) => CheckedAdoption[];
  anchor: (measureId: string, regionId: string) => string;
}

export function adoptionMatrix(adoptions: readonly CheckedAdoption[], measures: readonly Measure[], regions: readonly Region[]): AdoptionMatrix {
  const cells = new Map<string, CheckedAdoption[]>();
  for (const a of adoptions) {
    const key = `${a.measure}|${a.region}`;
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }
  const regionCount = (measureId: string): number => new Set(adoptions.filter((a) => a.measure === measureId).map((a) => a.region)).size;
  const usedRegions = new Set(adoptions.map((a) => a.region));
  return {
    measures: measures.filter((m) => regionCount(m.id) > 0).sort((a, b) => regionCount(b.id) - regionCount(a.id) || a.id.localeCompare(b.id)),
    regions: regions.filter((r) => usedRegions.has(r.id)),
    cell: (measureId, regionId) => cells.get(`${measureId}|${regionId}`) ?? [],
    anchor: (measureId, regionId) => `q-${measureId}-${regionId}`,
  };
}
