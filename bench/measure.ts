/** Timing primitives shared by the benchmark sections. Every loop here is bounded by a count. */

export interface LatencySummary {
  count: number;
  wallMs: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** The q-quantile (0..1) of already sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

/**
 * Runs `total` operations with `concurrency` of them in flight; `operation(i)` is awaited. Returns the
 * throughput and the latency of each operation.
 */
export async function closedLoop(total: number, concurrency: number, operation: (i: number) => Promise<void>): Promise<LatencySummary> {
  const latencies: number[] = [];
  let next = 0;
  const startedMs = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      const t0 = performance.now();
      await operation(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const wallMs = performance.now() - startedMs;
  latencies.sort((a, b) => a - b);
  return {
    count: total,
    wallMs: round(wallMs),
    perSecond: round((total * 1000) / wallMs),
    p50Ms: round(quantile(latencies, 0.5), 3),
    p99Ms: round(quantile(latencies, 0.99), 3),
  };
}

/** Runs a synchronous `work` `iterations` times and returns ms per iteration (one warm-up call first). */
export function timeSync(iterations: number, work: () => unknown): { iterations: number; totalMs: number; msEach: number } {
  work();
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) work();
  const totalMs = performance.now() - t0;
  return { iterations, totalMs: round(totalMs), msEach: round(totalMs / iterations, 4) };
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function ratio(value: number, baseline: number): number {
  return round(value / baseline, 2);
}
