// Nearest-rank percentile, as the benchmarks report them: the p95 of 20 values is the 19th smallest.

/** The value at fraction `p` (0–1) of `values` sorted ascending, by nearest rank; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? Number.NaN;
}
