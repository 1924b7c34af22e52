// Latency figures for the benchmarks: nearest-rank percentiles over the measured response times.

/** The nearest-rank percentile p (0–100) of ascending values; 0 for none. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  count: number;
}

/** p50/p95/p99 (rounded to whole ms) and the number of responses; sorts `times` in place. */
export function summarize(times: number[]): LatencySummary {
  times.sort((a, b) => a - b);
  return {
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    count: times.length,
  };
}
