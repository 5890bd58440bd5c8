import type { Dataset } from './dataset';
import { formatQualified } from './indicator-math';
import type { SearchFigureInput } from './search/records';
import { compareUrl, regionUrl } from './urls';

/** Topic ids a figure is filed under, from its indicator's domain. */
const TOPICS_BY_DOMAIN: Record<string, string[]> = {
  'elderly-care': ['elderly-care'],
  childcare: ['childcare'],
  population: ['population'],
  workforce: ['workforce'],
  finance: ['finance'],
  health: ['medical-elderly-care'],
  'social-security': ['basic-services'],
};

/**
 * Every figure as a search entry: found by indicator, region, year and the words of its sentence;
 * it leads to the comparison page of its indicator, or to its region's key figures.
 */
export function figureSearchInputs(dataset: Dataset): SearchFigureInput[] {
  return dataset.figures.map((f) => {
    const indicator = dataset.indicatorById.get(f.indicator)!;
    const region = dataset.corpus.regionById.get(f.region)!;
    const source = dataset.corpus.documentById.get(f.document)!;
    return {
      id: `${f.document}-${f.line}`,
      indicator: indicator.name,
      region: { id: region.id, name: region.name },
      year: f.year,
      valueLabel: `${formatQualified(f.value, f.qualifier, f.unit, f.valueMax)}（${f.kind === 'target' ? '目标' : f.kind === 'estimate' ? '估计' : f.kind === 'standard' ? '标准' : '实际'}）`,
      quote: f.quote,
      source: { id: source.id, title: source.data.title },
      topics: TOPICS_BY_DOMAIN[indicator.domain] ?? [],
      url: indicator.compare ? compareUrl(indicator.id) : `${regionUrl(region.id)}#figures-heading`,
    };
  });
}
