/**
 * `npm run bench`: seeds fresh databases, builds and serves the app, and measures
 * the founder pages against two reference pages, booking submits, the JavaScript
 * founder pages load, and the organiser statistics. It prints figures and whether
 * each target is met; it fails only when the run itself breaks.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchBookingSubmits, firstSlotBookingPath, type BookingFigures } from "./bench/booking";
import { buildIfNeeded, distDirIgnoredByLint, DIST_DIR, removeBuild, root } from "./bench/build";
import { createScriptMeter, extraChunks, type PageScripts } from "./bench/js-size";
import { htmlSize, measureLoad, type LoadFigures, type PageSize } from "./bench/load";
import { readOptions, type BenchOptions } from "./bench/options";
import { heading, integer, kB, markdownTable, ms, percent, seconds, textTable, verdict } from "./bench/report";
import { seedBenchDatabases, type SeededData } from "./bench/seed";
import { findFreePort, startServer, type RunningServer } from "./bench/server";
import { benchStats, type StatsFigures } from "./bench/stats";

const TARGETS = { staticRatio: 0.7, dynamicRatio: 0.8, submitP99Ms: 150, extraJsBytes: 25_000, statsMs: 300 };
const artifacts = path.join(root, "tests/.artifacts");
const files = { main: path.join(artifacts, "bench.db"), stats: path.join(artifacts, "bench-stats.db") };

interface LoadPlan {
  name: string;
  path: string;
  reference?: "static" | "dynamic";
  minRatio?: number;
}

interface LoadRow extends LoadFigures, LoadPlan {
  ratio?: number;
  met?: boolean;
}

interface ServerFigures {
  sizes: PageSize[];
  load: LoadRow[];
  scripts: { baseline: PageScripts; pages: PageScripts[] };
  booking: BookingFigures;
}

/** The topic most Spanish-speaking mentors offer, so the filtered directory has a page of results. */
function filterTopic(seeded: SeededData): string {
  const counts = new Map<string, number>();
  for (const mentor of seeded.mentors) if (mentor.languages.includes("es")) for (const topic of mentor.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? seeded.topicSlugs[0]!;
}

async function warmMentorPage(baseUrl: string, pagePath: string): Promise<string> {
  let cache = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await fetch(baseUrl + pagePath);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
    cache = response.headers.get("x-nextjs-cache") ?? "no x-nextjs-cache header";
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return cache;
}

async function measureServer(server: RunningServer, seeded: SeededData, options: BenchOptions): Promise<ServerFigures> {
  const { baseUrl } = server;
  const mentorPath = `/mentors/${seeded.mentors[0]!.slug}`;
  const filtered = `/mentors?topic=${filterTopic(seeded)}&language=es&within=30`;

  heading("HTML size");
  const sizes = await Promise.all([
    htmlSize(baseUrl, "Static reference", "/bench/static"),
    htmlSize(baseUrl, "Dynamic reference (no DB)", "/bench/dynamic"),
    htmlSize(baseUrl, "Directory, filtered", filtered),
  ]);
  console.log(
    textTable(
      ["page", "path", "HTML"],
      sizes.map((size) => [size.name, size.path, kB(size.bytes)]),
    ),
  );

  heading(`Throughput: ${options.connections} connections, ${options.seconds} s each after ${options.warmupSeconds} s warm-up, gzip accepted`);
  console.log(`Mentor page cache before the run: ${await warmMentorPage(baseUrl, mentorPath)}`);
  // The two references first: every other row is compared with one of them.
  const plan: LoadPlan[] = [
    { name: "Static reference", path: "/bench/static" },
    { name: "Dynamic reference (no DB)", path: "/bench/dynamic" },
    { name: "Home", path: "/", reference: "static", minRatio: TARGETS.staticRatio },
    { name: "Mentor page (ISR)", path: mentorPath, reference: "static", minRatio: TARGETS.staticRatio },
    { name: "Directory", path: "/mentors", reference: "dynamic" },
    { name: "Directory, filtered", path: filtered, reference: "dynamic", minRatio: TARGETS.dynamicRatio },
    { name: "Directory, text search", path: `/mentors?q=${seeded.searchWord}`, reference: "dynamic", minRatio: TARGETS.dynamicRatio },
  ];
  const load: LoadRow[] = [];
  for (const item of plan) {
    const figures = await measureLoad(baseUrl, item.name, item.path, options);
    const referenceRps = item.reference ? load[item.reference === "static" ? 0 : 1]!.requestsPerSecond : undefined;
    // NaN when the reference completed nothing (a run too short for it): shown as "–", never met.
    const ratio = referenceRps === undefined ? undefined : referenceRps > 0 ? figures.requestsPerSecond / referenceRps : NaN;
    const met = item.minRatio !== undefined && ratio !== undefined ? ratio >= item.minRatio && figures.failures === 0 : undefined;
    load.push({ ...item, ...figures, ratio, met });
    console.log(`  ${item.name}: ${integer(figures.requestsPerSecond)} req/s`);
  }
  console.log(loadTable(load));

  heading("JavaScript loaded by founder pages (gzip -9 of each <script src>)");
  const measurePage = createScriptMeter(baseUrl);
  const bookPath = await firstSlotBookingPath(baseUrl, seeded.mentors[0]!.slug);
  const baseline = await measurePage("Empty page (/bench/static)", "/bench/static");
  const pages = await Promise.all([
    measurePage("Home", "/"),
    measurePage("Directory", "/mentors"),
    measurePage("Mentor page", mentorPath),
    ...(bookPath ? [measurePage("Booking form", bookPath)] : []),
    measurePage("Booking requested", "/bookings/requested"),
  ]);
  console.log(scriptsTable(baseline, pages));
  for (const page of pages) {
    const extra = extraChunks(page, baseline).slice(0, 3);
    if (extra.length)
      console.log(`  ${page.name}, largest extra chunks: ${extra.map((chunk) => `${path.basename(chunk.src)} ${kB(chunk.gzipBytes)}`).join(", ")}`);
  }

  heading(`Booking submits: ${options.submitConcurrency} founders at once, real form, proof of work solved in Node`);
  const slugs = seeded.mentors
    .slice(1)
    .map((mentor) => mentor.slug)
    .reverse();
  const booking = await benchBookingSubmits(baseUrl, slugs, { count: options.submits, concurrency: options.submitConcurrency, serial: options.serialSubmits });
  console.log(bookingLines(booking).join("\n"));
  return { sizes, load, scripts: { baseline, pages }, booking };
}

function loadTable(load: LoadRow[]): string {
  return textTable(
    ["page", "req/s", "p50", "p99", "errors/non-2xx", "vs reference", "target"],
    load.map((row) => [
      row.name,
      integer(row.requestsPerSecond),
      ms(row.p50),
      ms(row.p99),
      integer(row.failures),
      row.reference === undefined ? "" : `${percent(row.ratio!)} of ${row.reference}`,
      row.met === undefined ? "" : `≥ ${percent(row.minRatio!)}, no errors: ${verdict(row.met)}`,
    ]),
  );
}

function scriptsTable(baseline: PageScripts, pages: PageScripts[]): string {
  return textTable(
    ["page", "chunks", "JS gz", "beyond empty page", "target ≤ 25 kB"],
    [
      [baseline.name, String(baseline.chunks.length), kB(baseline.gzipBytes), "", ""],
      ...pages.map((page) => {
        const extra = page.gzipBytes - baseline.gzipBytes;
        return [`${page.name} (${page.path.split("?")[0]})`, String(page.chunks.length), kB(page.gzipBytes), kB(extra), verdict(extra <= TARGETS.extraJsBytes)];
      }),
    ],
  );
}

const submitMet = ({ concurrent }: BookingFigures) =>
  concurrent.attempted > 0 && concurrent.succeeded === concurrent.attempted && concurrent.p99 < TARGETS.submitP99Ms;

function bookingLines(booking: BookingFigures): string[] {
  const { serial, concurrent } = booking;
  return [
    `Prepared ${serial.attempted + concurrent.attempted} forms in ${seconds(booking.prepareSeconds)} (proof of work: ${ms(booking.solveMsAverage)} on average per form)`,
    `One founder at a time: ${serial.succeeded}/${serial.attempted} booked; p50 ${ms(serial.p50)}, max ${ms(serial.max)}`,
    `${booking.concurrency} founders at once: ${concurrent.succeeded}/${concurrent.attempted} booked (303 to /bookings/requested); p50 ${ms(concurrent.p50)}, p99 ${ms(concurrent.p99)}, max ${ms(concurrent.max)}`,
    ...Object.entries(booking.problems).map(([problem, count]) => `  ${count} × ${problem}`),
    `Target p99 < ${TARGETS.submitP99Ms} ms at ${booking.concurrency} founders, every booking accepted: ${verdict(submitMet(booking))}`,
  ];
}

function statsLine(stats: StatsFigures): string {
  if ("skipped" in stats) return `skipped: ${stats.skipped}`;
  return (
    `median ${ms(stats.medianMs)} of ${stats.runs} runs (first ${ms(stats.coldMs)}, fastest ${ms(stats.fastestMs)}) for ${stats.period}: ` +
    `${integer(stats.requests)} bookings in the period, ${integer(stats.booked)} booked. Target < ${TARGETS.statsMs} ms: ${verdict(stats.medianMs < TARGETS.statsMs)}`
  );
}

function summary(options: BenchOptions, seeded: SeededData, figures: ServerFigures, stats: StatsFigures): string {
  const { sizes, load, scripts, booking } = figures;
  const rows = load.map((row) => [
    row.name,
    integer(row.requestsPerSecond),
    ms(row.p50),
    ms(row.p99),
    integer(row.failures),
    row.reference === undefined
      ? "reference"
      : `${percent(row.ratio!)} of ${row.reference}${row.met === undefined ? "" : ` (target ≥ ${percent(row.minRatio!)}: ${verdict(row.met)})`}`,
  ]);
  const worstExtra = Math.max(...scripts.pages.map((page) => page.gzipBytes - scripts.baseline.gzipBytes));
  return [
    `Benchmark (\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}): ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, Node ${process.version}; ` +
      `${integer(seeded.mentors.length)} mentors, ${integer(seeded.founderBookings)} bookings served (${integer(seeded.statsBookings)} for the statistics); ` +
      `autocannon with ${options.connections} connections for ${options.seconds} s after ${options.warmupSeconds} s of warm-up, server and load generator on the same machine.`,
    "",
    markdownTable(["Page", "req/s", "p50", "p99", "errors", "vs reference"], rows),
    "",
    `- HTML: ${sizes.map((size) => `${size.name} ${kB(size.bytes)}`).join("; ")}.`,
    `- Booking submit, ${booking.concurrency} founders at once: ${booking.concurrent.succeeded}/${booking.concurrent.attempted} booked, p50 ${ms(booking.concurrent.p50)}, ` +
      `p99 ${ms(booking.concurrent.p99)} (target < ${TARGETS.submitP99Ms} ms: ${verdict(submitMet(booking))}); one at a time: p50 ${ms(booking.serial.p50)}.`,
    `- JavaScript beyond an empty page (gzip -9): ${scripts.pages.map((page) => `${page.name} ${kB(page.gzipBytes - scripts.baseline.gzipBytes)}`).join(", ")}; empty page ${kB(scripts.baseline.gzipBytes)} (target ≤ 25 kB: ${verdict(worstExtra <= TARGETS.extraJsBytes)}).`,
    `- Organiser statistics over ${integer(seeded.statsBookings)} bookings, default 12-week period, in process: ${statsLine(stats)}.`,
  ].join("\n");
}

async function main() {
  const options = readOptions();
  const started = performance.now();
  let server: RunningServer | undefined;
  process.once("SIGINT", () => void server?.stop().finally(() => process.exit(130)));

  heading("Setup");
  console.log(
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}; Node ${process.version}`,
  );
  mkdirSync(artifacts, { recursive: true });
  const seeded = await seedBenchDatabases(files, options);
  console.log(
    `Seeded ${integer(seeded.mentors.length)} mentors and ${integer(seeded.founderBookings)} bookings into ${path.relative(root, files.main)} in ${seconds(seeded.seconds.main)}` +
      ` (migrations included); ${integer(seeded.statsBookings)} bookings into ${path.relative(root, files.stats)} in ${seconds(seeded.seconds.stats)}.`,
  );

  try {
    const secret = "bench-only-secret-that-signs-nothing-real";
    const build = buildIfNeeded({ ...process.env, DATABASE_URL: `file:${files.main}`, NEXTAUTH_SECRET: secret });
    console.log(build.built ? `Built ${DIST_DIR} in ${seconds(build.seconds)}.` : `${DIST_DIR} is up to date with the sources; not rebuilt.`);
    if (build.built && build.restored.length) console.log(`Restored ${build.restored.join(" and ")}: next build had pointed them at ${DIST_DIR}.`);

    const port = await findFreePort(options.port);
    server = await startServer({
      port,
      databaseFile: files.main,
      outboxDir: path.join(artifacts, "bench-outbox"),
      logFile: path.join(artifacts, "bench-server.log"),
    });
    console.log(
      `The server answered on ${server.baseUrl} after ${seconds(server.startSeconds)} (start-up housekeeping included); log in ${path.relative(root, server.logFile)}.`,
    );
    let figures: ServerFigures;
    try {
      figures = await measureServer(server, seeded, options);
    } finally {
      await server.stop();
    }

    heading("Organiser statistics (in process, server stopped)");
    const stats = await benchStats(files.stats, options.statsRuns);
    console.log(statsLine(stats));

    heading("Summary (for README)");
    const text = summary(options, seeded, figures, stats);
    console.log(text);
    writeFileSync(path.join(artifacts, "bench-summary.md"), `${text}\n`);
    console.log(`\nWhole run: ${seconds((performance.now() - started) / 1000)}; summary also in tests/.artifacts/bench-summary.md.`);
  } finally {
    if (!options.keepBuild && !distDirIgnoredByLint()) {
      removeBuild();
      console.log(`Removed ${DIST_DIR}: eslint.config.mjs does not ignore it yet, and \`npm run lint\` would lint the build.`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
