// The line above the results that says how many there are, as the search page shows it.

export interface ResultCount {
  /** The query as kept. */
  query: string;
  /** Results after filters. */
  total: number;
  /** Results before filters. */
  unfiltered: number;
  /** Whether a filter is chosen. */
  filtered: boolean;
  /** The counts are upper bounds: a long phrase's results were not all checked (SearchResponse.totalIsUpperBound). */
  upperBound: boolean;
}

/** “托位”：共 12 条结果; “托位”：筛选后 3 条结果（共 12 条）; 至多 for an upper bound. */
export function resultCountText({ query, total, unfiltered, filtered, upperBound }: ResultCount): string {
  const all = upperBound ? '至多' : '共';
  return filtered ? `“${query}”：筛选后${upperBound ? '至多' : ''} ${total} 条结果（${all} ${unfiltered} 条）` : `“${query}”：${all} ${total} 条结果`;
}
