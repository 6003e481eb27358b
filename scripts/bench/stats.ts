// The organiser statistics, computed in this process against the statistics database.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { percentile } from "./booking";
import { root } from "./build";

export type StatsFigures =
  { skipped: string } | { runs: number; medianMs: number; coldMs: number; fastestMs: number; period: string; requests: number; booked: number };

interface Period {
  from: string;
  to: string;
}
interface StatsModules {
  computeProgrammeStats: (scope: unknown, now: Date) => Promise<{ requests: number; booked: number }>;
  periodScope: (period: Period) => unknown;
  defaultPeriod: (now: Date) => Period;
  disconnect: () => Promise<void>;
}

const PROGRAMME = "lib/stats/programme.ts";
const PERIOD = "lib/stats/period.ts";
// Stop repeating once this much time has gone: a slow loader should not hold up the whole run.
const TIME_BUDGET_MS = 20_000;

/** Lets Node import modules guarded by `import "server-only"`, which throws outside React Server Components. */
function allowServerOnly() {
  const hooks = `export async function resolve(specifier, context, next) {
    return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

/** Imported by path, so the bench still compiles while lib/stats changes shape. */
async function loadStatsModules(databaseUrl: string): Promise<StatsModules | string> {
  for (const file of [PROGRAMME, PERIOD]) if (!existsSync(path.join(root, file))) return `${file} does not exist yet`;
  // lib/config reads the environment when first imported.
  process.env.DATABASE_URL = databaseUrl;
  process.env.NEXTAUTH_SECRET ??= "bench-only-secret-that-signs-nothing-real";
  allowServerOnly();
  const load = (file: string) => import(pathToFileURL(path.join(root, file)).href) as Promise<Record<string, unknown>>;
  const [programme, period, client] = await Promise.all([load(PROGRAMME), load(PERIOD), load("lib/db/client.ts")]);
  const wanted = { computeProgrammeStats: programme.computeProgrammeStats, periodScope: period.periodScope, defaultPeriod: period.defaultPeriod };
  const missing = Object.entries(wanted)
    .filter(([, value]) => typeof value !== "function")
    .map(([name]) => name);
  if (missing.length) return `lib/stats no longer exports ${missing.join(", ")}`;
  const db = client.db as { $disconnect: () => Promise<void> };
  return { ...(wanted as Omit<StatsModules, "disconnect">), disconnect: () => db.$disconnect() };
}

/**
 * The figures /organiser/stats shows for its default period (the last 12 weeks),
 * as its loader computes them: `computeProgrammeStats(periodScope(defaultPeriod(now)), now)`.
 * Median of up to `runs` runs; the first includes connecting and compiling queries.
 * Each database in a process of its own: the app's database client is one per process.
 */
export function benchStats(databaseUrl: string, runs = 5): StatsFigures {
  const output = execFileSync(path.join(root, "node_modules/.bin/tsx"), [fileURLToPath(import.meta.url), databaseUrl, String(runs)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = output.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as StatsFigures;
}

async function measureStats(databaseUrl: string, runs: number): Promise<StatsFigures> {
  const modules = await loadStatsModules(databaseUrl);
  if (typeof modules === "string") return { skipped: modules };
  try {
    const now = new Date();
    const period = modules.defaultPeriod(now);
    const scope = modules.periodScope(period);
    const times: number[] = [];
    let last = { requests: 0, booked: 0 };
    const started = performance.now();
    while (times.length < runs && (times.length === 0 || performance.now() - started < TIME_BUDGET_MS)) {
      const run = performance.now();
      last = await modules.computeProgrammeStats(scope, now);
      times.push(performance.now() - run);
    }
    return {
      runs: times.length,
      medianMs: percentile(times, 0.5),
      coldMs: times[0]!,
      fastestMs: Math.min(...times),
      period: `${period.from}..${period.to}`,
      requests: last.requests,
      booked: last.booked,
    };
  } finally {
    await modules.disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [databaseUrl, runs] = process.argv.slice(2);
  console.log(JSON.stringify(await measureStats(databaseUrl!, Number(runs ?? 5))));
}
