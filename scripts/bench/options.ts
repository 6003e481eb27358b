export interface BenchOptions {
  mentors: number;
  founderBookings: number;
  statsBookings: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  submits: number;
  submitConcurrency: number;
  serialSubmits: number;
  port: number;
  statsRuns: number;
  keepBuild: boolean;
}

function number(name: string, fallback: number, min = 0): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of at least ${min} (got "${raw}")`);
  return value;
}

/** Everything can be scaled down for a quick check, e.g. BENCH_MENTORS=50 BENCH_SECONDS=2 npm run bench. */
export function readOptions(): BenchOptions {
  const mentors = Math.round(number("BENCH_MENTORS", 1_000, 3));
  const serialSubmits = Math.round(number("BENCH_SERIAL_SUBMITS", Math.min(10, Math.floor(mentors / 4))));
  return {
    mentors,
    founderBookings: Math.round(number("BENCH_BOOKINGS", 3 * mentors)),
    statsBookings: Math.round(number("BENCH_STATS_BOOKINGS", 100 * mentors)),
    seconds: number("BENCH_SECONDS", 10, 1),
    warmupSeconds: number("BENCH_WARMUP_SECONDS", 2),
    connections: Math.round(number("BENCH_CONNECTIONS", 50, 1)),
    // Each one books a different mentor, and one mentor stays for the mentor-page run.
    submits: Math.round(number("BENCH_SUBMITS", Math.min(200, mentors - 1 - serialSubmits), 1)),
    submitConcurrency: Math.round(number("BENCH_SUBMIT_CONCURRENCY", 10, 1)),
    serialSubmits,
    port: Math.round(number("BENCH_PORT", 3_900, 1)),
    statsRuns: Math.round(number("BENCH_STATS_RUNS", 5, 1)),
    keepBuild: process.env.BENCH_KEEP_BUILD === "1",
  };
}
