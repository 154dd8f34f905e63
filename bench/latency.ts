/** Latency of repeated calls through the API: the samples, and their p50 and p95. */
import { performance } from 'node:perf_hooks';

export function percentile(samples: number[], fraction: number) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Stops sampling early, after at least `fewest` calls, once `ms` milliseconds have gone by. */
export interface SampleBudget {
  fewest: number;
  ms: number;
}

/** Milliseconds of each of `iterations` calls; a call that answers with an error stops the benchmark. */
export async function sampleLatency(
  name: string,
  iterations: number,
  call: (index: number) => PromiseLike<{ error: unknown }>,
  budget: SampleBudget = { fewest: iterations, ms: Infinity },
): Promise<number[]> {
  const samples: number[] = [];
  const began = performance.now();
  for (let index = 0; index < iterations && (index < budget.fewest || performance.now() - began < budget.ms); index++) {
    const start = performance.now();
    const { error } = await call(index);
    if (error) throw new Error(`${name} failed: ${JSON.stringify(error)}`);
    samples.push(performance.now() - start);
  }
  return samples;
}

export const latencyCells = (samples: number[]) => [`p50 ${percentile(samples, 0.5).toFixed(1)} ms`, `p95 ${percentile(samples, 0.95).toFixed(1)} ms`];
