// The few parts of autocannon 8's programmatic API the benchmark uses (it ships no types).
declare module "autocannon" {
  interface Percentiles {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p99: number;
    max: number;
    totalCount: number;
  }
  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Percentiles;
    requests: Percentiles & { sent: number };
  }
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    timeout?: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
